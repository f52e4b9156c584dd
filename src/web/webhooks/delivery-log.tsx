import { errorMessage } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { DeliveryEntry } from './delivery-entry.tsx';
import { useDeliveries, useDeliveryActions } from './use-webhooks.ts';

/** A webhook's deliveries, newest first (kept 30 days), with a test event and redelivery. */
export function DeliveryLog({ webhookId }: { webhookId: string }) {
  const log = useDeliveries(webhookId);
  const { test, redeliver } = useDeliveryActions(webhookId);
  const deliveries = log.data?.pages.flatMap((page) => page.data) ?? [];
  const hasFailed = deliveries.some((delivery) => delivery.state === 'failed');
  const actionError = test.error ?? redeliver.error;
  return (
    <section className="webhook-log" aria-label="Delivery log" data-testid="webhook-log">
      <div className="team-form-actions">
        <h3>Delivery log</h3>
        <button
          type="button"
          className="button button-small"
          disabled={test.isPending}
          onClick={() => test.mutate()}
          data-testid="webhook-test"
        >
          Send a test event
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={!hasFailed || redeliver.isPending}
          onClick={() => redeliver.mutate(undefined)}
          data-testid="webhook-redeliver-failed"
        >
          Redeliver all failed
        </button>
        <button
          type="button"
          className="button button-small button-ghost"
          disabled={log.isFetching}
          onClick={() => void log.refetch()}
          data-testid="webhook-log-refresh"
        >
          Refresh
        </button>
      </div>
      <ErrorText message={actionError ? errorMessage(actionError) : null} />
      {log.isPending && <p className="muted">Loading the deliveries…</p>}
      {log.isError && <ErrorText message={errorMessage(log.error)} />}
      {log.data && deliveries.length === 0 && (
        <p className="muted" data-testid="webhook-log-empty">
          Nothing sent yet. Send a test event to try the receiver.
        </p>
      )}
      <ul className="webhook-deliveries">
        {deliveries.map((delivery) => (
          <DeliveryEntry
            key={delivery.id}
            delivery={delivery}
            isRedelivering={redeliver.isPending}
            onRedeliver={() => redeliver.mutate(delivery.id)}
          />
        ))}
      </ul>
      {log.hasNextPage && (
        <button
          type="button"
          className="button button-small"
          disabled={log.isFetchingNextPage}
          onClick={() => void log.fetchNextPage()}
        >
          Older deliveries
        </button>
      )}
    </section>
  );
}
