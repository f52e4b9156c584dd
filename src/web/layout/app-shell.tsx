import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { errorMessage, isApiError } from '../api.ts';
import { signInPath } from '../app.tsx';
import { useMe } from '../session/use-me.ts';
import { profilePath } from '../team-paths.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { AppHeader } from './app-header.tsx';

/** Every signed-in page: the header above the page; no session sends the person to sign in. */
export function AppShell() {
  const me = useMe();
  const location = useLocation();
  if (me.isError && isApiError(me.error, 401)) {
    return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  }
  return (
    <div className="app">
      <AppHeader me={me.data} />
      <main className="page" id="main">
        {me.data?.mustSetUpTwoFactor && (
          <p className="notice" role="status" data-testid="two-factor-required">
            Your workspace requires two-factor sign-in of admins: until you{' '}
            <Link to={profilePath}>set it up in your profile</Link>, you act with your product roles only.
          </p>
        )}
        {me.isError ? <ErrorText message={errorMessage(me.error)} /> : me.data ? <Outlet /> : null}
      </main>
    </div>
  );
}
