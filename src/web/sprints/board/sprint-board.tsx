import {
  type Announcements,
  closestCorners,
  DndContext,
  type DragEndEvent,
  type DragOverEvent,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useMemo, useState } from 'react';
import type { ItemSummary } from '../../../client/ordo-client.ts';
import { boardColumns, type Columns, cardMoveFor, columnOf, columnsOf, dragCard } from '../board-moves.ts';
import type { CardMove } from '../sprints-api.ts';
import { BoardCardContent } from './board-card.tsx';
import { BoardColumn } from './board-column.tsx';

interface SprintBoardProps {
  cards: ItemSummary[];
  canMove: boolean;
  /** The columns to show while a drop waits for something (an on-hold reason). */
  heldColumns: Columns | null;
  onDrop: (move: Omit<CardMove, 'holdReason'>, columns: Columns) => void;
}

const labelOf = (status: string | null) =>
  boardColumns.find((column) => column.status === status)?.label ?? '';

/** The board: a column per status, cards dragged across columns and within one. */
export function SprintBoard({ cards, canMove, heldColumns, onDrop }: SprintBoardProps) {
  const serverColumns = useMemo(() => columnsOf(cards), [cards]);
  const [dragColumns, setDragColumns] = useState<Columns | null>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const columns = dragColumns ?? heldColumns ?? serverColumns;
  const byKey = new Map(cards.map((card) => [card.key, card]));
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // Across columns the card changes column as soon as it is over another one.
  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return;
    setDragColumns((current) => {
      const from = current ?? serverColumns;
      const fromColumn = columnOf(from, String(active.id));
      const toColumn = columnOf(from, String(over.id));
      if (!fromColumn || !toColumn || fromColumn === toColumn) return from;
      const dragged = active.rect.current.translated;
      const isBelowOver = Boolean(dragged && dragged.top > over.rect.top + over.rect.height / 2);
      return dragCard(from, String(active.id), String(over.id), isBelowOver);
    });
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const key = String(active.id);
    let final = dragColumns ?? serverColumns;
    if (over && columnOf(final, key) === columnOf(final, String(over.id)))
      final = dragCard(final, key, String(over.id));
    setActiveKey(null);
    setDragColumns(null);
    const move = cardMoveFor(serverColumns, final, key);
    if (move) onDrop(move, final);
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${active.id} in ${labelOf(columnOf(columns, String(active.id)))}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${active.id} is over ${labelOf(columnOf(columns, String(over.id)))}.`
        : `${active.id} is outside the board.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `${active.id} was dropped in ${labelOf(columnOf(columns, String(over.id)))}.`
        : `${active.id} was dropped.`,
    onDragCancel: ({ active }) => `Moving ${active.id} was cancelled.`,
  };
  const active = activeKey ? byKey.get(activeKey) : undefined;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      onDragStart={({ active: started }) => {
        setActiveKey(String(started.id));
        setDragColumns(columns);
      }}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        setActiveKey(null);
        setDragColumns(null);
      }}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'To move a card, press space or enter on its handle, move it with the arrow keys, and press space or enter again to drop it. Escape cancels.',
        },
      }}
    >
      <div className="sprint-board" data-testid="sprint-board">
        {boardColumns.map((column) => (
          <BoardColumn
            key={column.status}
            status={column.status}
            label={column.label}
            cards={columns[column.status].flatMap((key) => byKey.get(key) ?? [])}
            canMove={canMove}
          />
        ))}
      </div>
      <DragOverlay>
        {active && (
          <div className="board-card is-overlay">
            <BoardCardContent item={{ ...active, status: columnOf(columns, active.key) ?? active.status }} />
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}
