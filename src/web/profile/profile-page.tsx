import { useQuery } from '@tanstack/react-query';
import { client, errorMessage, queryKeys } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { ApiTokens } from './api-tokens.tsx';
import { MailPreferences } from './mail-preferences.tsx';
import { PasswordChange } from './password-change.tsx';
import { ProfileDetails } from './profile-details.tsx';
import { SignOutEverywhere } from './sign-out-everywhere.tsx';
import { TwoFactor } from './two-factor.tsx';
import '../styles/team.css';

/** One's own account: name and email, mail, password, API tokens, sessions. */
export function ProfilePage() {
  const profile = useQuery({ queryKey: queryKeys.profile, queryFn: client.getProfile });
  if (profile.isPending) return <p className="muted">Loading your profile…</p>;
  if (profile.isError) return <ErrorText message={errorMessage(profile.error)} />;
  return (
    <section className="team-page" aria-labelledby="profile-heading">
      <div className="page-heading">
        <h1 id="profile-heading">Your profile</h1>
      </div>
      <ProfileDetails key={`${profile.data.name}|${profile.data.email}`} profile={profile.data} />
      <MailPreferences profile={profile.data} />
      {profile.data.hasPassword && <PasswordChange />}
      {profile.data.hasPassword && <TwoFactor profile={profile.data} />}
      <ApiTokens />
      <SignOutEverywhere sessions={profile.data.sessions} />
    </section>
  );
}
