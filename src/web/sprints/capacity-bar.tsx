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
      <div
        className="capacity-bar"
        role="meter"
        aria-label="Committed points against capacity"
        aria-valuemin={0}
        aria-valuemax={Math.max(capacity, committed)}
        aria-valuenow={committed}
        aria-valuetext={fill.label}
      >
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
