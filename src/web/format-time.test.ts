import { describe, expect, it } from 'vitest';
import { timeAgo } from './format-time.ts';

const now = new Date('2027-03-10T12:00:00Z');

describe('timeAgo', () => {
  it('says how long ago, in the largest whole unit', () => {
    expect(timeAgo('2027-03-10T11:59:30Z', now)).toBe('just now');
    expect(timeAgo('2027-03-10T11:55:00Z', now)).toBe('5 minutes ago');
    expect(timeAgo('2027-03-09T11:00:00Z', now)).toBe('yesterday');
    expect(timeAgo('2026-12-01T12:00:00Z', now)).toBe('3 months ago');
  });

  it('gives nothing for a date it cannot read', () => {
    expect(timeAgo('not a date', now)).toBe('');
  });
});
