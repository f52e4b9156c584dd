import { useState } from 'react';
import type { Webhook, WebhookWithSecret } from '../../client/ordo-client.ts';
import type { EventKind } from '../../domain/event-kinds.ts';
import { errorMessage } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { DeliveryLog } from './delivery-log.tsx';
import { RemoveWebhookDialog } from './remove-webhook-dialog.tsx';
import { useWebhookChanges } from './use-webhooks.ts';
import { WebhookForm } from './webhook-form.tsx';

/** One webhook: what it sends where, its controls, and (opened) its delivery log. */
export function WebhookCard({
  webhook,
  productKey,
  onSecret,
}: {
  webhook: Webhook;
  /** The page's product; none on the workspace's page. */
  productKey: string | undefined;
  onSecret: (webhook: WebhookWithSecret) => void;
}) {
  const [isEditing, setEditing] = useState(false);
  const [isLogOpen, setLogOpen] = useState(false);
  const [isRemoving, setRemoving] = useState(false);
  const { update, rotate, remove } = useWebhookChanges(productKey);
  const logId = `webhook-log-${webhook.id}`;
  const toggle = () => update.mutate({ id: webhook.id, change: { isEnabled: !webhook.isEnabled } });
  return (
    <li className="team-card webhook-card" data-testid="webhook" data-url={webhook.url}>
      <div className="webhook-card-heading">
        <code className="team-link-text" data-testid="webhook-address">
          {webhook.url}
        </code>
        <span
          className={`status-pill ${webhook.isEnabled ? 'webhook-on' : 'status-pill-muted'}`}
          data-testid="webhook-on-off"
        >
          {webhook.isEnabled ? 'On' : 'Off'}
        </span>
      </div>
      {webhook.description && <p>{webhook.description}</p>}
      <p className="muted team-note" data-testid="webhook-kinds">
        {webhook.kinds ? `Sends ${webhook.kinds.join(', ')}` : 'Sends every kind of event'}
      </p>
      {webhook.disabledReason && !webhook.isEnabled && (
        <p className="notice" data-testid="webhook-disabled-reason">
          Ordo turned it off: {webhook.disabledReason}
        </p>
      )}
      {isEditing ? (
        <WebhookForm
          initial={{
            url: webhook.url,
            kinds: webhook.kinds as EventKind[] | null,
            description: webhook.description,
            isEnabled: webhook.isEnabled,
          }}
          withWorkspaceKinds={webhook.product === null}
          submitLabel="Save"
          isBusy={update.isPending}
          error={update.error}
          onSubmit={(values) =>
            update.mutate({ id: webhook.id, change: values }, { onSuccess: () => setEditing(false) })
          }
          onCancel={() => setEditing(false)}
          testId="webhook-edit"
        />
      ) : (
        <div className="team-form-actions">
          <button type="button" className="button button-small" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={update.isPending}
            onClick={toggle}
            data-testid="webhook-toggle"
          >
            {webhook.isEnabled ? 'Turn off' : 'Turn on'}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={rotate.isPending}
            onClick={() => rotate.mutate(webhook.id, { onSuccess: onSecret })}
            data-testid="webhook-rotate"
          >
            Rotate secret
          </button>
          <button
            type="button"
            className="button button-small button-danger"
            onClick={() => setRemoving(true)}
            data-testid="webhook-remove"
          >
            Remove
          </button>
          <button
            type="button"
            className="button button-small button-ghost"
            aria-expanded={isLogOpen}
            aria-controls={logId}
            onClick={() => setLogOpen((open) => !open)}
            data-testid="webhook-log-toggle"
          >
            {isLogOpen ? 'Hide deliveries' : 'Deliveries'}
          </button>
        </div>
      )}
      {!isEditing && <ErrorText message={update.error ? errorMessage(update.error) : null} />}
      <div id={logId}>{isLogOpen && <DeliveryLog webhookId={webhook.id} />}</div>
      {isRemoving && (
        <RemoveWebhookDialog webhook={webhook} remove={remove} onClose={() => setRemoving(false)} />
      )}
    </li>
  );
}
