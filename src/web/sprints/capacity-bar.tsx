import { capacityFill } from './capacity.ts';

/** Committed points against the sprint's capacity; past it, the overflow in the warning colour. */
export function CapacityBar({ committed, capacity }: { committed: number; capacity: number }) {
  const fill = capacityFill(committed, capacity);
  return (
    <div
      className={`capacity${fill.isOver ? ' is-over' : ''}`}
      data-testid="capacity"
      data-committed={committed}
      data-capacity={capacity}
    >
      {/* The label beside it says the same in words. */}
      <div className="capacity-bar" aria-hidden="true">
        <span className="capacity-within" style={{ width: `${fill.withinPercent}%` }} />
        {fill.isOver && <span className="capacity-over" style={{ width: `${fill.overPercent}%` }} />}
        {fill.isOver && <span className="capacity-mark" style={{ left: `${fill.capacityAtPercent}%` }} />}
      </div>
      <span className="capacity-label" data-testid="capacity-label">
        {fill.label}
      </span>
    </div>
  );
}
