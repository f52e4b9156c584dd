import { Link } from 'react-router';
import { formatDateTime } from '../format-time.ts';
import type { RefinementSession } from './refinement-api.ts';
import { sessionPath } from './refinement-paths.ts';
import { sessionStateLabels } from './session/session-header.tsx';
import { summarySentence } from './session/session-summary-text.ts';

interface SessionHistoryProps {
  productKey: string;
  sessions: readonly RefinementSession[];
}

/** Every session of the product, newest first, each with its outcome. */
export function SessionHistory({ productKey, sessions }: SessionHistoryProps) {
  return (
    <section className="session-history" aria-labelledby="history-heading">
      <div className="section-heading">
        <h2 id="history-heading">Sessions</h2>
        <span className="muted count">{sessions.length}</span>
      </div>
      {sessions.length === 0 ? (
        <p className="muted list-placeholder">No refinement session yet.</p>
      ) : (
        <ol className="session-list" data-testid="session-list">
          {sessions.map((session) => (
            <li key={session.id} className="session-row" data-testid="session-row" data-state={session.state}>
              <Link to={sessionPath(productKey, session.id)} className="session-row-title">
                Refinement #{session.number}
              </Link>
              <time className="muted" dateTime={session.scheduledFor}>
                {formatDateTime(session.scheduledFor)}
              </time>
              <span className={`state-chip state-${session.state}`}>{sessionStateLabels[session.state]}</span>
              <span className="session-row-summary">
                {session.summary ? `${summarySentence(session.summary)}.` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
