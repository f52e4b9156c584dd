import { passwordProblem } from '../../domain/password.ts';
import { invalidInput } from '../errors.ts';

/**
 * The common and breached passwords that @zxcvbn-ts ships (about 49,000, checked offline). Loaded
 * the first time a password is set — never at start-up nor on sign-in — and kept.
 */
let commonPasswords: Promise<ReadonlySet<string>> | null = null;
function loadCommonPasswords(): Promise<ReadonlySet<string>> {
  commonPasswords ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set(dictionary['passwords-common']),
  );
  return commonPasswords;
}

/** Refuses (400, naming `password`) a new password that is too short, too long or too common. */
export async function checkNewPassword(password: string): Promise<void> {
  const common = await loadCommonPasswords();
  const problem = passwordProblem(password, (lowercased) => common.has(lowercased));
  if (problem) throw invalidInput('password', problem);
}
