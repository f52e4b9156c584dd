import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../api.ts';
import { formatDateTime } from '../format-time.ts';
import { LiveIndicator } from '../live/live-indicator.tsx';
import { useLiveUpdates } from '../live/use-live-updates.ts';
import { mayChangeSettings, mayRunRefinement } from '../permissions.ts';
import { useProduct } from '../products/use-product.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { PrepareSession } from './prepare-session.tsx';
import { refinementKeys } from './refinement-api.ts';
import { refinementSettingsPath, sessionPath } from './refinement-paths.ts';
import { SessionHistory } from './session-history.tsx';
import { useSessions } from './use-sessions.ts';

const cadenceWords = { 7: 'Every week', 14: 'Every two weeks' } as const;

/** Refinement for one product: the next session, preparing one, and the sessions so far. */
export function RefinementPage() {
  const productKey = (useParams().productKey ?? '').toUpperCase();
  const queryClient = useQueryClient();
  const product = useProduct(productKey);
  const sessions = useSessions(productKey);
  const live = useLiveUpdates(productKey, (notice) => {
    if (notice.kind?.startsWith('refinement.'))
      void queryClient.invalidateQueries({ queryKey: refinementKeys.sessions(productKey) });
  });

  if (product.isError) return <ErrorText message={errorMessage(product.error)} />;
  const role = product.data?.role;
  const list = sessions.data?.data ?? [];
  // The session to go to: one under way, else the soonest planned.
  const current =
    list.find((session) => session.state === 'running') ??
    list
      .filter((session) => session.state === 'planned')
      .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor))[0];

  return (
    <section className="refinement-page" aria-labelledby="refinement-heading">
      <div className="page-heading">
        <h1 id="refinement-heading">Refinement</h1>
        <span className="page-heading-spacer" />
        {mayChangeSettings(role) && (
          <Link
            to={refinementSettingsPath(productKey)}
            className="button button-ghost"
            data-testid="refinement-settings-link"
          >
            Settings
          </Link>
        )}
        <LiveIndicator state={live} />
      </div>
      <div className="refinement-overview">
        <div className="card next-session" data-testid="next-session">
          <h2 className="card-title">Next session</h2>
          {current ? (
            <p className="next-session-line">
              <Link to={sessionPath(productKey, current.id)} data-testid="current-session-link">
                Refinement #{current.number}
              </Link>{' '}
              {current.state === 'running' ? (
                <strong className="state-chip state-running">Running now</strong>
              ) : (
                <time dateTime={current.scheduledFor}>{formatDateTime(current.scheduledFor)}</time>
              )}
            </p>
          ) : (
            <p className="next-session-line">
              {product.data?.nextRefinementAt ? (
                <time dateTime={product.data.nextRefinementAt}>
                  {formatDateTime(product.data.nextRefinementAt)}
                </time>
              ) : (
                <span className="muted">Not scheduled</span>
              )}
            </p>
          )}
          {product.data && (
            <p className="muted">
              {cadenceWords[product.data.refinementCadenceDays]}
              {product.data.velocityPoints !== null &&
                ` · velocity ${product.data.velocityPoints} points a sprint`}
            </p>
          )}
        </div>
        {mayRunRefinement(role) && product.data && (
          <div className="card">
            <h2 className="card-title">Prepare a session</h2>
            <PrepareSession productKey={productKey} nextAt={product.data.nextRefinementAt} />
          </div>
        )}
      </div>
      {sessions.isError && <ErrorText message={errorMessage(sessions.error)} />}
      {sessions.isPending ? (
        <p className="muted list-placeholder">Loading the sessions…</p>
      ) : (
        <SessionHistory productKey={productKey} sessions={list} />
      )}
    </section>
  );
}
