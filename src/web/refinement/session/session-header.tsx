import { useState } from 'react';
import type { Role } from '../../../domain/permissions.ts';
import { client } from '../../api.ts';
import { formatDateTime } from '../../format-time.ts';
import { mayRunRefinement, mayTakePart } from '../../permissions.ts';
import { DialogActions, ModalDialog } from '../../ui/modal-dialog.tsx';
import type { SessionView } from '../refinement-api.ts';
import { useSessionAction } from './use-session.ts';

export const sessionStateLabels: Record<SessionView['state'], string> = {
  planned: 'Planned',
  running: 'Running',
  ended: 'Ended',
};

interface SessionHeaderProps {
  view: SessionView;
  role: Role | undefined;
  myName: string | undefined;
}

/** The session's number, date and state, who is in it, and Start / Join / End. */
export function SessionHeader({ view, role, myName }: SessionHeaderProps) {
  const start = useSessionAction(view.id, () => client.startSession(view.id));
  const join = useSessionAction(view.id, () => client.joinSession(view.id));
  const end = useSessionAction(view.id, () => client.endSession(view.id));
  const isAttending = view.attendees.some((attendee) => attendee.name === myName);
  const canRun = mayRunRefinement(role);
  const isBusy = start.isPending || join.isPending || end.isPending;
  const [isEnding, setIsEnding] = useState(false);
  return (
    <div className="session-header">
      <div className="page-heading session-heading">
        <h1 id="session-heading">Refinement #{view.number}</h1>
        <span className={`state-chip state-${view.state}`} data-testid="session-state">
          {sessionStateLabels[view.state]}
        </span>
        <span className="muted">
          <time dateTime={view.scheduledFor}>{formatDateTime(view.scheduledFor)}</time>
        </span>
        <span className="page-heading-spacer" />
        {view.state === 'planned' && canRun && (
          <button
            type="button"
            className="button button-primary"
            disabled={isBusy}
            onClick={() => start.mutate(undefined)}
            data-testid="session-start"
          >
            Start the session
          </button>
        )}
        {view.state === 'running' && mayTakePart(role) && !isAttending && (
          <button
            type="button"
            className="button button-primary"
            disabled={isBusy}
            onClick={() => join.mutate(undefined)}
            data-testid="session-join"
          >
            Join
          </button>
        )}
        {view.state === 'running' && canRun && (
          <button
            type="button"
            className="button"
            disabled={isBusy}
            onClick={() => setIsEnding(true)}
            data-testid="session-end"
          >
            End the session
          </button>
        )}
      </div>
      {isEnding && (
        <ModalDialog title={`End refinement #${view.number}?`} onClose={() => setIsEnding(false)}>
          <p>Its outcome is recorded, an open poker round is closed, and the agenda can no longer change.</p>
          <DialogActions
            onCancel={() => setIsEnding(false)}
            cancelLabel="Keep going"
            confirmLabel="End the session"
            isBusy={end.isPending}
            onConfirm={() => end.mutate(undefined, { onSettled: () => setIsEnding(false) })}
            testId="session-end-confirm"
          />
        </ModalDialog>
      )}
      {view.state !== 'planned' && (
        <p className="attendees" data-testid="attendees">
          <span className="field-label">In the session</span>{' '}
          {view.attendees.length === 0 ? (
            <span className="muted">No one yet.</span>
          ) : (
            view.attendees.map((attendee) => (
              <span key={attendee.name} className="attendee" data-testid="attendee">
                {attendee.name}
                {attendee.name === myName && ' (you)'}
              </span>
            ))
          )}
        </p>
      )}
    </div>
  );
}
