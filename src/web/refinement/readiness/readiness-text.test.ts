import { describe, expect, it } from 'vitest';
import { listInWords, readinessTitle, toggleCheck } from './readiness-text.ts';

describe('readiness in words', () => {
  it('joins what an item lacks as a sentence', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['an estimate'])).toBe('an estimate');
    expect(listInWords(['who it serves', 'an estimate'])).toBe('who it serves and an estimate');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('says what a not-ready item lacks, and that a ready one meets the definition', () => {
    expect(
      readinessTitle({ isReady: false, lacks: [{ label: 'who it serves' }, { label: 'an estimate' }] }),
    ).toBe('Not ready: lacks who it serves and an estimate');
    expect(readinessTitle({ isReady: true, lacks: [] })).toBe('Ready: meets the Definition of Ready');
  });

  it('ticks and unticks a custom check without touching the others', () => {
    expect(toggleCheck(['designs'], 'legal')).toEqual(['designs', 'legal']);
    expect(toggleCheck(['designs', 'legal'], 'designs')).toEqual(['legal']);
  });
});
