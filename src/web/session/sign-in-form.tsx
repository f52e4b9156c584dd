import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { AuthMethods } from '../../client/ordo-client.ts';
import { limits } from '../../domain/item.ts';
import { client, errorMessage, isApiError, queryKeys } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';

interface SignInFormProps {
  /** What this server offers; password only until it is known. */
  methods: AuthMethods | undefined;
  /** Where to land afterwards (a path on this site). */
  next: string;
  /** Why the last sign-in through the provider was refused, in words. */
  providerError: string | null;
  onSignedIn: () => void;
}

/**
 * "Sign in with <name>" (a plain link: the server sends the browser on to the company's provider)
 * and email and password, as the server offers them; on a password sign-in the signed-in person
 * is cached and `onSignedIn` runs.
 */
export function SignInForm({ methods, next, providerError, onSignedIn }: SignInFormProps) {
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Asked for once the password was right and the person has two-factor sign-in on.
  const [code, setCode] = useState<string | null>(null);
  const signIn = useMutation({
    mutationFn: () => client.signIn(email.trim(), password, code?.trim() || undefined),
    onSuccess: () => {
      queryClient.clear();
      // Ask who is signed in afresh: it tells whether an admin must still set up a second factor.
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
      onSignedIn();
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'second_factor_required' && code === null) setCode('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };
  const provider = methods?.oidc;
  const hasPassword = methods?.password !== false;
  return (
    <div className="auth-form">
      <h1>Sign in to Ordo</h1>
      {provider && (
        <a
          className="button button-primary"
          href={client.providerSignInUrl(next)}
          data-testid="sign-in-with-provider"
        >
          Sign in with {provider.name}
        </a>
      )}
      <ErrorText message={providerError} testId="sign-in-provider-error" />
      {provider && hasPassword && <p className="auth-divider">or with your password</p>}
      {hasPassword && (
        <form className="auth-form" onSubmit={submit} data-testid="sign-in-form">
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
          {code !== null && (
            <label className="field">
              <span>Code from your authenticator app (or a recovery code)</span>
              <input
                name="code"
                autoComplete="one-time-code"
                inputMode="numeric"
                required
                maxLength={32}
                // biome-ignore lint/a11y/noAutofocus: it appears when asked for, and is all there is to type
                autoFocus
                value={code}
                onChange={(event) => setCode(event.target.value)}
                data-testid="sign-in-code"
              />
            </label>
          )}
          <ErrorText
            message={
              signIn.error &&
              !(code === '' && isApiError(signIn.error) && signIn.error.code === 'second_factor_required')
                ? errorMessage(signIn.error)
                : null
            }
            testId="sign-in-error"
          />
          <button
            type="submit"
            className={provider ? 'button' : 'button button-primary'}
            disabled={signIn.isPending}
            data-testid="sign-in-submit"
          >
            {signIn.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      )}
    </div>
  );
}
