import type { AcceptDecision, BulkTriage, DuplicateSuggestion } from '../../client/ordo-client.ts';
import type { ItemType } from '../../domain/item.ts';

/** Where an accepted request goes in the backlog's order. */
export type Place = 'top' | 'bottom' | 'after';

export interface AcceptDraft {
  type: ItemType;
  place: Place;
  /** The item it goes after, when `place` is "after". */
  afterKey: string;
}

/** `pay-12 ` → `PAY-12`: keys are typed loosely and sent as the API writes them. */
export const normaliseKey = (text: string) => text.trim().toUpperCase();

export function acceptDecision(draft: AcceptDraft): AcceptDecision {
  if (draft.place === 'after') return { type: draft.type, position: { after: normaliseKey(draft.afterKey) } };
  return { type: draft.type, position: { to: draft.place } };
}

/** Items a request can be merged into: suggested requests are not items, so they are not offered. */
export const mergeCandidates = (suggestions: readonly DuplicateSuggestion[]) =>
  suggestions.filter((suggestion) => suggestion.kind === 'item');

/** One decision for every selected request (bulk accepts go to the bottom, where nothing is pushed down). */
export type BulkDraft =
  | { decision: 'decline'; reason: string }
  | { decision: 'accept'; type: ItemType }
  | { decision: 'merge'; into: string };

export function bulkAction(draft: BulkDraft): BulkTriage['action'] {
  switch (draft.decision) {
    case 'decline':
      return { decision: 'decline', reason: draft.reason.trim() };
    case 'accept':
      return { decision: 'accept', type: draft.type, position: { to: 'bottom' } };
    case 'merge':
      return { decision: 'merge', into: normaliseKey(draft.into) };
  }
}
