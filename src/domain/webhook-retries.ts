/**
 * When a webhook delivery is tried: at once, then after each failure the Standard Webhooks
 * specification's schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h), each wait
 * spread by up to a tenth either way so that many failed deliveries do not come back at once.
 * After the last attempt fails, the delivery has failed and its webhook is turned off.
 */
const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;

export const standardRetryDelaysMs: readonly number[] = [
  5 * second,
  5 * minute,
  30 * minute,
  2 * hour,
  5 * hour,
  10 * hour,
  14 * hour,
  20 * hour,
  24 * hour,
];

/** The wait before the next attempt after `attempts` failed ones, or null: no attempt is left. */
export function nextRetryDelayMs(
  attempts: number,
  delaysMs: readonly number[] = standardRetryDelaysMs,
  random: () => number = Math.random,
): number | null {
  const delay = delaysMs[attempts - 1];
  if (delay === undefined) return null;
  return Math.round(delay * (0.9 + 0.2 * random()));
}

/** How many attempts a delivery gets in all: the first and one per wait. */
export const attemptsAllowed = (delaysMs: readonly number[] = standardRetryDelaysMs) => delaysMs.length + 1;
