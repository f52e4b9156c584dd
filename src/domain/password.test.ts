import { describe, expect, it } from 'vitest';
import { limits } from './item.ts';
import { passwordProblem } from './password.ts';

const common = new Set(['passwordpassword', '1234567890qwerty']);
const problem = (password: string) => passwordProblem(password, (p) => common.has(p));

describe('a new password (NIST SP 800-63B-4)', () => {
  it('is at least 15 characters, counted as people see them', () => {
    expect(limits.passwordMinLength).toBe(15);
    expect(problem('1234567890')).toBe('at least 15 characters');
    expect(problem('password12')).toBe('at least 15 characters');
    expect(problem('fourteen chars')).toBe('at least 15 characters');
    expect(problem('fifteen chars!!')).toBeNull();
    // 14 emoji are 28 UTF-16 units, and still 14 characters.
    expect(problem('🙂'.repeat(14))).toBe('at least 15 characters');
  });

  it('takes long passphrases, up to 256 characters', () => {
    expect(limits.passwordMaxLength).toBeGreaterThanOrEqual(64);
    expect(problem('correct horse battery staple '.repeat(8).slice(0, 256))).toBeNull();
    expect(problem('x'.repeat(200) + 'y'.repeat(57))).toBe('at most 256 characters');
  });

  it('asks for no mix of character kinds', () => {
    expect(problem('all lowercase words here')).toBeNull();
    expect(problem('ünïcödé pässwörd çåñ')).toBeNull();
  });

  it('refuses a common password, whatever its case, and trivial runs', () => {
    const tooCommon = 'this password is too common: choose another';
    expect(problem('PasswordPassword')).toBe(tooCommon);
    expect(problem('1234567890qwerty')).toBe(tooCommon);
    expect(problem('aaaaaaaaaaaaaaa')).toBe(tooCommon);
    expect(problem('abcabcabcabcabcabc')).toBe(tooCommon);
    expect(problem('123456789012345')).toBe(tooCommon);
    expect(problem('abcdefghijklmnop')).toBe(tooCommon);
  });
});
