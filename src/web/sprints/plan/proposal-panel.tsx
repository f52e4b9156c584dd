import { Link } from 'react-router';
import { itemPath } from '../../app.tsx';
import { skipReasonText } from '../refusal-text.ts';
import type { Proposal } from '../sprints-api.ts';

interface ProposalPanelProps {
  proposal: Proposal;
  canPlan: boolean;
  isAdding: boolean;
  onAdd: () => void;
  onDismiss: () => void;
}

/** What "Propose" found: the ready items that fit, and the ones passed over with why. */
export function ProposalPanel({ proposal, canPlan, isAdding, onAdd, onDismiss }: ProposalPanelProps) {
  const count = proposal.proposed.length;
  return (
    <div className="proposal" data-testid="proposal">
      <p className="proposal-summary">
        {count === 0 ? (
          <>
            Nothing more fits: no ready, estimated item from the top fits the{' '}
            {proposal.capacity - proposal.alreadyCommitted} points left.
          </>
        ) : (
          <>
            {count} ready {count === 1 ? 'item fits' : 'items fit'} the capacity left:{' '}
            <strong>{proposal.points} points</strong> of{' '}
            {Math.max(0, proposal.capacity - proposal.alreadyCommitted)}.
          </>
        )}
      </p>
      {proposal.skipped.length > 0 && (
        <ul className="proposal-skipped" data-testid="proposal-skipped">
          {proposal.skipped.map((skip) => (
            <li key={skip.key} data-reason={skip.reason}>
              <Link to={itemPath(skip.key)} className="item-key">
                {skip.key}
              </Link>{' '}
              passed over: {skipReasonText[skip.reason]}
            </li>
          ))}
        </ul>
      )}
      <div className="proposal-actions">
        {canPlan && count > 0 && (
          <button
            type="button"
            className="button button-primary button-small"
            onClick={onAdd}
            disabled={isAdding}
            data-testid="add-proposed"
          >
            Add {count === 1 ? 'it' : `these ${count}`}
          </button>
        )}
        <button type="button" className="button button-ghost button-small" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
