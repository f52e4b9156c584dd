import { describe, expect, it } from 'vitest';
import { cardPoints, nextSessionDate, sprintsOfReadyWork, summariseVotes } from './refinement.ts';

describe('planning poker votes', () => {
  it('reads numeric cards as points and the rest as no estimate', () => {
    expect(cardPoints('8')).toBe(8);
    expect(cardPoints('?')).toBeNull();
    expect(cardPoints('☕')).toBeNull();
  });

  it('summarises a round: spread, unanimity, the most voted card, the middle vote', () => {
    expect(summariseVotes(['5', '8', '5'])).toEqual({
      votes: 3,
      isUnanimous: false,
      lowest: 5,
      highest: 8,
      mostVoted: 5,
      middle: 5,
    });
    expect(summariseVotes(['3', '3', '3'])).toMatchObject({ isUnanimous: true, mostVoted: 3 });
    expect(summariseVotes(['3', '3', '?'])).toMatchObject({ isUnanimous: false, mostVoted: 3 });
    expect(summariseVotes(['3', '5', '8'])).toMatchObject({ mostVoted: null, middle: 5 });
    expect(summariseVotes(['2', '5'])).toMatchObject({ mostVoted: null, middle: 5 });
    expect(summariseVotes([])).toEqual({
      votes: 0,
      isUnanimous: false,
      lowest: null,
      highest: null,
      mostVoted: null,
      middle: null,
    });
  });
});

describe('session cadence', () => {
  const monday = new Date('2026-11-23T09:00:00Z');
  it('schedules the next session a cadence after the last, past today', () => {
    expect(nextSessionDate(monday, new Date('2026-11-24T09:00:00Z'), 14).toISOString()).toBe(
      '2026-12-07T09:00:00.000Z',
    );
    expect(nextSessionDate(monday, new Date('2026-12-20T09:00:00Z'), 7).toISOString()).toBe(
      '2026-12-21T09:00:00.000Z',
    );
    expect(nextSessionDate(null, monday, 7).toISOString()).toBe('2026-11-30T09:00:00.000Z');
  });
});

describe('sprintsOfReadyWork', () => {
  it('divides ready points by velocity, or says nothing without one', () => {
    expect(sprintsOfReadyWork(50, 20)).toBe(2.5);
    expect(sprintsOfReadyWork(50, null)).toBeNull();
  });
});
