import { limits } from './item.ts';

/**
 * What is wrong with a new password, or null (NIST SP 800-63B-4): long enough, not too long, and
 * not a known or trivially guessed one. No composition rules: any characters, spaces included.
 * `isCommon` answers whether a lowercased password is on the list of common ones.
 */
export function passwordProblem(password: string, isCommon: (lowercased: string) => boolean): string | null {
  // Each Unicode character counts once, whatever its length in UTF-16.
  const length = [...password].length;
  if (length < limits.passwordMinLength) return `at least ${limits.passwordMinLength} characters`;
  if (length > limits.passwordMaxLength) return `at most ${limits.passwordMaxLength} characters`;
  if (isCommon(password.toLowerCase()) || isRepetitive(password) || isSequence(password))
    return 'this password is too common: choose another';
  return null;
}

/** `aaaaaaaaaaaaaaa`, `abcabcabcabcabc`: a few characters over and over. */
const isRepetitive = (password: string): boolean => /^(.{1,4})\1+$/su.test(password);

/** `123456789012345`, `abcdefghijklmnop`: each character the one after the last (9 wraps to 0). */
function isSequence(password: string): boolean {
  const codes = [...password.toLowerCase()].map((c) => c.codePointAt(0) ?? 0);
  return codes.every((code, i) => {
    const previous = codes[i - 1];
    return previous === undefined || code === previous + 1 || (previous === 57 && code === 48);
  });
}
