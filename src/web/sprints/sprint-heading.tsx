import type { ReactNode } from 'react';
import { sprintDates } from './sprint-dates.ts';
import type { Sprint, SprintState } from './sprints-api.ts';

const stateWords: Record<SprintState, string> = { planned: 'Planned', active: 'Active', closed: 'Closed' };

export function SprintStateChip({ state }: { state: SprintState }) {
  return (
    <span className={`state-chip sprint-state-${state}`} data-testid="sprint-state" data-state={state}>
      {stateWords[state]}
    </span>
  );
}

/** A sprint's name, state, dates, capacity and goal, with the actions the page offers beside them. */
export function SprintHeading({ sprint, children }: { sprint: Sprint; children?: ReactNode }) {
  return (
    <div className="sprint-heading" data-testid="sprint-heading">
      <div className="sprint-heading-main">
        <div className="sprint-heading-title">
          <h2 data-testid="sprint-name">{sprint.name}</h2>
          <SprintStateChip state={sprint.state} />
        </div>
        <p className="sprint-facts muted">
          <span>{sprintDates(sprint)}</span>
          <span aria-hidden="true">·</span>
          <span>Capacity {sprint.capacityPoints} pts</span>
        </p>
        <p className="sprint-goal" data-testid="sprint-heading-goal">
          {sprint.goal ? (
            <>
              <span className="sprint-goal-label">Goal</span> {sprint.goal}
            </>
          ) : (
            <span className="muted">No goal set</span>
          )}
        </p>
      </div>
      {children && <div className="sprint-heading-actions">{children}</div>}
    </div>
  );
}
