import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { ItemSummary } from '../../../client/ordo-client.ts';
import { client } from '../../api.ts';
import { ErrorText } from '../../ui/error-text.tsx';
import { DialogActions, ModalDialog } from '../../ui/modal-dialog.tsx';
import { itemCount, pointsOf } from '../capacity.ts';
import { refusalText } from '../refusal-text.ts';
import type { Sprint, Unfinished } from '../sprints-api.ts';

interface CloseSprintDialogProps {
  sprint: Sprint;
  cards: ItemSummary[];
  /** The product's sprints: the planned ones can take what is unfinished. */
  sprints: Sprint[];
  onCancel: () => void;
  onClosed: (sprint: Sprint) => void;
}

type Destination = 'top' | 'where_it_was' | 'sprint';

/** Closing a sprint: what it delivered against what it committed, and where the rest goes. */
export function CloseSprintDialog({ sprint, cards, sprints, onCancel, onClosed }: CloseSprintDialogProps) {
  const planned = sprints.filter((other) => other.state === 'planned' && other.id !== sprint.id);
  const [destination, setDestination] = useState<Destination>('top');
  const [nextSprintId, setNextSprintId] = useState(planned[0]?.id ?? '');
  const close = useMutation({
    mutationFn: (unfinished: Unfinished) => client.closeSprint(sprint.id, unfinished),
    onSuccess: onClosed,
  });
  const done = cards.filter((card) => card.status === 'done');
  const unfinished = cards.filter((card) => card.status !== 'done');
  const committed = pointsOf(cards).points;
  const delivered = pointsOf(done).points;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    close.mutate(
      destination === 'sprint'
        ? { to: 'sprint', sprintId: nextSprintId }
        : { to: 'backlog', place: destination },
    );
  };
  return (
    <ModalDialog title={`Close ${sprint.name}`} onClose={onCancel} testId="close-dialog">
      <form onSubmit={submit}>
        <dl className="summary-figures" data-testid="close-preview">
          <div>
            <dt>Committed</dt>
            <dd>
              {itemCount(cards.length)} · {committed} pts
            </dd>
          </div>
          <div>
            <dt>Done</dt>
            <dd>
              {itemCount(done.length)} · {delivered} pts
            </dd>
          </div>
          <div>
            <dt>Unfinished</dt>
            <dd>{itemCount(unfinished.length)}</dd>
          </div>
        </dl>
        {unfinished.length > 0 ? (
          <fieldset className="close-destination">
            <legend>Where the unfinished items go</legend>
            <label className="radio-line">
              <input
                type="radio"
                name="destination"
                checked={destination === 'top'}
                onChange={() => setDestination('top')}
                data-testid="unfinished-top"
              />
              <span>Top of the product backlog</span>
            </label>
            <label className="radio-line">
              <input
                type="radio"
                name="destination"
                checked={destination === 'where_it_was'}
                onChange={() => setDestination('where_it_was')}
                data-testid="unfinished-where-it-was"
              />
              <span>Back where they were in the order</span>
            </label>
            <label className="radio-line">
              <input
                type="radio"
                name="destination"
                checked={destination === 'sprint'}
                disabled={planned.length === 0}
                onChange={() => setDestination('sprint')}
                data-testid="unfinished-sprint"
              />
              <span>Into another planned sprint</span>
              {planned.length === 0 ? (
                <span className="muted">(none is planned)</span>
              ) : (
                <select
                  value={nextSprintId}
                  onChange={(event) => {
                    setNextSprintId(event.target.value);
                    setDestination('sprint');
                  }}
                  aria-label="Sprint to carry them into"
                  data-testid="unfinished-sprint-select"
                >
                  {planned.map((other) => (
                    <option key={other.id} value={other.id}>
                      {other.name}
                    </option>
                  ))}
                </select>
              )}
            </label>
          </fieldset>
        ) : (
          <p className="muted">Everything committed is done.</p>
        )}
        <ErrorText message={close.error ? refusalText(close.error) : null} />
        <DialogActions
          onCancel={onCancel}
          confirmLabel="Close sprint"
          busyLabel="Closing…"
          isBusy={close.isPending}
          testId="close-confirm"
        />
      </form>
    </ModalDialog>
  );
}
