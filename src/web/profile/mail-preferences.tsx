import type { Profile } from '../../client/ordo-client.ts';
import { errorMessage } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { useProfileChange } from './use-profile-change.ts';

/** Which mail one gets: the custodian's daily digest (owners), and notices about what one follows. */
export function MailPreferences({ profile }: { profile: Profile }) {
  const save = useProfileChange('Saved your mail preferences');
  return (
    <fieldset className="team-card" data-testid="mail-preferences">
      <legend className="visually-hidden">Mail</legend>
      <h2>Mail</h2>
      <label className="team-check">
        <input
          type="checkbox"
          checked={profile.mailDigest}
          disabled={save.isPending}
          onChange={(event) => save.mutate({ mailDigest: event.target.checked })}
          data-testid="mail-digest"
        />
        The daily digest of the products I own (backlog health, triage, what needs care)
      </label>
      <label className="team-check">
        <input
          type="checkbox"
          checked={profile.mailNotices}
          disabled={save.isPending}
          onChange={(event) => save.mutate({ mailNotices: event.target.checked })}
          data-testid="mail-notices"
        />
        Notices when something I asked for is decided or shipped
      </label>
      <p className="muted">
        Mail about your account (invitations, password links) always comes. Notices stay in Ordo’s bell either
        way.
      </p>
      <ErrorText message={save.error ? errorMessage(save.error) : null} />
    </fieldset>
  );
}
