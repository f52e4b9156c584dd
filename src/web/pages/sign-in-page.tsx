import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { client, errorMessage, queryKeys } from '../api.ts';
import { FirstRunForm } from '../session/first-run-form.tsx';
import { SignInForm } from '../session/sign-in-form.tsx';
import { ErrorText } from '../ui/error-text.tsx';
import { Logo } from '../ui/logo.tsx';

/** Only same-site paths are followed after signing in. */
const safeNext = (next: string | null) => (next?.startsWith('/') && !next.startsWith('//') ? next : '/');

export function SignInPage() {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const setup = useQuery({ queryKey: queryKeys.setup, queryFn: client.setupStatus });
  const onSignedIn = () => void navigate(safeNext(search.get('next')), { replace: true });
  return (
    <main className="auth-page">
      <div className="auth-card">
        <Logo />
        {setup.isPending && <p className="muted">Loading…</p>}
        {setup.isError && <ErrorText message={errorMessage(setup.error)} />}
        {setup.data?.isSetUp === false && <FirstRunForm onSignedIn={onSignedIn} />}
        {setup.data?.isSetUp && <SignInForm onSignedIn={onSignedIn} />}
      </div>
    </main>
  );
}
