import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { client, errorMessage, queryKeys } from '../api.ts';
import { signInPath } from '../app.tsx';
import { NewPasswordFields, PasswordAdvice, repeatProblem } from '../session/new-password-fields.tsx';
import { ErrorText } from '../ui/error-text.tsx';
import { fieldErrors } from '../ui/field-errors.ts';
import { Logo } from '../ui/logo.tsx';

/** The secret of a mailed link rides in the address's fragment, which never reaches a server log. */
const tokenFromAddress = () => window.location.hash.replace(/^#/, '');

/**
 * Where an invitation or a reset link lands: whose link it is, then a new password, then in.
 * A used or expired link says what to do instead.
 */
export function SetPasswordPage() {
  const [token] = useState(tokenFromAddress);
  const link = useQuery({
    queryKey: ['account-link', token],
    queryFn: () => client.inspectLink(token),
    enabled: token !== '',
    retry: false,
  });
  return (
    <main className="auth-page">
      <div className="auth-card">
        <Logo />
        {!token && (
          <ErrorText message="This page opens from the link in an Ordo mail; the link seems cut short." />
        )}
        {link.isPending && token && <p className="muted">Checking your link…</p>}
        {link.isError && (
          <div className="auth-form" data-testid="link-refused">
            <ErrorText message={errorMessage(link.error)} />
            <Link to={signInPath()}>Go to sign-in</Link>
          </div>
        )}
        {link.data && <NewPasswordForm token={token} link={link.data} />}
      </div>
    </main>
  );
}

function NewPasswordForm({
  token,
  link,
}: {
  token: string;
  link: Awaited<ReturnType<typeof client.inspectLink>>;
}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const use = useMutation({
    mutationFn: () => client.setPasswordWithLink(token, password),
    onSuccess: ({ person }) => {
      queryClient.clear();
      // With two-factor sign-in on, the link set the password only: sign in with it and a code.
      if (!person) {
        void navigate(signInPath(), {
          replace: true,
          state: { notice: 'Your new password is set: sign in with it and your code.' },
        });
        return;
      }
      queryClient.setQueryData(queryKeys.me, person);
      // The secret leaves the address bar (and the history) once it is spent.
      void navigate('/', { replace: true });
    },
  });
  const problems = fieldErrors(use.error, ['password']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!repeatProblem(password, repeat)) use.mutate();
  };
  const isInvitation = link.purpose === 'invitation';
  return (
    <form className="auth-form" onSubmit={submit} data-testid="set-password-form">
      <h1>{isInvitation ? `Welcome, ${link.name}` : 'Set a new password'}</h1>
      <p className="muted">
        {isInvitation
          ? `Choose a password for ${link.email}, and you are in.`
          : `For ${link.email}. Every session of yours ends when you set it.`}
      </p>
      <input type="email" name="email" autoComplete="username" value={link.email} readOnly hidden />
      <NewPasswordFields
        password={password}
        repeat={repeat}
        problem={problems.byField.password}
        onPassword={setPassword}
        onRepeat={setRepeat}
      />
      <PasswordAdvice />
      <ErrorText message={problems.other} testId="set-password-error" />
      <button
        type="submit"
        className="button button-primary"
        disabled={use.isPending}
        data-testid="set-password-submit"
      >
        {use.isPending ? 'Setting…' : isInvitation ? 'Set password and sign in' : 'Set password'}
      </button>
    </form>
  );
}
