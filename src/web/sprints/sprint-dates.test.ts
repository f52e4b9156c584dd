import { describe, expect, it } from 'vitest';
import { addDays, nextSprintDefaults, sprintDates } from './sprint-dates.ts';

describe('sprint dates', () => {
  it('show a sprint’s days', () => {
    expect(sprintDates({ startsOn: '2027-03-01', endsOn: '2027-03-14' })).toBe('Mar 1 – Mar 14');
  });

  it('count days across months', () => {
    expect(addDays('2027-02-27', 3)).toBe('2027-03-02');
    expect(addDays(new Date(2027, 2, 1, 23, 30), 0)).toBe('2027-03-01');
  });

  it('start a new sprint the day after the last one ends, as long, with its capacity', () => {
    const sprints = [
      { startsOn: '2027-03-01', endsOn: '2027-03-14', capacityPoints: 24, state: 'active' as const },
      { startsOn: '2027-02-15', endsOn: '2027-02-28', capacityPoints: 20, state: 'closed' as const },
    ];
    expect(nextSprintDefaults(sprints, new Date(2027, 2, 5), null)).toEqual({
      startsOn: '2027-03-15',
      endsOn: '2027-03-28',
      capacityPoints: 24,
    });
  });

  it('start today when the last sprint is over or closed early, and take two weeks at the velocity with no sprint', () => {
    const past = [
      { startsOn: '2027-01-01', endsOn: '2027-01-07', capacityPoints: 10, state: 'active' as const },
    ];
    expect(nextSprintDefaults(past, new Date(2027, 2, 5), null).startsOn).toBe('2027-03-05');
    const closedEarly = [
      { startsOn: '2027-03-01', endsOn: '2027-03-14', capacityPoints: 12, state: 'closed' as const },
    ];
    expect(nextSprintDefaults(closedEarly, new Date(2027, 2, 5), null)).toEqual({
      startsOn: '2027-03-05',
      endsOn: '2027-03-18',
      capacityPoints: 12,
    });
    expect(nextSprintDefaults([], new Date(2027, 2, 5), 18.4)).toEqual({
      startsOn: '2027-03-05',
      endsOn: '2027-03-18',
      capacityPoints: 18,
    });
  });
});
