import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { ItemSummary } from '../../../client/ordo-client.ts';
import type { ItemStatus } from '../../../domain/item.ts';
import { StatusLabel } from '../../ui/status-label.tsx';
import { columnId } from '../board-moves.ts';
import { pointsOf } from '../capacity.ts';
import { BoardCard } from './board-card.tsx';

interface BoardColumnProps {
  status: ItemStatus;
  label: string;
  cards: ItemSummary[];
  canMove: boolean;
}

/** One status of the board: its cards in the sprint's order, and a place to drop more. */
export function BoardColumn({ status, label, cards, canMove }: BoardColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: columnId(status), disabled: !canMove });
  const points = pointsOf(cards).points;
  return (
    <section
      className={`board-column board-column-${status}${isOver ? ' is-drop-target' : ''}`}
      aria-label={label}
      data-testid="board-column"
      data-status={status}
    >
      <header className="board-column-header">
        <StatusLabel status={status} compact />
        <h2>{label}</h2>
        <span className="muted count" data-testid="column-count">
          {cards.length}
        </span>
        <span className="page-heading-spacer" />
        {cards.length > 0 && <span className="muted count">{points} pts</span>}
      </header>
      <SortableContext
        id={columnId(status)}
        items={cards.map((card) => card.key)}
        strategy={verticalListSortingStrategy}
      >
        <ol ref={setNodeRef} className="board-cards">
          {cards.map((card) => (
            <BoardCard key={card.key} item={card} canMove={canMove} />
          ))}
          {cards.length === 0 && (
            <li className="board-empty muted" aria-hidden="true">
              {status === 'on_hold' ? 'Blocked work goes here, with why' : 'Nothing here'}
            </li>
          )}
        </ol>
      </SortableContext>
    </section>
  );
}
