import { describe, expect, it } from 'vitest';
import { type HealthSignals, healthOf } from './health.ts';

const healthy: HealthSignals = {
  untriaged: 0,
  oldestUntriagedDays: 0,
  openItems: 60,
  untagged: 0,
  topChecked: 20,
  topNotReady: 0,
  inconsistent: 0,
  stale: 0,
  doneLastQuarter: 30,
};
const part = (signals: HealthSignals, name: string) =>
  healthOf(signals).parts.find((p) => p.part === name)?.score;

describe('healthOf', () => {
  it('gives a clean backlog full marks', () => {
    expect(healthOf(healthy)).toMatchObject({ score: 100, isBloated: false });
  });

  it('charges for requests left waiting, more the older they are', () => {
    expect(part({ ...healthy, untriaged: 6, oldestUntriagedDays: 9 }, 'triage')).toBe(100 - 7 * 8 - 12);
    expect(part({ ...healthy, untriaged: 1, oldestUntriagedDays: 1 }, 'triage')).toBe(98);
  });

  it('charges for untagged and stale shares and for an unready top', () => {
    expect(part({ ...healthy, untagged: 15 }, 'tags')).toBe(50);
    expect(part({ ...healthy, stale: 6 }, 'staleness')).toBe(80);
    expect(part({ ...healthy, topNotReady: 5 }, 'readiness')).toBe(75);
    expect(part({ ...healthy, inconsistent: 3 }, 'consistency')).toBe(70);
  });

  it('weighs the backlog size against the team’s pace', () => {
    expect(part({ ...healthy, openItems: 120, doneLastQuarter: 30 }, 'size')).toBe(100);
    expect(part({ ...healthy, openItems: 180, doneLastQuarter: 30 }, 'size')).toBe(70);
    expect(part({ ...healthy, doneLastQuarter: 0 }, 'size')).toBe(0);
  });

  it('folds the parts by weight into one score', () => {
    const result = healthOf({ ...healthy, untagged: 15, topNotReady: 5 });
    expect(result.score).toBe(Math.round((100 * 2 + 50 + 75 * 2 + 100 + 100 * 2 + 100) / 9));
  });

  it('flags hundreds of untouched items, scaled to the team’s pace', () => {
    expect(healthOf({ ...healthy, stale: 99 }).isBloated).toBe(false);
    expect(healthOf({ ...healthy, stale: 120 }).isBloated).toBe(false);
    expect(healthOf({ ...healthy, stale: 120, doneLastQuarter: 10 }).isBloated).toBe(true);
    expect(healthOf({ ...healthy, stale: 500, doneLastQuarter: 200 }).isBloated).toBe(false);
  });
});
