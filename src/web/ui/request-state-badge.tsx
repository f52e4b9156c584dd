import { type RequestState, requestStateLabels, requestStates } from '../../domain/request.ts';

/** Where a request stands, in the words its requester reads (or `label`, for the team's side). */
export function RequestStateBadge({ state, label }: { state: string; label?: string }) {
  const known = (requestStates as readonly string[]).includes(state) ? (state as RequestState) : 'new';
  return (
    <span className={`request-state request-state-${known}`} data-testid="request-state" data-state={known}>
      {label ?? requestStateLabels[known]}
    </span>
  );
}
