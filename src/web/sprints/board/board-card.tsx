import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { KeyboardEventHandler } from 'react';
import { Link } from 'react-router';
import type { ItemSummary } from '../../../client/ordo-client.ts';
import { itemPath } from '../../app.tsx';
import { GripIcon } from '../../ui/grip-icon.tsx';
import { TypeBadge } from '../../ui/type-badge.tsx';

/**
 * A card of the sprint board. The pointer drags the whole card; the keyboard picks it up by its
 * handle (space or enter, arrows, space or enter again).
 */
export function BoardCard({ item, canMove }: { item: ItemSummary; canMove: boolean }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: item.key, disabled: !canMove });
  // The pointer's listeners go on the card, the keyboard's on the handle (not on the card's links).
  const { onKeyDown, ...pointerListeners } = listeners ?? {};
  return (
    <li
      ref={setNodeRef}
      className={`board-card${isDragging ? ' is-placeholder' : ''}${canMove ? ' is-draggable' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-testid="board-card"
      data-key={item.key}
      data-status={item.status}
      {...pointerListeners}
    >
      <BoardCardContent item={item} />
      {canMove && (
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="drag-handle board-card-handle"
          aria-label={`Move ${item.key}`}
          {...attributes}
          onKeyDown={onKeyDown as KeyboardEventHandler | undefined}
        >
          <GripIcon />
        </button>
      )}
    </li>
  );
}

/** What a card shows; also drawn under the pointer while it is dragged. */
export function BoardCardContent({ item }: { item: ItemSummary }) {
  return (
    <>
      <div className="board-card-top">
        <Link to={itemPath(item.key)} className="item-key" tabIndex={-1}>
          {item.key}
        </Link>
        <TypeBadge type={item.type} />
        <span className="estimate" title="Estimate (story points)">
          {item.estimate ?? '–'}
        </span>
      </div>
      <Link to={itemPath(item.key)} className="board-card-title">
        {item.title}
      </Link>
      {item.status === 'on_hold' && item.holdReason && (
        <p className="board-card-hold" data-testid="card-hold-reason">
          {item.holdReason}
        </p>
      )}
    </>
  );
}
