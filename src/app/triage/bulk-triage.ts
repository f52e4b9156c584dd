import type { ItemType } from '../../domain/item.ts';
import type { Ctx } from '../context.ts';
import type { Request } from '../intake/request-queries.ts';
import { acceptRequest } from './accept-request.ts';
import { declineRequest } from './decline-request.ts';
import { mergeRequest } from './merge-request.ts';

export type BulkDecision =
  | { decision: 'accept'; type: ItemType; position: { to: 'top' | 'bottom' } }
  | { decision: 'merge'; into: string }
  | { decision: 'decline'; reason: string };

/** One decision for many requests, all or none (the caller's transaction holds them together). */
export async function bulkTriage(
  ctx: Ctx,
  input: { keys: string[]; action: BulkDecision },
): Promise<Request[]> {
  const decided: Request[] = [];
  for (const key of input.keys) {
    const { action } = input;
    if (action.decision === 'accept') {
      decided.push((await acceptRequest(ctx, { key, type: action.type, position: action.position })).request);
    } else if (action.decision === 'merge') {
      decided.push((await mergeRequest(ctx, { key, into: action.into })).request);
    } else {
      decided.push(await declineRequest(ctx, { key, reason: action.reason }));
    }
  }
  return decided;
}
