import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, matchingStep, otpauthUri, timeStep, totpCode } from './totp.ts';

// RFC 6238, appendix B: the SHA-1 secret "12345678901234567890", 8 digits there; the last 6 here.
const rfcSecret = base32Encode(Buffer.from('12345678901234567890'));

describe('TOTP', () => {
  it('gives the RFC 6238 test vectors', () => {
    const vectors: [number, string][] = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1111111111, '14050471'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
    ];
    for (const [seconds, code] of vectors) {
      expect(totpCode(rfcSecret, timeStep(new Date(seconds * 1000)))).toBe(code.slice(-6));
    }
  });

  it('round-trips base32', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 255, 7, 99]);
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
  });

  it('accepts a code one step either side, and each step once', () => {
    const now = new Date(1_700_000_000_000);
    const step = timeStep(now);
    expect(matchingStep(rfcSecret, totpCode(rfcSecret, step - 1), now, null)).toBe(step - 1);
    expect(matchingStep(rfcSecret, totpCode(rfcSecret, step + 1), now, null)).toBe(step + 1);
    expect(matchingStep(rfcSecret, totpCode(rfcSecret, step - 2), now, null)).toBeNull();
    expect(matchingStep(rfcSecret, totpCode(rfcSecret, step), now, step)).toBeNull();
    expect(matchingStep(rfcSecret, 'abcdef', now, null)).toBeNull();
  });

  it('names the account and issuer for the app', () => {
    expect(otpauthUri('Ordo', 'ada@example.com', 'ABC')).toBe(
      'otpauth://totp/Ordo%3Aada%40example.com?secret=ABC&issuer=Ordo&algorithm=SHA1&digits=6&period=30',
    );
  });
});
