import { describe, expect, it } from 'vitest';
import { moveAcrossPages, moveInList, moveTargetFor } from './move-target.ts';

describe('moveTargetFor', () => {
  it('sends an item that lands first to the top', () => {
    expect(moveTargetFor(['PAY-9', 'PAY-1', 'PAY-2'], 'PAY-9')).toEqual({ to: 'top' });
  });

  it('keeps an item that lands first in a filtered list just before the row below, not above hidden items', () => {
    expect(moveTargetFor(['PAY-9', 'PAY-1', 'PAY-2'], 'PAY-9', false)).toEqual({ before: 'PAY-1' });
    expect(moveTargetFor(['PAY-9'], 'PAY-9', false)).toEqual({ to: 'top' });
  });

  it('places an item after the row now above it', () => {
    expect(moveTargetFor(['PAY-1', 'PAY-9', 'PAY-2'], 'PAY-9')).toEqual({ after: 'PAY-1' });
    expect(moveTargetFor(['PAY-1', 'PAY-2', 'PAY-9'], 'PAY-9')).toEqual({ after: 'PAY-2' });
  });

  it('refuses an item that is not in the list', () => {
    expect(() => moveTargetFor(['PAY-1'], 'PAY-2')).toThrow(/not in the list/);
  });
});

describe('moveInList', () => {
  it('moves down and up without changing the original', () => {
    const list = ['a', 'b', 'c', 'd'];
    expect(moveInList(list, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveInList(list, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
  });

  it('clamps a target past the end', () => {
    expect(moveInList(['a', 'b'], 0, 9)).toEqual(['b', 'a']);
  });
});

describe('moveAcrossPages', () => {
  it('keeps each page its size while an item crosses from a later page to the top', () => {
    expect(moveAcrossPages([['a', 'b'], ['c', 'd'], ['e']], 3, 0)).toEqual([['d', 'a'], ['b', 'c'], ['e']]);
  });
});
