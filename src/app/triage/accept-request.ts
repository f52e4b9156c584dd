import type { ItemType } from '../../domain/item.ts';
import type { MoveTarget } from '../../domain/rank.ts';
import type { Ctx } from '../context.ts';
import { appendEvent } from '../events/append-event.ts';
import type { Request } from '../intake/request-queries.ts';
import { createItem } from '../items/create-item.ts';
import type { Item } from '../items/item-queries.ts';
import { tellRequester } from '../notifications/requester-notices.ts';
import { openForDecision, recordDecision } from './decide.ts';

export interface AcceptRequestInput {
  key: string;
  type: ItemType;
  /** The item's title; the request's own unless the triager rewrites it. */
  title?: string;
  position: MoveTarget;
}

/** Takes a request into the backlog as a new item, at the place chosen; its requester follows it. */
export async function acceptRequest(
  ctx: Ctx,
  input: AcceptRequestInput,
): Promise<{ request: Request; item: Item }> {
  const { request, product } = await openForDecision(ctx, input.key, 'accept');
  const item = await createItem(ctx, {
    productKey: product.key,
    type: input.type,
    title: input.title?.trim() || request.title,
    problem: request.problem,
    source: request.source,
    position: input.position,
    requesters: [
      {
        name: request.requester.name,
        email: request.requester.email,
        personId: request.requester.personId,
        requestId: request.id,
      },
    ],
  });
  if (request.requester.personId) {
    await ctx.trx
      .insertInto('watchers')
      .values({ item_id: item.id, person_id: request.requester.personId, created_at: ctx.now() })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  const decided = await recordDecision(ctx, request, { state: 'accepted', itemId: item.id });
  await appendEvent(ctx, {
    productId: product.id,
    itemId: item.id,
    itemKey: item.key,
    kind: 'request.accepted',
    data: { request: request.key, source: request.source },
  });
  await tellRequester(ctx, decided, { kind: 'accepted' }, { dedupeKey: `${request.id}:accepted` });
  return { request: decided, item };
}
