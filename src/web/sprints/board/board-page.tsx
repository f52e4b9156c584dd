import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { client, errorMessage } from '../../api.ts';
import { LiveIndicator } from '../../live/live-indicator.tsx';
import { useLiveUpdates } from '../../live/use-live-updates.ts';
import { mayMoveCards, mayPlanSprints } from '../../permissions.ts';
import { useProduct } from '../../products/use-product.ts';
import { ErrorText } from '../../ui/error-text.tsx';
import { useToast } from '../../ui/toasts.tsx';
import { type Columns, columnOf, columnsOf } from '../board-moves.ts';
import { pointsOf } from '../capacity.ts';
import { CapacityBar } from '../capacity-bar.tsx';
import { refusalText } from '../refusal-text.ts';
import { SprintHeading } from '../sprint-heading.tsx';
import { releaseNotesPath, sprintPlanPath, sprintsPath } from '../sprint-paths.ts';
import type { CardMove } from '../sprints-api.ts';
import { touchesSprints, useBoard, useRefreshSprints, useSprints } from '../use-sprints.ts';
import { CloseSprintDialog } from './close-sprint-dialog.tsx';
import { HoldReasonDialog } from './hold-reason-dialog.tsx';
import { SprintBoard } from './sprint-board.tsx';
import { SprintSummaryCard } from './sprint-summary.tsx';
import { useMoveCard } from './use-move-card.ts';

/** A sprint's board: its goal and dates, the work by status in the sprint's order, live. */
export function BoardPage() {
  const params = useParams();
  const productKey = (params.productKey ?? '').toUpperCase();
  const sprintId = params.sprintId ?? '';
  const product = useProduct(productKey);
  const board = useBoard(sprintId);
  const sprints = useSprints(productKey);
  const refresh = useRefreshSprints(productKey);
  const live = useLiveUpdates(productKey, (notice) => {
    if (touchesSprints(notice)) void refresh();
  });
  const toast = useToast();
  const move = useMoveCard(productKey, sprintId);
  const start = useMutation({
    mutationFn: () => client.startSprint(sprintId),
    onSuccess: (started) => {
      toast(`${started.name} has started`);
      void refresh();
    },
  });
  const [pendingHold, setPendingHold] = useState<{ move: CardMove; columns: Columns } | null>(null);
  const [isClosing, setIsClosing] = useState(false);

  if (product.isError) return <ErrorText message={errorMessage(product.error)} />;
  if (board.isError) return <ErrorText message={errorMessage(board.error)} />;
  const role = product.data?.role;
  const canPlan = mayPlanSprints(role);
  const sprint = board.data?.sprint;
  const cards = board.data?.cards ?? [];
  const isClosed = sprint?.state === 'closed';
  const canMove = mayMoveCards(role) && !isClosed;

  const onDrop = (next: CardMove, columns: Columns) => {
    const wasOnHold = columnOf(columnsOf(cards), next.itemKey) === 'on_hold';
    if (next.status === 'on_hold' && !wasOnHold) setPendingHold({ move: next, columns });
    else move.mutate(next);
  };

  return (
    <section className="board-page" aria-labelledby="board-heading">
      <div className="page-heading">
        <h1 id="board-heading">Sprint board</h1>
        <span className="page-heading-spacer" />
        <Link to={sprintsPath(productKey)} className="button button-ghost">
          All sprints
        </Link>
        <LiveIndicator state={live} />
      </div>
      {board.isPending && <p className="muted list-placeholder">Loading the board…</p>}
      {sprint && (
        <SprintHeading sprint={sprint}>
          {canPlan && !isClosed && (
            <Link to={sprintPlanPath(productKey, sprint.id)} className="button" data-testid="plan-link">
              Plan
            </Link>
          )}
          {isClosed || sprint.state === 'active' ? (
            <Link
              to={releaseNotesPath(productKey, { sprint: sprint.id })}
              className="button"
              data-testid="board-release-notes"
            >
              Release notes
            </Link>
          ) : null}
          {canPlan && sprint.state === 'planned' && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => start.mutate()}
              disabled={start.isPending}
              data-testid="start-sprint"
            >
              Start sprint
            </button>
          )}
          {canPlan && sprint.state === 'active' && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => setIsClosing(true)}
              data-testid="close-sprint"
            >
              Close sprint
            </button>
          )}
        </SprintHeading>
      )}
      <ErrorText message={start.error ? refusalText(start.error) : null} />
      {sprint && !isClosed && (
        <div className="board-progress">
          <CapacityBar committed={pointsOf(cards).points} capacity={sprint.capacityPoints} />
          <span className="muted count" data-testid="board-done-points">
            {pointsOf(cards.filter((card) => card.status === 'done')).points} of {pointsOf(cards).points} pts
            done
          </span>
        </div>
      )}
      {sprint?.summary && (
        <SprintSummaryCard productKey={productKey} sprint={sprint} summary={sprint.summary} />
      )}
      {sprint && (
        <SprintBoard
          cards={cards}
          canMove={canMove}
          heldColumns={pendingHold?.columns ?? null}
          onDrop={onDrop}
        />
      )}
      {pendingHold && (
        <HoldReasonDialog
          itemKey={pendingHold.move.itemKey}
          onCancel={() => setPendingHold(null)}
          onHold={(holdReason) => {
            move.mutate({ ...pendingHold.move, holdReason });
            setPendingHold(null);
          }}
        />
      )}
      {isClosing && sprint && (
        <CloseSprintDialog
          sprint={sprint}
          cards={cards}
          sprints={sprints.data?.data ?? []}
          onCancel={() => setIsClosing(false)}
          onClosed={(closed) => {
            setIsClosing(false);
            toast(`${closed.name} is closed`);
            void refresh();
          }}
        />
      )}
    </section>
  );
}
