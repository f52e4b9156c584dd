import { describe, expect, it } from 'vitest';
import {
  burnUpSeries,
  cumulativeFlowSeries,
  cycleTimes,
  daysBetween,
  distribution,
  flowBackwards,
  leadTimes,
  membershipChanges,
  percentile,
  weekEnds,
} from './insights.ts';

const d = (iso: string) => new Date(iso);

describe('lead and cycle times', () => {
  it('counts whole days from the ask to done, same-day work as one', () => {
    expect(daysBetween(d('2027-01-01T09:00Z'), d('2027-01-01T17:00Z'))).toBe(1);
    expect(daysBetween(d('2027-01-01T09:00Z'), d('2027-01-11T09:00Z'))).toBe(10);
    expect(
      leadTimes([
        { askedAt: d('2027-01-01T00:00Z'), doneAt: d('2027-01-31T00:00Z') },
        { askedAt: d('2027-01-01T00:00Z'), doneAt: null },
      ]),
    ).toEqual([30]);
  });

  it('measures cycle time from the first start to done, and forgets a reopened item', () => {
    const changes = [
      { key: 'A', at: d('2027-01-01Z'), to: 'open' as const },
      { key: 'A', at: d('2027-01-03Z'), to: 'in_progress' as const },
      { key: 'A', at: d('2027-01-04Z'), to: 'on_hold' as const },
      { key: 'A', at: d('2027-01-05Z'), to: 'in_progress' as const },
      { key: 'A', at: d('2027-01-08Z'), to: 'done' as const },
      { key: 'B', at: d('2027-01-02Z'), to: 'in_progress' as const },
      { key: 'B', at: d('2027-01-04Z'), to: 'done' as const },
      { key: 'B', at: d('2027-01-05Z'), to: 'in_progress' as const },
      { key: 'C', at: d('2027-01-02Z'), to: 'done' as const },
    ];
    expect(cycleTimes(changes)).toEqual([5]);
  });
});

describe('distribution', () => {
  it('gives percentiles by nearest rank and counts per bucket', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    const result = distribution([1, 1, 2, 4, 9, 30, 100]);
    expect(result).toMatchObject({ count: 7, p50: 4, p85: 30, max: 100 });
    expect(result.buckets.filter((b) => b.count > 0)).toEqual([
      { upTo: 1, count: 2 },
      { upTo: 2, count: 1 },
      { upTo: 5, count: 1 },
      { upTo: 13, count: 1 },
      { upTo: 34, count: 1 },
      { upTo: null, count: 1 },
    ]);
  });
});

describe('burnUpSeries', () => {
  it('adds scope and done day by day', () => {
    const series = burnUpSeries(d('2027-03-01T10:00Z'), d('2027-03-04T00:00Z'), [
      { at: d('2027-03-01T09:00Z'), scope: 20, done: 0 },
      { at: d('2027-03-02T12:00Z'), scope: 0, done: 5 },
      { at: d('2027-03-02T13:00Z'), scope: 3, done: 0 },
      { at: d('2027-03-04T08:00Z'), scope: 0, done: 8 },
    ]);
    expect(series).toEqual([
      { day: '2027-03-01', scope: 20, done: 0 },
      { day: '2027-03-02', scope: 23, done: 5 },
      { day: '2027-03-03', scope: 23, done: 5 },
      { day: '2027-03-04', scope: 23, done: 13 },
    ]);
  });
});

describe('cumulativeFlowSeries', () => {
  it('counts items by their status at each instant, archived ones leaving', () => {
    const series = cumulativeFlowSeries(
      [
        { key: 'A', at: d('2027-01-01Z'), to: 'open' },
        { key: 'B', at: d('2027-01-01Z'), to: 'open' },
        { key: 'A', at: d('2027-01-05Z'), to: 'in_progress' },
        { key: 'A', at: d('2027-01-09Z'), to: 'done' },
        { key: 'B', at: d('2027-01-10Z'), to: 'archived' },
      ],
      [d('2027-01-02Z'), d('2027-01-06Z'), d('2027-01-12Z')],
    );
    expect(series.map((point) => point.counts)).toEqual([
      { open: 2, in_progress: 0, on_hold: 0, done: 0 },
      { open: 1, in_progress: 1, on_hold: 0, done: 0 },
      { open: 0, in_progress: 0, on_hold: 0, done: 1 },
    ]);
  });
});

describe('weekEnds', () => {
  it('gives the Mondays that end each of the last weeks', () => {
    expect(weekEnds(d('2027-01-06T12:00Z'), 3).map((w) => w.toISOString().slice(0, 10))).toEqual([
      '2026-12-28',
      '2027-01-04',
      '2027-01-11',
    ]);
  });
});

describe('flowBackwards', () => {
  it('gives the same counts as walking forward through the whole history', () => {
    const history = [
      { key: 'A', at: d('2027-01-01Z'), from: null, to: 'open' as const },
      { key: 'B', at: d('2027-01-01Z'), from: null, to: 'open' as const },
      { key: 'A', at: d('2027-01-05Z'), from: 'open' as const, to: 'in_progress' as const },
      { key: 'A', at: d('2027-01-09Z'), from: 'in_progress' as const, to: 'done' as const },
      { key: 'B', at: d('2027-01-10Z'), from: 'open' as const, to: null },
      { key: 'C', at: d('2027-01-11Z'), from: null, to: 'on_hold' as const },
    ];
    const instants = [d('2027-01-02Z'), d('2027-01-06Z'), d('2027-01-12Z')];
    const today = { open: 0, in_progress: 0, on_hold: 1, done: 1 };
    const backwards = flowBackwards(today, history, instants);
    const forwards = cumulativeFlowSeries(
      history.map((change) => ({ key: change.key, at: change.at, to: change.to ?? 'archived' })),
      instants,
    );
    expect(backwards).toEqual(forwards);
  });

  it('undoes a change counted together as many times as it stands for', () => {
    const twoOpened = [{ at: d('2027-01-05Z'), from: null, to: 'open' as const, times: 2 }];
    const today = { open: 3, in_progress: 0, on_hold: 0, done: 0 };
    expect(flowBackwards(today, twoOpened, [d('2027-01-01Z')])[0]?.counts.open).toBe(1);
  });
});

describe('membershipChanges', () => {
  const member = (key: string, points: number, added: string, removed: string | null = null) => ({
    key,
    points,
    addedAt: d(added),
    removedAt: removed ? d(removed) : null,
  });
  it('rises and falls with members joining, leaving, finishing and reopening', () => {
    const changes = [
      { key: 'A', at: d('2027-01-04Z'), to: 'done' as const },
      { key: 'B', at: d('2027-01-01Z'), to: 'done' as const },
      { key: 'C', at: d('2027-01-03Z'), to: 'done' as const },
      { key: 'C', at: d('2027-01-05Z'), to: 'in_progress' as const },
    ];
    const members = [
      member('A', 5, '2027-01-02Z'),
      member('B', 3, '2027-01-02Z'),
      member('C', 2, '2027-01-02Z'),
      member('D', 8, '2027-01-02Z', '2027-01-04Z'),
    ];
    const series = burnUpSeries(d('2027-01-01Z'), d('2027-01-06Z'), membershipChanges(members, changes));
    expect(series.map((point) => [point.day, point.scope, point.done])).toEqual([
      ['2027-01-01', 0, 0],
      ['2027-01-02', 18, 3],
      ['2027-01-03', 18, 5],
      ['2027-01-04', 10, 10],
      ['2027-01-05', 10, 8],
      ['2027-01-06', 10, 8],
    ]);
  });

  it('counts nothing done for an item that was done only before it joined and reopened', () => {
    const changes = [
      { key: 'A', at: d('2027-01-01Z'), to: 'done' as const },
      { key: 'A', at: d('2027-01-02Z'), to: 'open' as const },
    ];
    const out = membershipChanges([member('A', 5, '2027-01-03Z')], changes);
    expect(out).toEqual([{ at: d('2027-01-03Z'), scope: 5, done: 0 }]);
  });
});
