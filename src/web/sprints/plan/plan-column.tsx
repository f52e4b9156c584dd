import { useDroppable } from '@dnd-kit/core';
import type { ReactNode } from 'react';
import type { PlanSide } from './plan-row.tsx';

interface PlanColumnProps {
  side: PlanSide;
  title: string;
  /** Beside the title: a count, the capacity, a button. */
  aside?: ReactNode;
  /** Under the header, above the list: the capacity, what a proposal found. */
  tools?: ReactNode;
  /** Shown instead of the list when it is empty. */
  empty: string;
  isEmpty: boolean;
  /** Whether a dragged row from the other column may be dropped here. */
  acceptsDrop: boolean;
  children: ReactNode;
}

/** A planning column and the place to drop rows from the other one. */
export function PlanColumn({
  side,
  title,
  aside,
  tools,
  empty,
  isEmpty,
  acceptsDrop,
  children,
}: PlanColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: side, disabled: !acceptsDrop });
  return (
    <section
      ref={setNodeRef}
      className={`plan-column${isOver && acceptsDrop ? ' is-drop-target' : ''}`}
      aria-label={title}
      data-testid={`${side}-column`}
    >
      <header className="plan-column-header">
        <h2>{title}</h2>
        {aside}
      </header>
      {tools}
      {isEmpty ? <p className="plan-empty muted">{empty}</p> : <ol className="plan-list">{children}</ol>}
    </section>
  );
}
