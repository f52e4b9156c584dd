import { describe, expect, it } from 'vitest';
import type { HealthPart } from './custodian-api.ts';
import { healthBand, partsByCost, pointsLost, trendNote, trendRows } from './health-data.ts';

const part = (name: HealthPart['part'], score: number, weight: number): HealthPart => ({
  part: name,
  score,
  weight,
  detail: `${name} detail`,
});

const parts = [
  part('triage', 0, 2),
  part('tags', 84, 1),
  part('readiness', 75, 2),
  part('consistency', 100, 1),
  part('staleness', 79, 2),
  part('size', 0, 1),
];

describe('the health score’s parts', () => {
  it('weighs what each part costs the score', () => {
    expect(pointsLost(part('triage', 0, 2), parts)).toBeCloseTo((100 * 2) / 9);
    expect(pointsLost(part('consistency', 100, 1), parts)).toBe(0);
  });

  it('lists the parts that pull the score down, the costliest first, apart from those in full health', () => {
    const { pulling, fine } = partsByCost(parts);
    expect(pulling.map((p) => p.part)).toEqual(['triage', 'size', 'readiness', 'staleness', 'tags']);
    expect(fine.map((p) => p.part)).toEqual(['consistency']);
  });

  it('bands the score', () => {
    expect(healthBand(80)).toBe('good');
    expect(healthBand(79)).toBe('fair');
    expect(healthBand(50)).toBe('fair');
    expect(healthBand(49)).toBe('poor');
  });
});

describe('the health trend', () => {
  it('draws one point a day, oldest first, labelled as the axes show days', () => {
    const rows = trendRows([
      { day: '2026-11-24', score: 54, parts: [] },
      { day: '2026-09-01', score: 60, parts: [] },
    ]);
    expect(rows).toEqual([
      { day: '2026-09-01', label: 'Sep 1', score: 60 },
      { day: '2026-11-24', label: 'Nov 24', score: 54 },
    ]);
  });

  it('says how the score moved', () => {
    const row = (day: string, score: number) => ({ day, label: day, score });
    expect(trendNote([])).toContain('No daily score kept yet');
    expect(trendNote([row('Nov 24', 54)])).toBe(
      'One day kept so far (Nov 24): the trend builds up day by day.',
    );
    expect(trendNote([row('Sep 1', 60), row('Nov 24', 54)])).toBe('Down 6 points since Sep 1.');
    expect(trendNote([row('Sep 1', 53), row('Nov 24', 54)])).toBe('Up 1 point since Sep 1.');
    expect(trendNote([row('Sep 1', 54), row('Nov 24', 54)])).toBe('Unchanged since Sep 1.');
  });
});
