import { describe, expect, it } from 'vitest';
import { secondsUntil, waitInWords } from './abuse-limits.ts';

describe('how long to wait', () => {
  it('says it in whole seconds, at least one', () => {
    const now = new Date(0);
    expect(secondsUntil(new Date(1_500), now)).toBe(2);
    expect(secondsUntil(new Date(0), now)).toBe(1);
  });

  it('says it in words, rounded up', () => {
    expect(waitInWords(1)).toBe('1 second');
    expect(waitInWords(40)).toBe('40 seconds');
    expect(waitInWords(60)).toBe('1 minute');
    expect(waitInWords(899)).toBe('15 minutes');
    expect(waitInWords(3599)).toBe('1 hour');
    expect(waitInWords(86_000)).toBe('24 hours');
  });
});
