import type { ReactNode } from 'react';
import type { RequestStatus } from '../../client/ordo-client.ts';
import { formatDateTime, timeAgo } from '../format-time.ts';
import { MessageList } from '../ui/message-list.tsx';
import { RequestStateBadge } from '../ui/request-state-badge.tsx';
import { StatusLabel } from '../ui/status-label.tsx';
import { separateDecisionNote, whatHappensNext } from './status-wording.ts';

/**
 * A request as its requester sees it: their words, where it stands, what the team said, and
 * after triage the backlog item's title and status. Nothing else of the product.
 */
export function StatusView({ status, answer }: { status: RequestStatus; answer?: ReactNode }) {
  const reason = separateDecisionNote(status);
  return (
    <article className="status-view" aria-labelledby="status-title" data-testid="status-view">
      <div className="status-state">
        <RequestStateBadge state={status.state} />
        <span className="muted">
          {status.key} · sent{' '}
          <time dateTime={status.submittedAt} title={formatDateTime(status.submittedAt)}>
            {timeAgo(status.submittedAt)}
          </time>
        </span>
      </div>
      <h1 id="status-title" data-testid="status-title">
        {status.title}
      </h1>
      {status.problem && (
        <p className="status-words" data-testid="status-problem">
          {status.problem}
        </p>
      )}
      <p className="status-next" data-testid="status-next">
        {whatHappensNext[status.state]}
      </p>
      {status.item && (
        <section className="status-item" aria-label="In the backlog" data-testid="status-item">
          <span className="field-label">In the backlog as</span>
          <strong data-testid="status-item-title">{status.item.title}</strong>
          <StatusLabel status={status.item.status} />
        </section>
      )}
      {reason && (
        <section className="status-reason" aria-label="The team’s reason" data-testid="status-reason">
          <span className="field-label">The team’s reason</span>
          <p>{reason}</p>
        </section>
      )}
      {status.messages.length > 0 && (
        <section className="status-conversation" aria-labelledby="conversation-heading">
          <h2 id="conversation-heading" className="field-label">
            Messages
          </h2>
          <MessageList
            messages={status.messages}
            speaker={(from) => (from === 'team' ? 'The product team' : 'You')}
            testId="status-message"
          />
        </section>
      )}
      {answer}
    </article>
  );
}
