import { describe, expect, it } from 'vitest';
import { niceTicks, shortNumber, valueEffortPoint } from './value-effort.ts';

const unscored = {
  wsjf: { businessValue: null, timeCriticality: null, riskReduction: null, jobSize: null, score: null },
  rice: { reach: null, impact: null, confidence: null, effort: null, score: null },
};

describe('the value/effort chart', () => {
  it('places an item by its cost of delay and job size for WSJF', () => {
    const item = {
      ...unscored,
      key: 'PAY-1',
      title: 'Reminders',
      wsjf: { businessValue: 8, timeCriticality: 5, riskReduction: 2, jobSize: 3, score: 5 },
    };
    expect(valueEffortPoint(item, 'wsjf')).toEqual({
      key: 'PAY-1',
      title: 'Reminders',
      value: 15,
      effort: 3,
      score: 5,
    });
    expect(valueEffortPoint(item, 'rice')).toBeNull();
  });

  it('places an item by reach × impact × confidence and effort for RICE', () => {
    const item = {
      ...unscored,
      key: 'PAY-2',
      title: 'VAT',
      rice: { reach: 1000, impact: 2, confidence: 80, effort: 4, score: 400 },
    };
    expect(valueEffortPoint(item, 'rice')).toMatchObject({ value: 1600, effort: 4, score: 400 });
  });

  it('leaves off items without a full score', () => {
    expect(valueEffortPoint({ ...unscored, key: 'PAY-3', title: 'x' }, 'wsjf')).toBeNull();
  });

  it('gives round axis ticks that reach past the largest value', () => {
    expect(niceTicks(15)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(17)).toEqual([0, 5, 10, 15, 20]);
    expect(niceTicks(1600)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(niceTicks(0.9)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('writes large numbers short', () => {
    expect(shortNumber(12)).toBe('12');
    expect(shortNumber(1200)).toBe('1.2k');
    expect(shortNumber(2_500_000)).toBe('2.5M');
    expect(shortNumber(0.25)).toBe('0.25');
  });
});
