import { Link, NavLink } from 'react-router';
import type { Role } from '../../domain/permissions.ts';
import { intakePath, triagePath } from '../app.tsx';
import { mayRequest, mayTriage } from '../permissions.ts';
import { useTriageInbox } from '../triage/use-triage-inbox.ts';

/** "Triage" with the number of waiting requests (for triagers), and "Ask for something" (for askers). */
export function RequestLinks({ productKey, role }: { productKey: string; role: Role | undefined }) {
  const canTriage = mayTriage(role);
  const inbox = useTriageInbox(productKey, canTriage);
  const waiting = inbox.data ? `${inbox.data.data.length}${inbox.data.next ? '+' : ''}` : null;
  return (
    <>
      {canTriage && (
        <NavLink
          to={triagePath(productKey)}
          className="header-link"
          aria-label={waiting ? `Triage, ${waiting} waiting` : 'Triage'}
          data-testid="triage-link"
        >
          Triage
          {waiting && waiting !== '0' && (
            <span className="header-count" data-testid="triage-link-count">
              {waiting}
            </span>
          )}
        </NavLink>
      )}
      {mayRequest(role) && (
        <Link to={intakePath(productKey)} className="button button-small header-ask" data-testid="ask-link">
          Ask<span className="header-ask-more"> for something</span>
        </Link>
      )}
    </>
  );
}
