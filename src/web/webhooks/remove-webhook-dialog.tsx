import type { Webhook } from '../../client/ordo-client.ts';
import { errorMessage } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { DialogActions, ModalDialog } from '../ui/modal-dialog.tsx';
import type { useWebhookChanges } from './use-webhooks.ts';

/** Asks before a webhook goes, with its delivery log. */
export function RemoveWebhookDialog({
  webhook,
  remove,
  onClose,
}: {
  webhook: Webhook;
  remove: ReturnType<typeof useWebhookChanges>['remove'];
  onClose: () => void;
}) {
  return (
    <ModalDialog title="Remove this webhook?" onClose={onClose} testId="webhook-remove-dialog">
      <p>
        Nothing more will be sent to <code className="team-link-text">{webhook.url}</code>, and its delivery
        log goes with it. To pause it instead, turn it off.
      </p>
      <ErrorText message={remove.error ? errorMessage(remove.error) : null} />
      <DialogActions
        onCancel={onClose}
        confirmLabel="Remove"
        busyLabel="Removing…"
        isBusy={remove.isPending}
        tone="danger"
        testId="webhook-remove-confirm"
        onConfirm={() => remove.mutate(webhook.id, { onSuccess: onClose })}
      />
    </ModalDialog>
  );
}
