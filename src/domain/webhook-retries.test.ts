import { describe, expect, it } from 'vitest';
import { attemptsAllowed, nextRetryDelayMs, standardRetryDelaysMs } from './webhook-retries.ts';

describe('webhook retries', () => {
  it('follows the Standard Webhooks schedule: 10 attempts, the last a day after the ninth', () => {
    expect(attemptsAllowed()).toBe(10);
    const middle = () => 0.5;
    expect(nextRetryDelayMs(1, standardRetryDelaysMs, middle)).toBe(5_000);
    expect(nextRetryDelayMs(2, standardRetryDelaysMs, middle)).toBe(300_000);
    expect(nextRetryDelayMs(9, standardRetryDelaysMs, middle)).toBe(24 * 3_600_000);
    expect(nextRetryDelayMs(10, standardRetryDelaysMs, middle)).toBeNull();
  });

  it('spreads each wait by up to a tenth either way', () => {
    expect(nextRetryDelayMs(2, standardRetryDelaysMs, () => 0)).toBe(270_000);
    expect(nextRetryDelayMs(2, standardRetryDelaysMs, () => 0.999999)).toBeCloseTo(330_000, -1);
  });
});
