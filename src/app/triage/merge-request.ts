import type { Ctx } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import type { Request } from '../intake/request-queries.ts';
import { findItemByKey, type Item } from '../items/item-queries.ts';
import { tellRequester } from '../notifications/requester-notices.ts';
import { openForDecision, recordDecision } from './decide.ts';

/**
 * Merges a request into an item already in the backlog as a duplicate: the requester and their
 * words join the item (its demand grows), and a requester with an account follows it.
 */
export async function mergeRequest(
  ctx: Ctx,
  input: { key: string; into: string },
): Promise<{ request: Request; item: Item }> {
  const { request, product } = await openForDecision(ctx, input.key, 'merge');
  const item = await findItemByKey(ctx.trx, input.into);
  if (item.productId !== product.id || item.archivedAt) {
    throw invalidInput('into', `${input.into} is not an item in this product's backlog`);
  }
  const now = ctx.now();
  await ctx.trx
    .insertInto('item_requesters')
    .values({
      item_id: item.id,
      name: request.requester.name,
      email: request.requester.email,
      person_id: request.requester.personId,
      source: request.source,
      request_id: request.id,
      created_at: now,
    })
    .execute();
  if (request.requester.personId) {
    await ctx.trx
      .insertInto('watchers')
      .values({ item_id: item.id, person_id: request.requester.personId, created_at: now })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  // Triage is a person's judgement on the item: it counts as activity on it.
  await ctx.trx.updateTable('items').set({ last_activity_at: now }).where('id', '=', item.id).execute();
  const decided = await recordDecision(ctx, request, { state: 'merged', itemId: item.id });
  await appendEvent(ctx, {
    productId: product.id,
    itemId: item.id,
    itemKey: item.key,
    kind: 'request.merged',
    data: {
      request: request.key,
      requester: request.requester.name,
      source: request.source,
      words: request.problem ? `${request.title}\n\n${request.problem}` : request.title,
    },
  });
  await tellRequester(
    ctx,
    decided,
    { kind: 'merged', itemTitle: item.title },
    { dedupeKey: `${request.id}:merged` },
  );
  return { request: decided, item: { ...item, lastActivityAt: now } };
}
