import { errorMessage } from '../api.ts';
import { formatDateTime, timeAgo } from '../format-time.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { useToast } from '../ui/toasts.tsx';
import { counted, restoredSentence } from './signal-words.ts';
import { useStaleRuns, useUndoStaleRun } from './use-custodian.ts';

interface StaleRunsProps {
  productKey: string;
  canArchive: boolean;
  /** The run just made, shown above with its own undo. */
  hidden: string | null;
}

/** Earlier runs of the stale rule that archived something, each with its undo while it stands. */
export function StaleRuns({ productKey, canArchive, hidden }: StaleRunsProps) {
  const toast = useToast();
  const runs = useStaleRuns(productKey);
  const undo = useUndoStaleRun(productKey);
  const shown = (runs.data?.data ?? []).filter((run) => run.id !== hidden && run.archived.length > 0);
  if (shown.length === 0) return null;
  return (
    <div className="stale-runs" data-testid="stale-runs">
      <h3 className="stale-runs-heading">Earlier runs</h3>
      <ul className="stale-runs-list">
        {shown.map((run) => (
          <li key={run.id} className="stale-run" data-testid="stale-run">
            <span>
              <time dateTime={run.runAt} title={formatDateTime(run.runAt)}>
                {timeAgo(run.runAt)}
              </time>
              {run.by ? ` ${run.by}` : ' The rule'} archived {counted(run.archived.length, 'item')}:{' '}
              {run.archived.join(', ')}.
            </span>
            {run.undoneAt ? (
              <span className="muted">Undone {timeAgo(run.undoneAt)}.</span>
            ) : (
              canArchive && (
                <button
                  type="button"
                  className="button button-small"
                  disabled={undo.isPending}
                  onClick={() =>
                    undo.mutate(run.id, {
                      onSuccess: (undone) => toast(restoredSentence(undone.restored.length)),
                    })
                  }
                  data-testid="stale-run-undo"
                >
                  Undo
                </button>
              )
            )}
          </li>
        ))}
      </ul>
      <ErrorText message={undo.isError ? errorMessage(undo.error) : null} />
    </div>
  );
}
