import { Link } from 'react-router';
import type { CustodianView } from '../../client/ordo-client.ts';
import { requestPath, triagePath } from '../app.tsx';
import { counted, signalTitles, triageSentence } from './signal-words.ts';

/** The requests waiting for a decision, oldest first, and the way to the triage inbox. */
export function TriageSection({
  productKey,
  untriaged,
}: {
  productKey: string;
  untriaged: CustodianView['untriaged'];
}) {
  return (
    <section
      className="card signal-section"
      aria-labelledby="signal-untriaged-heading"
      data-testid="signal-untriaged"
      data-count={untriaged.count}
    >
      <div className="signal-heading">
        <h2 id="signal-untriaged-heading" className="card-title">
          {signalTitles.untriaged}
        </h2>
        <span className="signal-count" data-testid="signal-count">
          {untriaged.count}
        </span>
        <span className="page-heading-spacer" />
        <Link
          to={triagePath(productKey)}
          className="button button-small button-primary"
          data-testid="open-triage"
        >
          Open the triage inbox
        </Link>
      </div>
      <p className="muted signal-sentence" data-testid="triage-sentence">
        {triageSentence(untriaged.count, untriaged.oldestDays)}
      </p>
      <ul className="signal-rows" aria-label={signalTitles.untriaged}>
        {untriaged.requests.map((request) => (
          <li key={request.key} className="signal-row is-request" data-testid="request-row">
            <Link to={requestPath(request.key)} className="item-key">
              {request.key}
            </Link>
            <Link to={requestPath(request.key)} className="signal-row-title">
              {request.title}
            </Link>
            <span className={`request-age${request.ageDays > 2 ? ' is-overdue' : ''}`}>
              {request.ageDays === 0 ? 'today' : `${counted(request.ageDays, 'day')} waiting`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
