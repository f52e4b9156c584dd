import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { limits } from '../../domain/item.ts';
import { client } from '../api.ts';
import { NewPasswordFields, PasswordAdvice, repeatProblem } from '../session/new-password-fields.tsx';
import { ErrorText } from '../ui/error-text.tsx';
import { describedBy, FieldError } from '../ui/field-error.tsx';
import { fieldErrors } from '../ui/field-errors.ts';
import { useToast } from '../ui/toasts.tsx';

/** A new password, proven by the current one; every other session ends. */
export function PasswordChange() {
  const toast = useToast();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const change = useMutation({
    mutationFn: () => client.changePassword(current, next),
    onSuccess: ({ endedSessions }) => {
      setCurrent('');
      setNext('');
      setRepeat('');
      toast(
        endedSessions
          ? `Password changed: ${endedSessions} other session${endedSessions === 1 ? '' : 's'} ended`
          : 'Password changed',
      );
    },
  });
  const problems = fieldErrors(change.error, ['currentPassword', 'newPassword', 'password']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!repeatProblem(next, repeat)) change.mutate();
  };
  const newProblem = problems.byField.newPassword ?? problems.byField.password;
  return (
    <form className="team-card" onSubmit={submit} data-testid="password-change">
      <h2>Password</h2>
      <div className="team-form-row">
        <label className="field">
          <span>Current password</span>
          <input
            type="password"
            autoComplete="current-password"
            required
            maxLength={limits.passwordMaxLength}
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
            {...describedBy('current-password-error', problems.byField.currentPassword)}
            data-testid="current-password"
          />
          <FieldError id="current-password-error" message={problems.byField.currentPassword} />
        </label>
        <NewPasswordFields
          password={next}
          repeat={repeat}
          problem={newProblem}
          onPassword={setNext}
          onRepeat={setRepeat}
        />
      </div>
      <PasswordAdvice />
      <ErrorText message={problems.other} />
      <div className="team-form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={change.isPending}
          data-testid="change-password"
        >
          Change password
        </button>
      </div>
    </form>
  );
}
