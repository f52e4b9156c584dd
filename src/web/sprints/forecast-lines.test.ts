import { describe, expect, it } from 'vitest';
import { forecastLineLabel, forecastLinesByKey, velocityText } from './forecast-lines.ts';

const boundaries = [
  { sprint: 1, afterKey: 'P-3', points: 21 },
  { sprint: 2, afterKey: 'P-7', points: 19 },
  { sprint: 3, afterKey: 'P-12', points: 20 },
];

describe('forecastLinesByKey', () => {
  it('draws each sprint’s end after its last item, for the rows shown', () => {
    const lines = forecastLinesByKey(['P-1', 'P-3', 'P-5', 'P-7', 'P-9'], boundaries, true);
    expect([...lines.keys()]).toEqual(['P-3', 'P-7']);
    expect(lines.get('P-7')?.sprint).toBe(2);
  });

  it('draws nothing on a filtered or re-sorted list', () => {
    expect(forecastLinesByKey(['P-3', 'P-7'], boundaries, false).size).toBe(0);
  });
});

describe('forecastLineLabel', () => {
  it('names the sprint and its likely points', () => {
    expect(forecastLineLabel({ sprint: 1, afterKey: 'P-3', points: 21 })).toBe('End of sprint +1 (≈ 21 pts)');
    expect(forecastLineLabel({ sprint: 2, afterKey: 'P-7', points: 18.5 })).toBe(
      'End of sprint +2 (≈ 18.5 pts)',
    );
  });
});

describe('velocityText', () => {
  it('says the velocity and its basis', () => {
    expect(velocityText({ velocity: 21.3, basis: 'history' })).toBe(
      'Velocity ≈ 21.3 pts a sprint, the mean of the last closed sprints',
    );
    expect(velocityText({ velocity: 20, basis: 'setting' })).toContain('set in the product’s settings');
    expect(velocityText({ velocity: 20, basis: 'setting', unestimatedPoints: 5 })).toContain(
      'an item without an estimate counts as 5 (the median)',
    );
    expect(velocityText({ velocity: null, basis: 'none' })).toMatch(/^No velocity yet/);
  });
});
