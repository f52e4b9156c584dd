import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { errorMessage, isApiError } from '../../api.ts';
import { LiveIndicator } from '../../live/live-indicator.tsx';
import { useLiveUpdates } from '../../live/use-live-updates.ts';
import { mayRunRefinement, mayTakePart } from '../../permissions.ts';
import { useProduct } from '../../products/use-product.ts';
import { useMe } from '../../session/use-me.ts';
import { ErrorText } from '../../ui/error-text.tsx';
import { PokerPanel } from '../poker/poker-panel.tsx';
import { refinementKeys } from '../refinement-api.ts';
import { refinementPath } from '../refinement-paths.ts';
import { AgendaList } from './agenda-list.tsx';
import { SessionHeader } from './session-header.tsx';
import { SessionSummaryCard } from './session-summary.tsx';
import { touchesSession, useSession } from './use-session.ts';

/**
 * One refinement session, live for everyone in it: the agenda with notes and outcomes, quick
 * edits, splits, planning poker, and the outcome once it has ended.
 */
export function SessionPage() {
  const params = useParams();
  const productKey = (params.productKey ?? '').toUpperCase();
  const sessionId = params.sessionId ?? '';
  const queryClient = useQueryClient();
  const session = useSession(sessionId);
  const product = useProduct(productKey);
  const me = useMe();
  const live = useLiveUpdates(productKey, (notice) => {
    if (touchesSession(notice))
      void queryClient.invalidateQueries({ queryKey: refinementKeys.session(sessionId) });
  });

  if (session.isPending) return <p className="muted">Loading the session…</p>;
  if (session.isError) {
    return (
      <section className="empty-state">
        <h1>
          {isApiError(session.error, 404) ? 'This session was not found' : 'Could not load the session'}
        </h1>
        <ErrorText message={errorMessage(session.error)} />
        <Link to={refinementPath(productKey)}>Back to refinement</Link>
      </section>
    );
  }
  const view = session.data;
  const role = product.data?.role;
  const myName = me.data?.name;

  return (
    <article className="session-page" aria-labelledby="session-heading" data-testid="session-page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to={refinementPath(view.productKey)}>Refinement</Link>
        <span aria-hidden="true">/</span>
        <span>Session #{view.number}</span>
        <span className="page-heading-spacer" />
        <LiveIndicator state={live} />
      </nav>
      <SessionHeader view={view} role={role} myName={myName} />
      {view.summary && <SessionSummaryCard summary={view.summary} />}
      {view.state === 'running' && view.poker && (
        <PokerPanel
          sessionId={view.id}
          round={view.poker}
          attendees={view.attendees.length}
          myName={myName}
          canRun={mayRunRefinement(role)}
          canVote={mayTakePart(role)}
        />
      )}
      <AgendaList view={view} role={role} />
    </article>
  );
}
