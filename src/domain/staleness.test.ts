import { describe, expect, it } from 'vitest';
import {
  currentQuarterStart,
  isNewQuarter,
  isStale,
  isTimeZone,
  nextStaleCutoff,
  quarterLabel,
  quarterOf,
  staleCutoff,
} from './staleness.ts';

const d = (iso: string) => new Date(iso);

describe('quarters in the product’s zone', () => {
  it('names the quarter a date falls in, the zone deciding near midnight', () => {
    expect(quarterLabel(quarterOf(d('2027-03-31T23:30:00Z'), 'UTC'))).toBe('Q1 2027');
    expect(quarterLabel(quarterOf(d('2027-03-31T23:30:00Z'), 'Europe/Paris'))).toBe('Q2 2027');
    expect(quarterLabel(quarterOf(d('2027-01-01T02:00:00Z'), 'America/New_York'))).toBe('Q4 2026');
  });

  it('finds the start of the quarter under way', () => {
    expect(currentQuarterStart(d('2027-05-15T12:00:00Z'), 'UTC').toISOString()).toBe(
      '2027-04-01T00:00:00.000Z',
    );
    expect(currentQuarterStart(d('2027-05-15T12:00:00Z'), 'Europe/Paris').toISOString()).toBe(
      '2027-03-31T22:00:00.000Z',
    );
  });
});

describe('the stale rule', () => {
  const now = d('2027-05-15T12:00:00Z'); // Q2 2027: the last three complete quarters are Q3 2026 – Q1 2027.

  it('cuts off at the start of the Nth complete quarter back', () => {
    expect(staleCutoff(now, 'UTC', 3).toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(staleCutoff(now, 'UTC', 1).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('calls an item stale only when untouched through all N quarters, across the year turn', () => {
    expect(isStale(d('2026-06-30T23:59:00Z'), now, 'UTC', 3)).toBe(true);
    expect(isStale(d('2026-07-01T00:00:00Z'), now, 'UTC', 3)).toBe(false);
    expect(isStale(d('2026-12-31T10:00:00Z'), now, 'UTC', 3)).toBe(false);
  });

  it('lets an item created mid-quarter count that quarter as touched', () => {
    const createdMidQ3 = d('2026-08-20T00:00:00Z');
    expect(isStale(createdMidQ3, now, 'UTC', 3)).toBe(false);
    expect(isStale(createdMidQ3, d('2027-10-02T00:00:00Z'), 'UTC', 3)).toBe(true);
  });

  it('lets the zone decide an activity on the last evening of a quarter', () => {
    const lastEvening = d('2026-06-30T23:00:00Z'); // already 1 July in Paris
    expect(isStale(lastEvening, now, 'UTC', 3)).toBe(true);
    expect(isStale(lastEvening, now, 'Europe/Paris', 3)).toBe(false);
  });

  it('says what will go stale once the quarter under way ends', () => {
    expect(nextStaleCutoff(now, 'UTC', 3).toISOString()).toBe('2026-10-01T00:00:00.000Z');
  });

  it('knows a new quarter when it starts', () => {
    expect(isNewQuarter(d('2027-03-31T10:00:00Z'), d('2027-04-01T10:00:00Z'), 'UTC')).toBe(true);
    expect(isNewQuarter(d('2027-04-01T10:00:00Z'), d('2027-06-30T10:00:00Z'), 'UTC')).toBe(false);
    expect(isNewQuarter(null, now, 'UTC')).toBe(true);
  });

  it('accepts IANA zone names only', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
