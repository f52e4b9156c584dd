import { describe, expect, it } from 'vitest';
import { findUnsafeText, textProblem } from './unsafe-text.ts';

describe('text no field may carry', () => {
  it('refuses a NUL and an unpaired surrogate, and accepts any real character', () => {
    expect(textProblem('a\u0000b')).toBe('must not contain a NUL character');
    expect(textProblem('x\ud800')).toBe('must not contain an unpaired surrogate');
    expect(textProblem('\udc00x')).toBe('must not contain an unpaired surrogate');
    expect(textProblem('\udc00\ud800')).toBe('must not contain an unpaired surrogate');
    expect(textProblem('emoji 😀, accents é, CJK 漢字, tab\t and newline\n')).toBeNull();
    expect(textProblem('')).toBeNull();
  });

  it('names the first bad string anywhere in the input, depth first', () => {
    expect(findUnsafeText({ title: 'fine', tags: ['ok'] })).toBeNull();
    expect(findUnsafeText('a\u0000')).toEqual({ path: [], problem: 'must not contain a NUL character' });
    expect(
      findUnsafeText({
        title: 'fine',
        acceptanceCriteria: [{ text: 'ok' }, { text: 'x\ud800' }],
        problem: 'a\u0000',
      }),
    ).toEqual({
      path: ['acceptanceCriteria', '1', 'text'],
      problem: 'must not contain an unpaired surrogate',
    });
    expect(findUnsafeText({ tag: ['a', 'b\u0000'] })?.path).toEqual(['tag', '1']);
  });

  it('reads object keys too, and names the bad key', () => {
    expect(findUnsafeText({ wsjf: { 'a\u0000': 1 } })).toEqual({
      path: ['wsjf', '"a\\u0000"'],
      problem: 'its name must not contain a NUL character',
    });
  });

  it('ignores numbers, booleans and null, and survives deep nesting', () => {
    expect(findUnsafeText({ a: 1, b: true, c: null, d: [1.5, false] })).toBeNull();
    let deep: unknown = 'end\u0000';
    for (let level = 0; level < 200_000; level++) deep = [deep];
    expect(findUnsafeText(deep)?.path).toHaveLength(200_000);
  });
});
