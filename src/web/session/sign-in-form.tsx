import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { limits } from '../../domain/item.ts';
import { client, errorMessage, queryKeys } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';

/** Email and password; on success the signed-in person is cached and `onSignedIn` runs. */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => client.signIn(email.trim(), password),
    onSuccess: ({ person }) => {
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, person);
      onSignedIn();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };
  return (
    <form className="auth-form" onSubmit={submit} data-testid="sign-in-form">
      <h1>Sign in to Ordo</h1>
      <label className="field">
        <span>Email</span>
        <input
          type="email"
          name="email"
          autoComplete="username"
          required
          maxLength={limits.emailLength}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          data-testid="sign-in-email"
        />
      </label>
      <label className="field">
        <span>Password</span>
        <input
          type="password"
          name="password"
          autoComplete="current-password"
          required
          maxLength={limits.passwordMaxLength}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          data-testid="sign-in-password"
        />
      </label>
      <ErrorText message={signIn.error ? errorMessage(signIn.error) : null} testId="sign-in-error" />
      <button
        type="submit"
        className="button button-primary"
        disabled={signIn.isPending}
        data-testid="sign-in-submit"
      >
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
