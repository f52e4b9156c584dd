import { useState } from 'react';
import type { ItemDetail } from '../../client/ordo-client.ts';
import { formatDateTime, timeAgo } from '../format-time.ts';

/** How many requesters show before "Show all". */
const shownAtFirst = 3;

/** Who asked for this item; their number is its demand. */
export function RequestersList({ requesters }: { requesters: ItemDetail['requesters'] }) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? requesters : requesters.slice(0, shownAtFirst);
  return (
    <section className="item-section side-section" aria-labelledby="requesters-heading">
      <h2 id="requesters-heading">
        Requesters <span className="muted count">{requesters.length}</span>
      </h2>
      {requesters.length === 0 ? (
        <p className="muted empty-field">No one has asked for this yet.</p>
      ) : (
        <ul className="people-list" data-testid="requesters">
          {shown.map((requester) => (
            <li key={`${requester.name}-${requester.createdAt}`}>
              <span>{requester.name}</span>
              <span className="muted">
                {requester.email && ` · ${requester.email}`} ·{' '}
                <time dateTime={requester.createdAt} title={formatDateTime(requester.createdAt)}>
                  {timeAgo(requester.createdAt)}
                </time>
              </span>
            </li>
          ))}
        </ul>
      )}
      {requesters.length > shownAtFirst && (
        <button
          type="button"
          className="button button-ghost button-small"
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? 'Show fewer' : `Show all ${requesters.length}`}
        </button>
      )}
    </section>
  );
}
