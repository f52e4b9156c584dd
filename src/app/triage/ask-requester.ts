import type { Ctx } from '../context.ts';
import { appendEvent } from '../events/append-event.ts';
import type { Request } from '../intake/request-queries.ts';
import { tellRequester } from '../notifications/requester-notices.ts';
import { openForDecision, recordDecision } from './decide.ts';

/** Asks the requester for more information; they answer on their status page. */
export async function askRequester(ctx: Ctx, input: { key: string; message: string }): Promise<Request> {
  const { request, product } = await openForDecision(ctx, input.key, 'ask');
  const message = input.message.trim();
  await ctx.trx
    .insertInto('request_messages')
    .values({
      request_id: request.id,
      from_requester: false,
      author_person_id: ctx.actor?.personId ?? null,
      body: message,
      created_at: ctx.now(),
    })
    .execute();
  const decided = await recordDecision(ctx, request, { state: 'needs_info', decisionNote: message });
  await appendEvent(ctx, { productId: product.id, kind: 'request.asked', data: { request: request.key } });
  await tellRequester(ctx, decided, { kind: 'needs_info', message }, {});
  return decided;
}
