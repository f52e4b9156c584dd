import { describeHistoryEntry } from '../../client/describe-history.ts';
import { errorMessage } from '../api.ts';
import { formatDateTime, timeAgo } from '../format-time.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { useItemHistory } from './use-item.ts';

/** Everything that happened to the item, newest first, in sentences. */
export function HistoryList({ itemKey }: { itemKey: string }) {
  const history = useItemHistory(itemKey);
  const entries = history.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <section className="item-section" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {history.isError && <ErrorText message={errorMessage(history.error)} />}
      <ol className="history" data-testid="history">
        {entries.map((entry) => (
          <li key={entry.id} className="history-entry" data-testid="history-entry" data-kind={entry.kind}>
            <span className="history-dot" aria-hidden="true" />
            <span className="history-text">{describeHistoryEntry(entry)}</span>
            <time className="muted" dateTime={entry.at} title={formatDateTime(entry.at)}>
              {timeAgo(entry.at)}
            </time>
          </li>
        ))}
      </ol>
      {history.hasNextPage && (
        <button
          type="button"
          className="button button-small"
          onClick={() => void history.fetchNextPage()}
          disabled={history.isFetchingNextPage}
        >
          Show older
        </button>
      )}
    </section>
  );
}
