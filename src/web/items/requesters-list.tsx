import type { ItemDetail } from '../../client/ordo-client.ts';
import { formatDateTime, timeAgo } from '../format-time.ts';

/** Who asked for this item; their number is its demand. */
export function RequestersList({ requesters }: { requesters: ItemDetail['requesters'] }) {
  return (
    <section className="item-section side-section" aria-labelledby="requesters-heading">
      <h2 id="requesters-heading">
        Requesters <span className="muted count">{requesters.length}</span>
      </h2>
      {requesters.length === 0 ? (
        <p className="muted empty-field">No one has asked for this yet.</p>
      ) : (
        <ul className="people-list">
          {requesters.map((requester) => (
            <li key={`${requester.name}-${requester.createdAt}`}>
              <span>{requester.name}</span>
              {requester.email && <span className="muted"> · {requester.email}</span>}
              <time className="muted" dateTime={requester.createdAt} title={formatDateTime(requester.createdAt)}>
                {' '}
                · {timeAgo(requester.createdAt)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
