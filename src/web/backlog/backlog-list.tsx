import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  type Modifier,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Fragment, type ReactNode } from 'react';
import type { ItemSummary } from '../../client/ordo-client.ts';
import { BacklogRow } from './backlog-row.tsx';
import { moveInList, moveTargetFor } from './move-target.ts';
import type { MoveRequest } from './use-move-item.ts';

/** Rows move up and down only. */
const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

interface BacklogListProps {
  items: ItemSummary[];
  canMove: boolean;
  /** While another filter's rows are still shown, a move would be computed on the wrong list. */
  isRefreshing: boolean;
  /** Whether the list starts at the backlog's top (no filter hides items above). */
  isWholeBacklog: boolean;
  onMove: (move: MoveRequest) => void;
  /** Drawn after a row, between it and the next (a sprint forecast line): an `<li>`. */
  renderAfter?: (key: string) => ReactNode;
}

/** The ranked list, reordered by dragging a row's handle with a pointer or the keyboard. */
export function BacklogList({
  items,
  canMove,
  isRefreshing,
  isWholeBacklog,
  onMove,
  renderAfter,
}: BacklogListProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const keys = items.map((item) => item.key);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const key = String(active.id);
    const from = keys.indexOf(key);
    const to = keys.indexOf(String(over.id));
    if (from < 0 || to < 0) return;
    onMove({ key, from, to, target: moveTargetFor(moveInList(keys, from, to), key, isWholeBacklog) });
  };
  const positionOf = (id: string | number) => keys.indexOf(String(id)) + 1;
  const moveToTop = (key: string) => {
    const from = keys.indexOf(key);
    if (from > 0 || !isWholeBacklog) onMove({ key, from, to: 0, target: { to: 'top' } });
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[verticalOnly]}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: {
          draggable:
            'To reorder, press space or enter on the handle, move with the arrow keys, and press space or enter again to drop. Escape cancels.',
        },
        announcements: {
          onDragStart: ({ active }) => `Picked up ${active.id}, at position ${positionOf(active.id)}.`,
          // Nothing to say while it is still over its own place: "Picked up" stays audible.
          onDragOver: ({ active, over }) =>
            !over
              ? `${active.id} is outside the list.`
              : over.id === active.id
                ? undefined
                : `${active.id} will move to position ${positionOf(over.id)}.`,
          onDragEnd: ({ active, over }) =>
            over
              ? `${active.id} was dropped at position ${positionOf(over.id)}.`
              : `${active.id} was dropped.`,
          onDragCancel: ({ active }) => `Moving ${active.id} was cancelled; it stays where it was.`,
        },
      }}
    >
      <SortableContext items={keys} strategy={verticalListSortingStrategy}>
        <ol className="backlog-list" data-testid="backlog-list" aria-label="Ranked backlog">
          {items.map((item, index) => (
            <Fragment key={item.key}>
              <BacklogRow
                item={item}
                canMove={canMove}
                isDisabled={isRefreshing}
                isTop={index === 0 && isWholeBacklog}
                onMoveToTop={moveToTop}
              />
              {renderAfter?.(item.key)}
            </Fragment>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
