import { useDraggable } from '@dnd-kit/core';
import { Link } from 'react-router';
import type { ItemSummary } from '../../../client/ordo-client.ts';
import { itemPath } from '../../app.tsx';
import { ReadinessBadge } from '../../refinement/readiness/readiness-badge.tsx';
import { StatusLabel } from '../../ui/status-label.tsx';
import { TypeBadge } from '../../ui/type-badge.tsx';

export type PlanSide = 'backlog' | 'sprint';

/** What dragging a row carries: the item and the column it leaves. */
export interface PlanDrag {
  side: PlanSide;
  item: ItemSummary;
}

interface PlanRowProps {
  item: ItemSummary;
  side: PlanSide;
  canPlan: boolean;
  /** A word beside the row: "Proposed", or why the proposal passed it over. */
  mark?: { text: string; tone: 'proposed' | 'skipped' } | undefined;
  /** What a commit warned of: the readiness checks the item lacks. */
  lacks?: string[] | undefined;
  onAction: (item: ItemSummary) => void;
}

/** One item in a planning column: dragged to the other column, or sent there by its button. */
export function PlanRow({ item, side, canPlan, mark, lacks, onAction }: PlanRowProps) {
  const { setNodeRef, listeners, isDragging } = useDraggable({
    id: `${side}:${item.key}`,
    data: { side, item } satisfies PlanDrag,
    disabled: !canPlan,
  });
  return (
    <li
      ref={setNodeRef}
      className={`plan-row${isDragging ? ' is-placeholder' : ''}${canPlan ? ' is-draggable' : ''}`}
      data-testid={`${side}-row`}
      data-key={item.key}
      data-status={item.status}
      data-ready={item.readiness?.isReady}
      {...listeners}
    >
      <PlanRowContent item={item} side={side} mark={mark} lacks={lacks} />
      {canPlan && (
        <button
          type="button"
          className="button button-small plan-row-action"
          onClick={() => onAction(item)}
          aria-label={side === 'backlog' ? `Add ${item.key} to the sprint` : `Give ${item.key} back`}
          data-testid={side === 'backlog' ? 'add-to-sprint' : 'back-to-backlog'}
        >
          {side === 'backlog' ? 'Add →' : '← Back'}
        </button>
      )}
    </li>
  );
}

/** The row's content, also drawn under the pointer while it is dragged. */
export function PlanRowContent({ item, side, mark, lacks }: Omit<PlanRowProps, 'canPlan' | 'onAction'>) {
  return (
    <>
      <div className="plan-row-line">
        <Link to={itemPath(item.key)} className="item-key" tabIndex={-1}>
          {item.key}
        </Link>
        <TypeBadge type={item.type} />
        <Link to={itemPath(item.key)} className="row-title">
          {item.title}
        </Link>
        {mark && (
          <span className={`plan-mark plan-mark-${mark.tone}`} data-testid="plan-mark">
            {mark.text}
          </span>
        )}
        {side === 'backlog' ? (
          <ReadinessBadge readiness={item.readiness} />
        ) : (
          <StatusLabel status={item.status} compact />
        )}
        <span className="estimate" title="Estimate (story points)">
          {item.estimate ?? '–'}
        </span>
      </div>
      {lacks && lacks.length > 0 && (
        <p className="plan-warning" data-testid="commit-warning">
          Not ready: lacks {lacks.join(', ')}
        </p>
      )}
    </>
  );
}
