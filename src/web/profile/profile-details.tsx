import { type FormEvent, useState } from 'react';
import type { Profile } from '../../client/ordo-client.ts';
import { limits } from '../../domain/item.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { describedBy, FieldError } from '../ui/field-error.tsx';
import { fieldErrors } from '../ui/field-errors.ts';
import { NameAndEmailFields } from '../ui/name-and-email-fields.tsx';
import { useProfileChange } from './use-profile-change.ts';

/** Name and email; a new email asks for the current password (where there is one). */
export function ProfileDetails({ profile }: { profile: Profile }) {
  const [name, setName] = useState(profile.name);
  const [email, setEmail] = useState(profile.email);
  const [currentPassword, setCurrentPassword] = useState('');
  const save = useProfileChange('Saved your name and email');
  const changesEmail = email.trim().toLowerCase() !== profile.email;
  const problems = fieldErrors(save.error, ['name', 'email', 'currentPassword']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      ...(name.trim() !== profile.name && { name: name.trim() }),
      ...(changesEmail && { email: email.trim(), ...(profile.hasPassword && { currentPassword }) }),
    });
  };
  const hasChanges = name.trim() !== profile.name || changesEmail;
  return (
    <form className="team-card" onSubmit={submit} data-testid="profile-details">
      <h2>You</h2>
      <div className="team-form-row">
        <NameAndEmailFields
          idPrefix="profile"
          name={name}
          email={email}
          problems={problems}
          emailLabel="Email (you sign in with it)"
          onName={setName}
          onEmail={setEmail}
        />
        {changesEmail && profile.hasPassword && (
          <label className="field">
            <span>Your current password</span>
            <input
              type="password"
              autoComplete="current-password"
              value={currentPassword}
              required
              maxLength={limits.passwordMaxLength}
              onChange={(event) => setCurrentPassword(event.target.value)}
              {...describedBy('profile-password-error', problems.byField.currentPassword)}
              data-testid="profile-current-password"
            />
            <FieldError id="profile-password-error" message={problems.byField.currentPassword} />
          </label>
        )}
      </div>
      <ErrorText message={problems.other} />
      <div className="team-form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={!hasChanges || save.isPending}
          data-testid="profile-save"
        >
          Save
        </button>
      </div>
    </form>
  );
}
