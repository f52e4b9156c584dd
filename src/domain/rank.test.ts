import { describe, expect, it } from 'vitest';
import { compareRanks, needsRespacing, rankBetween, spacedRanks } from './rank.ts';

describe('rank keys', () => {
  it('places a key strictly between its neighbours', () => {
    const a = rankBetween(null, null);
    const b = rankBetween(a, null);
    const between = rankBetween(a, b);
    expect(compareRanks(a, between)).toBe(-1);
    expect(compareRanks(between, b)).toBe(-1);
  });

  it('makes a key above the first and below the last', () => {
    const first = rankBetween(null, null);
    expect(compareRanks(rankBetween(null, first), first)).toBe(-1);
    expect(compareRanks(first, rankBetween(first, null))).toBe(-1);
  });

  it('keeps order through many inserts into the same gap, growing slowly', () => {
    const low = rankBetween(null, null);
    let high = rankBetween(low, null);
    for (let i = 0; i < 300; i++) {
      const next = rankBetween(low, high);
      expect(compareRanks(low, next)).toBe(-1);
      expect(compareRanks(next, high)).toBe(-1);
      high = next;
    }
    expect(high.length).toBeLessThan(80);
  });

  it('spaces keys for a list in order', () => {
    const ranks = spacedRanks(1000);
    expect(new Set(ranks).size).toBe(1000);
    expect([...ranks].sort(compareRanks)).toEqual(ranks);
  });

  it('asks for respacing past 128 characters', () => {
    expect(needsRespacing('a'.repeat(128))).toBe(false);
    expect(needsRespacing('a'.repeat(129))).toBe(true);
  });

  it('refuses neighbours given in the wrong order', () => {
    const a = rankBetween(null, null);
    const b = rankBetween(a, null);
    expect(() => rankBetween(b, a)).toThrow();
  });
});
