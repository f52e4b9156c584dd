import type { WebhookDelivery } from '../../client/ordo-client.ts';
import { formatDateTime } from '../format-time.ts';
import { TimeAgo } from '../ui/time-ago.tsx';

type Attempt = WebhookDelivery['attemptLog'][number];

const stateWords: Record<WebhookDelivery['state'], string> = {
  pending: 'On its way',
  delivered: 'Delivered',
  failed: 'Failed',
};

/** The body as sent, indented when it is JSON (it always is, but it is shown as received). */
function readable(body: string) {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

function lastOutcome(delivery: WebhookDelivery) {
  if (delivery.lastStatus !== null) return `HTTP ${delivery.lastStatus}`;
  if (delivery.lastError) return delivery.lastError;
  return delivery.state === 'pending' ? 'not tried yet' : '';
}

/** One delivery in the log: a line, and (opened) the request and every attempt. */
export function DeliveryEntry({
  delivery,
  onRedeliver,
  isRedelivering,
}: {
  delivery: WebhookDelivery;
  onRedeliver: () => void;
  isRedelivering: boolean;
}) {
  return (
    <li className="webhook-delivery" data-testid="webhook-delivery" data-kind={delivery.kind}>
      <details>
        <summary>
          <code>{delivery.kind}</code>
          <span
            className={`status-pill webhook-state-${delivery.state}`}
            data-testid="webhook-delivery-state"
          >
            {stateWords[delivery.state]}
          </span>
          <span className="muted">
            {delivery.attempts === 1 ? '1 attempt' : `${delivery.attempts} attempts`}
            {lastOutcome(delivery) && ` · ${lastOutcome(delivery)}`}
          </span>
          <TimeAgo at={delivery.createdAt} className="muted" />
        </summary>
        <div className="webhook-delivery-details">
          {delivery.nextAttemptAt && delivery.state === 'pending' && (
            <p className="muted">Next attempt {formatDateTime(delivery.nextAttemptAt)}</p>
          )}
          <h4>Body sent</h4>
          {delivery.payload ? (
            <pre className="webhook-code" data-testid="webhook-delivery-body">
              {readable(delivery.payload)}
            </pre>
          ) : (
            <p className="muted">Not sent yet.</p>
          )}
          {delivery.attemptLog.length > 0 && (
            <>
              <h4>Attempts</h4>
              <ol className="webhook-attempts">
                {delivery.attemptLog.map((attempt) => (
                  <AttemptEntry key={attempt.attempt} attempt={attempt} />
                ))}
              </ol>
            </>
          )}
          {delivery.state !== 'pending' && (
            <div className="team-form-actions">
              <button
                type="button"
                className="button button-small"
                disabled={isRedelivering}
                onClick={onRedeliver}
                data-testid="webhook-redeliver"
              >
                Redeliver
              </button>
            </div>
          )}
        </div>
      </details>
    </li>
  );
}

function AttemptEntry({ attempt }: { attempt: Attempt }) {
  return (
    <li data-testid="webhook-attempt">
      <p>
        Attempt {attempt.attempt}, {formatDateTime(attempt.startedAt)}:{' '}
        <strong>{attempt.responseStatus !== null ? `HTTP ${attempt.responseStatus}` : 'no answer'}</strong>
        {attempt.error && ` (${attempt.error})`} in {attempt.durationMs} ms
      </p>
      {attempt.responseBody && (
        <>
          <p className="muted">The start of the answer:</p>
          <pre className="webhook-code">{attempt.responseBody}</pre>
        </>
      )}
      <details>
        <summary>Request headers</summary>
        <dl className="webhook-headers">
          {Object.entries(attempt.requestHeaders).map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </details>
    </li>
  );
}
