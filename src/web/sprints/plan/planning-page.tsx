import {
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  MouseSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { ItemSummary } from '../../../client/ordo-client.ts';
import { client, errorMessage } from '../../api.ts';
import { LiveIndicator } from '../../live/live-indicator.tsx';
import { useLiveUpdates } from '../../live/use-live-updates.ts';
import { mayPlanSprints } from '../../permissions.ts';
import { useProduct } from '../../products/use-product.ts';
import { ErrorText } from '../../ui/error-text.tsx';
import { useToast } from '../../ui/toasts.tsx';
import { pointsOf } from '../capacity.ts';
import { CapacityBar } from '../capacity-bar.tsx';
import { refusalText, skipReasonText } from '../refusal-text.ts';
import { SprintForm } from '../sprint-form.tsx';
import { SprintHeading } from '../sprint-heading.tsx';
import { sprintBoardPath, sprintsPath } from '../sprint-paths.ts';
import { type Sprint, sprintKeys } from '../sprints-api.ts';
import { touchesSprints, useBoard, useRefreshSprints, useSprints } from '../use-sprints.ts';
import { PlanColumn } from './plan-column.tsx';
import { type PlanDrag, PlanRow, PlanRowContent } from './plan-row.tsx';
import { ProposalPanel } from './proposal-panel.tsx';
import { planWindow, usePlanActions, usePlanBacklog } from './use-plan.ts';

/**
 * Sprint planning: the top of the product backlog beside the sprint backlog. Items are dragged
 * (or sent by their button) from one to the other until the capacity is used; "Propose" fills
 * from the top with the ready items that fit.
 */
export function PlanningPage() {
  const productKey = (useParams().productKey ?? '').toUpperCase();
  const [search, setSearch] = useSearchParams();
  const product = useProduct(productKey);
  const sprints = useSprints(productKey);
  const forecast = useQuery({
    queryKey: sprintKeys.forecast(productKey),
    queryFn: () => client.forecast(productKey),
  });
  const refresh = useRefreshSprints(productKey);
  const live = useLiveUpdates(productKey, (notice) => {
    if (touchesSprints(notice)) void refresh();
  });
  const [isCreating, setIsCreating] = useState(false);

  if (product.isError) return <ErrorText message={errorMessage(product.error)} />;
  const canPlan = mayPlanSprints(product.data?.role);
  const list = sprints.data?.data ?? [];
  // Sprints that can still take items: the planned ones (soonest first), then the active one.
  const open = [
    ...list.filter((sprint) => sprint.state === 'planned').sort((a, b) => a.number - b.number),
    ...list.filter((sprint) => sprint.state === 'active'),
  ];
  const chosen = search.get('sprint');
  const sprint = list.find((s) => s.id === chosen) ?? (chosen ? undefined : open[0]);
  const showForm = canPlan && sprints.data !== undefined && (isCreating || open.length === 0);

  return (
    <section className="planning-page" aria-labelledby="planning-heading">
      <div className="page-heading">
        <h1 id="planning-heading">Sprint planning</h1>
        {open.length > 1 && (
          <label className="field-inline">
            <span className="visually-hidden">Sprint to plan</span>
            <select
              value={sprint?.id ?? ''}
              onChange={(event) => setSearch({ sprint: event.target.value })}
              data-testid="plan-sprint-select"
            >
              {open.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.state})
                </option>
              ))}
            </select>
          </label>
        )}
        <span className="page-heading-spacer" />
        <Link to={sprintsPath(productKey)} className="button button-ghost">
          All sprints
        </Link>
        {canPlan && !showForm && (
          <button
            type="button"
            className="button"
            onClick={() => setIsCreating(true)}
            data-testid="new-sprint"
          >
            New sprint
          </button>
        )}
        <LiveIndicator state={live} />
      </div>
      {sprints.isError && <ErrorText message={errorMessage(sprints.error)} />}
      {showForm && (
        <div className="card new-sprint">
          <div className="section-heading">
            <h2>New sprint</h2>
            <span className="page-heading-spacer" />
            {open.length > 0 && (
              <button
                type="button"
                className="button button-ghost button-small"
                onClick={() => setIsCreating(false)}
              >
                Cancel
              </button>
            )}
          </div>
          <SprintForm
            productKey={productKey}
            sprints={list}
            velocity={forecast.data?.velocity ?? product.data?.velocityPoints ?? null}
            onCreated={(created) => {
              setIsCreating(false);
              setSearch({ sprint: created.id });
            }}
          />
        </div>
      )}
      {sprints.data && !sprint && !showForm && (
        <p className="muted list-placeholder" data-testid="nothing-to-plan">
          {chosen
            ? 'This sprint is not one of this product’s.'
            : 'No sprint is planned. Ask an owner or an editor to plan one.'}
        </p>
      )}
      {sprint && sprint.state === 'closed' && (
        <p className="notice">
          {sprint.name} is closed:{' '}
          <Link to={sprintBoardPath(productKey, sprint.id)}>see what it delivered</Link>.
        </p>
      )}
      {sprint && sprint.state !== 'closed' && (
        <SprintPlan key={sprint.id} productKey={productKey} sprint={sprint} canPlan={canPlan} />
      )}
    </section>
  );
}

function SprintPlan({
  productKey,
  sprint,
  canPlan,
}: {
  productKey: string;
  sprint: Sprint;
  canPlan: boolean;
}) {
  const navigate = useNavigate();
  const toast = useToast();
  const refresh = useRefreshSprints(productKey);
  const backlog = usePlanBacklog(productKey);
  const board = useBoard(sprint.id);
  const actions = usePlanActions(productKey, sprint.id);
  const propose = useMutation({ mutationFn: () => client.sprintProposal(sprint.id) });
  const start = useMutation({
    mutationFn: () => client.startSprint(sprint.id),
    onSuccess: (started) => {
      toast(`${started.name} has started`);
      void refresh();
      void navigate(sprintBoardPath(productKey, started.id));
    },
  });
  const [dragging, setDragging] = useState<PlanDrag | null>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
  );

  const rows = backlog.data?.data ?? [];
  const cards = board.data?.cards ?? [];
  const committed = pointsOf(cards);
  const proposal = propose.data;
  const marks = new Map<string, { text: string; tone: 'proposed' | 'skipped' }>([
    ...(proposal?.skipped ?? []).map(
      (skip) => [skip.key, { text: skipReasonText[skip.reason], tone: 'skipped' as const }] as const,
    ),
    ...(proposal?.proposed ?? []).map(
      (key) => [key, { text: 'Proposed', tone: 'proposed' as const }] as const,
    ),
  ]);

  const add = (items: ItemSummary[]) => {
    propose.reset();
    actions.commit.mutate(items);
  };
  const addProposed = () => {
    if (!proposal) return;
    const byKey = new Map(rows.map((row) => [row.key, row]));
    add(proposal.proposed.flatMap((key) => byKey.get(key) ?? []));
  };
  const onDragStart = ({ active }: DragStartEvent) => setDragging((active.data.current as PlanDrag) ?? null);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    const drag = active.data.current as PlanDrag | undefined;
    if (!drag || !over || over.id === drag.side) return;
    if (drag.side === 'backlog') add([drag.item]);
    else {
      propose.reset();
      actions.giveBack.mutate(drag.item);
    }
  };

  return (
    <>
      <SprintHeading sprint={sprint}>
        <Link to={sprintBoardPath(productKey, sprint.id)} className="button" data-testid="open-board">
          Board
        </Link>
        {canPlan && sprint.state === 'planned' && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => start.mutate()}
            disabled={start.isPending}
            data-testid="start-sprint"
          >
            {start.isPending ? 'Starting…' : 'Start sprint'}
          </button>
        )}
      </SprintHeading>
      <ErrorText message={start.error ? refusalText(start.error) : null} testId="start-error" />
      <DndContext
        sensors={sensors}
        collisionDetection={pointerWithin}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragging(null)}
      >
        <div className="plan-columns">
          <PlanColumn
            side="backlog"
            title="Product backlog"
            aside={
              <span className="muted count">
                {backlog.data
                  ? `top ${Math.min(rows.length, planWindow)}${backlog.data.next ? ` of more` : ''}`
                  : ''}
              </span>
            }
            empty={backlog.isPending ? 'Loading the backlog…' : 'The product backlog is empty.'}
            isEmpty={rows.length === 0}
            acceptsDrop={dragging?.side === 'sprint'}
          >
            {rows.map((item) => (
              <PlanRow
                key={item.key}
                item={item}
                side="backlog"
                canPlan={canPlan}
                mark={marks.get(item.key)}
                onAction={(chosen) => add([chosen])}
              />
            ))}
          </PlanColumn>
          <PlanColumn
            side="sprint"
            title="Sprint backlog"
            aside={
              <>
                <span className="muted count">
                  {cards.length} {cards.length === 1 ? 'item' : 'items'}
                  {committed.unestimated > 0 && `, ${committed.unestimated} without estimate`}
                </span>
                <span className="page-heading-spacer" />
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => propose.mutate()}
                  disabled={propose.isPending}
                  data-testid="propose"
                >
                  {propose.isPending ? 'Proposing…' : 'Propose'}
                </button>
              </>
            }
            empty={
              board.isPending
                ? 'Loading the sprint…'
                : canPlan
                  ? 'Drag items here from the product backlog, or let Ordo propose the ready ones that fit.'
                  : 'Nothing is committed yet.'
            }
            tools={
              <div className="plan-sprint-tools">
                <CapacityBar committed={committed.points} capacity={sprint.capacityPoints} />
                <ErrorText message={actions.refusal} testId="plan-refusal" />
                <ErrorText message={propose.error ? errorMessage(propose.error) : null} />
                {proposal && (
                  <ProposalPanel
                    proposal={proposal}
                    canPlan={canPlan}
                    isAdding={actions.commit.isPending}
                    onAdd={addProposed}
                    onDismiss={() => propose.reset()}
                  />
                )}
              </div>
            }
            isEmpty={cards.length === 0}
            acceptsDrop={dragging?.side === 'backlog'}
          >
            {cards.map((item) => (
              <PlanRow
                key={item.key}
                item={item}
                side="sprint"
                canPlan={canPlan}
                lacks={actions.warnings[item.key]}
                onAction={(chosen) => {
                  propose.reset();
                  actions.giveBack.mutate(chosen);
                }}
              />
            ))}
          </PlanColumn>
        </div>
        <DragOverlay dropAnimation={null}>
          {dragging && (
            <div className="plan-row is-overlay">
              <PlanRowContent item={dragging.item} side={dragging.side} />
            </div>
          )}
        </DragOverlay>
      </DndContext>
    </>
  );
}
