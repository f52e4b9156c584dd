import { describe, expect, it } from 'vitest';
import { isProviderSignInRefusal, isSameSitePath, safeNext } from './sign-in.ts';

describe('where a person lands after signing in', () => {
  it('follows paths on this site', () => {
    for (const path of ['/', '/p/PAY', '/p/PAY/items/PAY-1?q=a%20b#criteria']) {
      expect(isSameSitePath(path), path).toBe(true);
    }
  });

  it('never another site, however the address is written', () => {
    const elsewhere = [
      '//evil.test',
      '/\\evil.test',
      '/\t/evil.test',
      '/\n/evil.test',
      'https://evil.test',
      'evil',
      '',
    ];
    for (const path of [...elsewhere, '/p/€', '/a b']) expect(isSameSitePath(path), path).toBe(false);
    expect(safeNext('//evil.test')).toBe('/');
    expect(safeNext(null)).toBe('/');
    expect(safeNext('/p/PAY')).toBe('/p/PAY');
  });
});

describe('a refused company sign-in', () => {
  it('is shown only in the words of the catalogue', () => {
    expect(isProviderSignInRefusal('state')).toBe(true);
    expect(isProviderSignInRefusal('Call 555-0100 to unlock your account')).toBe(false);
    expect(isProviderSignInRefusal('toString')).toBe(false);
    expect(isProviderSignInRefusal(null)).toBe(false);
  });
});
