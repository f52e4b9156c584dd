import { describe, expect, it } from 'vitest';
import {
  bucketLabel,
  bucketOf,
  burnUpRows,
  flowRows,
  flowSeries,
  histogramRows,
  percentileLines,
  requestRows,
  shortDay,
  throughputRows,
  typeSeries,
} from './chart-data.ts';

const buckets = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, null].map((upTo) => ({ upTo, count: 0 }));

describe('bucket labels', () => {
  it('name each bucket by the days it holds', () => {
    expect(bucketLabel(buckets, 0)).toBe('≤ 1 d');
    expect(bucketLabel(buckets, 1)).toBe('2 d');
    expect(bucketLabel(buckets, 3)).toBe('4–5 d');
    expect(bucketLabel(buckets, 10)).toBe('> 89 d');
    expect(bucketLabel(buckets, 11)).toBe('');
  });

  it('find the bucket a percentile falls in', () => {
    expect(bucketOf(buckets, 7)).toBe('6–8 d');
    expect(bucketOf(buckets, 400)).toBe('> 89 d');
    expect(bucketOf(buckets, null)).toBeNull();
  });
});

describe('histogramRows', () => {
  it('keeps the buckets up to the last filled one and marks p50 and p85', () => {
    const filled = buckets.map((bucket, index) => ({ ...bucket, count: [2, 0, 3, 0, 1][index] ?? 0 }));
    const histogram = histogramRows({ count: 6, p50: 3, p85: 8, max: 8, buckets: filled });
    expect(histogram.rows).toEqual([
      { label: '≤ 1 d', count: 2 },
      { label: '2 d', count: 0 },
      { label: '3 d', count: 3 },
      { label: '4–5 d', count: 0 },
      { label: '6–8 d', count: 1 },
    ]);
    expect(histogram.p50).toBe('3 d');
    expect(histogram.p85).toBe('6–8 d');
  });

  it('still draws a short axis when nothing was measured', () => {
    const histogram = histogramRows({ count: 0, p50: null, p85: null, max: null, buckets });
    expect(histogram.rows).toHaveLength(4);
    expect(histogram.p50).toBeNull();
  });
});

describe('percentileLines', () => {
  it('marks p50 and p85 apart, or once when they share a bucket', () => {
    expect(percentileLines('3 d', '6–8 d').map((line) => [line.at, line.label])).toEqual([
      ['3 d', 'p50'],
      ['6–8 d', 'p85'],
    ]);
    expect(percentileLines('≤ 1 d', '≤ 1 d').map((line) => line.label)).toEqual(['p50 · p85']);
    expect(percentileLines(null, null)).toEqual([]);
  });
});

describe('series rows', () => {
  it('label days and weeks the short way', () => {
    expect(shortDay('2027-03-01')).toBe('Mar 1');
    expect(shortDay('2027-03-08T00:00:00.000Z')).toBe('Mar 8');
  });

  it('spread the cumulative flow counts into a row per week, finished work at the bottom', () => {
    expect(
      flowRows([
        { at: '2027-03-08T00:00:00.000Z', counts: { open: 4, in_progress: 2, on_hold: 1, done: 9 } },
      ]),
    ).toEqual([{ label: 'Mar 8', open: 4, in_progress: 2, on_hold: 1, done: 9 }]);
    expect(flowSeries.map((s) => s.key)).toEqual(['done', 'in_progress', 'on_hold', 'open']);
  });

  it('shape the burn-up day by day', () => {
    expect(burnUpRows([{ day: '2027-03-02', scope: 13, done: 5 }])).toEqual([
      { label: 'Mar 2', scope: 13, done: 5 },
    ]);
  });

  it('keep only the types that were finished in some week', () => {
    const zero = { story: 0, bug: 0, task: 0, spike: 0, enhancement: 0, compliance: 0 };
    const source = { customer: 0, internal: 0, client_facing: 0 };
    const { rows, series } = throughputRows(
      [
        { week: '2027-03-01', byType: { ...zero, story: 2 }, bySource: source },
        { week: '2027-03-08', byType: { ...zero, bug: 1 }, bySource: source },
      ],
      'byType',
      typeSeries,
    );
    expect(series.map((s) => s.key)).toEqual(['story', 'bug']);
    expect(rows[1]).toMatchObject({ label: 'Mar 8', bug: 1, story: 0 });
  });

  it('give a row per source of what its requests became', () => {
    const none = { new: 0, needs_info: 0, accepted: 0, merged: 0, declined: 0 };
    const rows = requestRows({
      customer: { ...none, accepted: 3, declined: 1 },
      internal: none,
      client_facing: { ...none, new: 2 },
    });
    expect(rows.map((row) => row.label)).toEqual(['Customer', 'Internal team', 'Client-facing team']);
    expect(rows[0]).toMatchObject({ accepted: 3, declined: 1 });
  });
});
