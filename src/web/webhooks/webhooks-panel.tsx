import { useState } from 'react';
import type { WebhookWithSecret } from '../../client/ordo-client.ts';
import { limits } from '../../domain/item.ts';
import { errorMessage } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { SecretNotice } from './secret-notice.tsx';
import { useWebhookChanges, useWebhooks } from './use-webhooks.ts';
import { WebhookCard } from './webhook-card.tsx';
import { newWebhookValues, WebhookForm } from './webhook-form.tsx';
import './webhooks.css';

/**
 * The webhooks of a product (`productKey`) or of the whole workspace: where Ordo sends its
 * changes, signed by the Standard Webhooks specification; add, change, test and follow them.
 */
export function WebhooksPanel({ productKey }: { productKey?: string }) {
  const webhooks = useWebhooks(productKey);
  const { create } = useWebhookChanges(productKey);
  const [isAdding, setAdding] = useState(false);
  const [secret, setSecret] = useState<WebhookWithSecret | null>(null);
  const list = webhooks.data?.data ?? [];
  const isFull = list.length >= limits.webhooksPerScope;
  return (
    <div className="team-panel" data-testid="webhooks">
      <p className="muted">
        Ordo sends {productKey ? 'the product’s' : 'the workspace’s'} changes to these addresses as they
        happen, signed by the Standard Webhooks specification (headers <code>webhook-id</code>,{' '}
        <code>webhook-timestamp</code>, <code>webhook-signature</code>). A receiver that answers 410 Gone, or
        still fails after the last retry (about three days), is turned off and you are told.
      </p>
      {secret && <SecretNotice webhook={secret} onDone={() => setSecret(null)} />}
      {isAdding ? (
        <WebhookForm
          initial={newWebhookValues}
          withWorkspaceKinds={!productKey}
          submitLabel="Add webhook"
          isBusy={create.isPending}
          error={create.error}
          onSubmit={(values) =>
            create.mutate(values, {
              onSuccess: (made) => {
                setSecret(made);
                setAdding(false);
              },
            })
          }
          onCancel={() => {
            create.reset();
            setAdding(false);
          }}
          testId="webhook-add"
        />
      ) : (
        <div className="team-form-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={isFull}
            onClick={() => setAdding(true)}
            data-testid="webhook-add-open"
          >
            Add a webhook
          </button>
          {isFull && <span className="muted">At most {limits.webhooksPerScope} here: remove one first.</span>}
        </div>
      )}
      {webhooks.isPending && <p className="muted">Loading the webhooks…</p>}
      {webhooks.isError && <ErrorText message={errorMessage(webhooks.error)} />}
      {webhooks.data && list.length === 0 && !isAdding && (
        <p className="muted" data-testid="webhooks-empty">
          No webhooks yet.
        </p>
      )}
      <ul className="webhook-list">
        {list.map((webhook) => (
          <WebhookCard key={webhook.id} webhook={webhook} productKey={productKey} onSecret={setSecret} />
        ))}
      </ul>
    </div>
  );
}
