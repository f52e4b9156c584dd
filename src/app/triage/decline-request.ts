import type { Ctx } from '../context.ts';
import { appendEvent } from '../events/append-event.ts';
import type { Request } from '../intake/request-queries.ts';
import { tellRequester } from '../notifications/requester-notices.ts';
import { openForDecision, recordDecision } from './decide.ts';

/** Declines a request with a reason the requester sees. */
export async function declineRequest(ctx: Ctx, input: { key: string; reason: string }): Promise<Request> {
  const { request, product } = await openForDecision(ctx, input.key, 'decline');
  const reason = input.reason.trim();
  const decided = await recordDecision(ctx, request, { state: 'declined', decisionNote: reason });
  await appendEvent(ctx, {
    productId: product.id,
    kind: 'request.declined',
    data: { request: request.key, reason },
  });
  await tellRequester(ctx, decided, { kind: 'declined', reason }, { dedupeKey: `${request.id}:declined` });
  return decided;
}
