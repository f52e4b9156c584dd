import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { isProviderSignInRefusal, providerSignInRefusals, safeNext } from '../../domain/sign-in.ts';
import { client, errorMessage, queryKeys } from '../api.ts';
import { FirstRunForm } from '../session/first-run-form.tsx';
import { ForgotPasswordForm } from '../session/forgot-password-form.tsx';
import { SignInForm } from '../session/sign-in-form.tsx';
import { useMe } from '../session/use-me.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { Logo } from '../ui/logo.tsx';

/** The words for a refused company sign-in: only the page's own, whatever the address says. */
const refusalIn = (reason: string | null) =>
  isProviderSignInRefusal(reason) ? providerSignInRefusals[reason] : null;

export function SignInPage() {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const setup = useQuery({ queryKey: queryKeys.setup, queryFn: client.setupStatus });
  const methods = useQuery({ queryKey: queryKeys.authMethods, queryFn: client.authMethods });
  const me = useMe();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const [isForgotten, setIsForgotten] = useState(false);
  const next = safeNext(search.get('next'));
  const onSignedIn = () => void navigate(next, { replace: true });
  // Someone already signed in goes straight on.
  if (me.data) return <Navigate to={next} replace />;
  return (
    <main className="auth-page">
      <div className="auth-card">
        <Logo />
        {(setup.isPending || methods.isPending) && <p className="muted">Loading…</p>}
        {setup.isError && <ErrorText message={errorMessage(setup.error)} />}
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        {setup.data?.isSetUp === false && <FirstRunForm onSignedIn={onSignedIn} />}
        {setup.data?.isSetUp && !methods.isPending && !isForgotten && (
          <>
            <SignInForm
              methods={methods.data}
              next={next}
              providerError={refusalIn(search.get('error'))}
              onSignedIn={onSignedIn}
            />
            {methods.data?.password !== false && (
              <button
                type="button"
                className="button button-ghost"
                onClick={() => setIsForgotten(true)}
                data-testid="forgot-password"
              >
                Forgot your password?
              </button>
            )}
          </>
        )}
        {setup.data?.isSetUp && isForgotten && <ForgotPasswordForm onBack={() => setIsForgotten(false)} />}
      </div>
    </main>
  );
}
