import type { WebhookWithSecret } from '../../client/ordo-client.ts';
import { formatDateTime } from '../format-time.ts';
import { OneTimeSecret } from '../ui/one-time-secret.tsx';

/** A webhook's signing secret, just made or rotated: shown this once, to copy into the receiver. */
export function SecretNotice({ webhook, onDone }: { webhook: WebhookWithSecret; onDone: () => void }) {
  const overlapUntil = webhook.previousSecretUntil;
  return (
    <OneTimeSecret
      secret={webhook.secret}
      copyLabel="Copy secret"
      doneLabel="Done, I have copied it"
      onDone={onDone}
      testIds={{ box: 'webhook-secret', text: 'webhook-secret-text', copy: 'webhook-secret-copy' }}
    >
      {overlapUntil ? 'The new signing secret' : 'The signing secret'} of <strong>{webhook.url}</strong>. Copy
      it into the receiver now: it will not be shown again.
      {overlapUntil &&
        ` Until ${formatDateTime(overlapUntil)} deliveries are signed with the old secret too, so the receiver can switch.`}
    </OneTimeSecret>
  );
}
