import { describe, expect, it } from 'vitest';
import { averageVelocity, forecastBoundaries, proposeByCapacity } from './sprint-planning.ts';

describe('proposeByCapacity', () => {
  const backlog = [
    { key: 'A', estimate: 5, isReady: true },
    { key: 'B', estimate: 8, isReady: false },
    { key: 'C', estimate: 13, isReady: true },
    { key: 'D', estimate: null, isReady: true },
    { key: 'E', estimate: 3, isReady: true },
    { key: 'F', estimate: 2, isReady: true },
    { key: 'G', estimate: 1, isReady: true },
  ];

  it('takes ready, estimated items from the top while they fit', () => {
    expect(proposeByCapacity(backlog, 10)).toEqual({
      proposed: ['A', 'E', 'F'],
      points: 10,
      skipped: [
        { key: 'B', reason: 'not_ready' },
        { key: 'C', reason: 'does_not_fit' },
        { key: 'D', reason: 'no_estimate' },
      ],
    });
  });

  it('stops once the sprint is full and proposes nothing with no capacity', () => {
    expect(proposeByCapacity(backlog, 5).proposed).toEqual(['A']);
    expect(proposeByCapacity(backlog, 0)).toEqual({ proposed: [], points: 0, skipped: [] });
  });
});

describe('averageVelocity', () => {
  it('averages the last three sprints', () => {
    expect(averageVelocity([10, 20, 30, 40])).toBe(30);
    expect(averageVelocity([21, 20])).toBe(20.5);
    expect(averageVelocity([])).toBeNull();
  });
});

describe('forecastBoundaries', () => {
  const items = ['A', 'B', 'C', 'D', 'E'].map((key, i) => ({ key, estimate: [5, 5, 8, 3, 13][i] ?? null }));

  it('draws a line where each sprint is likely to end', () => {
    // 5+5 fill the first; 8 leaves no room for 3; 3 leaves no room for 13; 13 alone is a sprint.
    expect(forecastBoundaries(items, 10)).toEqual([
      { sprint: 1, afterKey: 'B', points: 10 },
      { sprint: 2, afterKey: 'C', points: 8 },
      { sprint: 3, afterKey: 'D', points: 3 },
      { sprint: 4, afterKey: 'E', points: 13 },
    ]);
  });

  it('counts unestimated items as given, stops at the horizon, and says nothing without velocity', () => {
    const unestimated = [
      { key: 'X', estimate: null },
      { key: 'Y', estimate: null },
    ];
    expect(forecastBoundaries(unestimated, 10, { unestimatedPoints: 5 })).toEqual([
      { sprint: 1, afterKey: 'Y', points: 10 },
    ]);
    expect(forecastBoundaries(items, 10, { horizon: 1 })).toHaveLength(1);
    expect(forecastBoundaries(items, null)).toEqual([]);
  });
});
