import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Link } from 'react-router';
import type { ItemSummary } from '../../client/ordo-client.ts';
import { type ItemSource, itemSourceLabels } from '../../domain/item.ts';
import { itemPath } from '../app.tsx';
import { ReadinessBadge } from '../refinement/readiness/readiness-badge.tsx';
import { GripIcon } from '../ui/grip-icon.tsx';
import { StatusLabel } from '../ui/status-label.tsx';
import { TagList } from '../ui/tag-list.tsx';
import { TypeBadge } from '../ui/type-badge.tsx';
import { demandTitle } from './demand-title.ts';

interface BacklogRowProps {
  item: ItemSummary;
  /** Whether the person may change the order (a drag handle and "move to top" appear). */
  canMove: boolean;
  /** Keeps the controls in place but inert for a moment (the list is refreshing). */
  isDisabled: boolean;
  /** Hides "move to top" on the row that is already the backlog's first. */
  isTop: boolean;
  onMoveToTop: (key: string) => void;
}

/** One item of the ranked backlog: a dense row, sortable by its handle. */
export function BacklogRow({ item, canMove, isDisabled, isTop, onMoveToTop }: BacklogRowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: item.key, disabled: !canMove || isDisabled });
  const demand = item.demand ?? 0;
  return (
    <li
      ref={setNodeRef}
      className={`backlog-row${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-testid="backlog-row"
      data-key={item.key}
    >
      {canMove ? (
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="drag-handle"
          aria-label={`Reorder ${item.key}`}
          data-testid="drag-handle"
          {...attributes}
          {...listeners}
        >
          <GripIcon />
        </button>
      ) : (
        <span className="drag-handle-placeholder" />
      )}
      <Link to={itemPath(item.key)} className="item-key" tabIndex={-1}>
        {item.key}
      </Link>
      <TypeBadge type={item.type} />
      <Link to={itemPath(item.key)} className="row-title" data-testid="row-title">
        {item.title}
      </Link>
      <span className="row-meta">
        <TagList tags={item.tags} limit={3} />
        {demand > 0 && (
          <span className="demand" title={demandTitle(demand, item.demandBySource)} data-testid="demand">
            <svg viewBox="0 0 14 14" width="12" height="12" aria-hidden="true">
              <circle cx="7" cy="4.5" r="2.5" fill="currentColor" />
              <path d="M2 12.5c.6-2.8 2.6-4 5-4s4.4 1.2 5 4z" fill="currentColor" />
            </svg>
            {demand}
          </span>
        )}
        <span className="source" data-testid="source">
          {itemSourceLabels[item.source as ItemSource] ?? item.source}
        </span>
        <ReadinessBadge readiness={item.readiness} />
        <span className="estimate" title="Estimate (story points)" data-testid="estimate">
          {item.estimate ?? '–'}
        </span>
        <StatusLabel status={item.status} compact />
      </span>
      {canMove && (
        <span className="move-to-top-slot">
          {!isTop && (
            <button
              type="button"
              className="button button-small move-to-top"
              onClick={() => onMoveToTop(item.key)}
              disabled={isDisabled}
              aria-label={`Move ${item.key} to the top`}
              title="Move to the top"
              data-testid="move-to-top"
            >
              ↑ Top
            </button>
          )}
        </span>
      )}
    </li>
  );
}
