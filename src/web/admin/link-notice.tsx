import { CopyButton } from '../ui/copy-button.tsx';

/**
 * The link just mailed, for an admin to pass on themselves where mail is not set up (or slow).
 * It works once; whoever holds it can set the password.
 */
export function LinkNotice({ what, link, onDone }: { what: string; link: string; onDone: () => void }) {
  return (
    <div className="notice team-link" role="status" data-testid="link-notice">
      <p>{what} Mail is on its way; if it does not arrive, pass this one-time link on yourself:</p>
      <code className="team-link-text" data-testid="link-text">
        {link}
      </code>
      <div className="team-form-actions">
        <CopyButton text={link} testId="copy-link" />
        <button type="button" className="button button-small button-ghost" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}
