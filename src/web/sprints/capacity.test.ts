import { describe, expect, it } from 'vitest';
import { capacityFill, itemCount, pointsOf } from './capacity.ts';

describe('capacityFill', () => {
  it('fills up to the capacity and says what is left', () => {
    expect(capacityFill(18, 24)).toMatchObject({
      withinPercent: 75,
      overPercent: 0,
      capacityAtPercent: 100,
      isOver: false,
      label: '18 of 24 points · 6 left',
    });
  });

  it('draws what is over the capacity after a mark where the capacity ends', () => {
    const fill = capacityFill(30, 24);
    expect(fill.isOver).toBe(true);
    expect(fill.withinPercent).toBe(80);
    expect(fill.overPercent).toBe(20);
    expect(fill.capacityAtPercent).toBe(80);
    expect(fill.label).toBe('30 of 24 points · 6 over');
  });

  it('is empty with nothing committed, and all over with no capacity', () => {
    expect(capacityFill(0, 20)).toMatchObject({ withinPercent: 0, isOver: false });
    expect(capacityFill(0, 0)).toMatchObject({ withinPercent: 0, overPercent: 0, isOver: false });
    expect(capacityFill(5, 0)).toMatchObject({ withinPercent: 0, overPercent: 100, isOver: true });
    expect(capacityFill(1, 1).label).toBe('1 of 1 point · 0 left');
  });
});

describe('itemCount', () => {
  it('says one item, or many items', () => {
    expect([0, 1, 2].map(itemCount)).toEqual(['0 items', '1 item', '2 items']);
  });
});

describe('pointsOf', () => {
  it('adds the estimates and counts the items without one', () => {
    expect(pointsOf([{ estimate: 3 }, { estimate: null }, { estimate: 5 }, { estimate: 0 }])).toEqual({
      points: 8,
      unestimated: 1,
    });
    expect(pointsOf([])).toEqual({ points: 0, unestimated: 0 });
  });
});
