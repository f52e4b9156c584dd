import { limits } from '../../domain/item.ts';
import { describedBy, FieldError } from './field-error.tsx';
import type { FieldErrors } from './field-errors.ts';

/**
 * A person's name and the email they sign in with, each with the server's word on it; test ids
 * and error ids start with `idPrefix` (`invite-name`, `invite-email`).
 */
export function NameAndEmailFields({
  idPrefix,
  name,
  email,
  problems,
  emailLabel = 'Email',
  onName,
  onEmail,
}: {
  idPrefix: string;
  name: string;
  email: string;
  problems: FieldErrors;
  emailLabel?: string;
  onName: (name: string) => void;
  onEmail: (email: string) => void;
}) {
  return (
    <>
      <label className="field">
        <span>Name</span>
        <input
          value={name}
          required
          maxLength={limits.personNameLength}
          onChange={(event) => onName(event.target.value)}
          {...describedBy(`${idPrefix}-name-error`, problems.byField.name)}
          data-testid={`${idPrefix}-name`}
        />
        <FieldError id={`${idPrefix}-name-error`} message={problems.byField.name} />
      </label>
      <label className="field">
        <span>{emailLabel}</span>
        <input
          type="email"
          value={email}
          required
          maxLength={limits.emailLength}
          onChange={(event) => onEmail(event.target.value)}
          {...describedBy(`${idPrefix}-email-error`, problems.byField.email)}
          data-testid={`${idPrefix}-email`}
        />
        <FieldError id={`${idPrefix}-email-error`} message={problems.byField.email} />
      </label>
    </>
  );
}
