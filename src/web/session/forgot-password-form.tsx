import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { limits } from '../../domain/item.ts';
import { client, errorMessage } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';

/** Asks for a link to set a new password; the answer never says whether the address is known. */
export function ForgotPasswordForm({ onBack }: { onBack: () => void }) {
  const [email, setEmail] = useState('');
  const ask = useMutation({ mutationFn: () => client.requestPasswordReset(email.trim()) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate();
  };
  if (ask.data) {
    return (
      <div className="auth-form" data-testid="reset-requested">
        <h1>Check your mail</h1>
        <p>{ask.data.message} The link works for one hour.</p>
        <button type="button" className="button" onClick={onBack}>
          Back to sign-in
        </button>
      </div>
    );
  }
  return (
    <form className="auth-form" onSubmit={submit} data-testid="forgot-password-form">
      <h1>Forgot your password?</h1>
      <p className="muted">We mail you a link to set a new one.</p>
      <label className="field">
        <span>Email</span>
        <input
          type="email"
          autoComplete="username"
          required
          maxLength={limits.emailLength}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          data-testid="forgot-email"
        />
      </label>
      <ErrorText message={ask.error ? errorMessage(ask.error) : null} />
      <button
        type="submit"
        className="button button-primary"
        disabled={ask.isPending}
        data-testid="forgot-submit"
      >
        Mail me a link
      </button>
      <button type="button" className="button button-ghost" onClick={onBack}>
        Back to sign-in
      </button>
    </form>
  );
}
