import { limits } from '../../domain/item.ts';
import { describedBy, FieldError } from '../ui/field-error.tsx';

/** The second typing of a new password, compared with the first: a problem, or undefined. */
export const repeatProblem = (password: string, repeat: string) =>
  repeat !== '' && repeat !== password ? 'does not match the new password' : undefined;

/**
 * A new password typed twice, with the server's word on it (too short, too common) under the
 * first and a mismatch under the second; the rule itself said below.
 */
export function NewPasswordFields({
  password,
  repeat,
  problem,
  onPassword,
  onRepeat,
}: {
  password: string;
  repeat: string;
  /** The server's refusal of the password, if any. */
  problem: string | undefined;
  onPassword: (password: string) => void;
  onRepeat: (repeat: string) => void;
}) {
  const mismatch = repeatProblem(password, repeat);
  return (
    <>
      <label className="field">
        <span>New password</span>
        <input
          type="password"
          autoComplete="new-password"
          required
          minLength={limits.passwordMinLength}
          maxLength={limits.passwordMaxLength}
          value={password}
          onChange={(event) => onPassword(event.target.value)}
          {...describedBy('new-password-error', problem)}
          data-testid="new-password"
        />
        <FieldError id="new-password-error" message={problem} />
      </label>
      <label className="field">
        <span>New password again</span>
        <input
          type="password"
          autoComplete="new-password"
          required
          maxLength={limits.passwordMaxLength}
          value={repeat}
          onChange={(event) => onRepeat(event.target.value)}
          {...describedBy('new-password-repeat-error', mismatch)}
          data-testid="new-password-repeat"
        />
        <FieldError id="new-password-repeat-error" message={mismatch} />
      </label>
    </>
  );
}

export function PasswordAdvice() {
  return (
    <p className="muted">
      At least {limits.passwordMinLength} characters: a few words you remember beat a short mix. Common and
      breached passwords are refused.
    </p>
  );
}
