import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { appendEvent } from '../events/append-event.ts';
import { findProductById, scopeOf } from '../products/product-queries.ts';
import { findItemByKey } from './item-queries.ts';

/** Starts or stops watching an item; watchers hear of its changes. */
export async function setWatching(
  ctx: Ctx,
  input: { key: string; watching: boolean },
): Promise<{ watching: boolean }> {
  const item = await findItemByKey(ctx.trx, input.key);
  const product = await findProductById(ctx.trx, item.productId);
  await authorize(ctx, 'item.watch', scopeOf(product));
  const actor = requireActor(ctx);
  const changed = input.watching
    ? await ctx.trx
        .insertInto('watchers')
        .values({ item_id: item.id, person_id: actor.personId, created_at: ctx.now() })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst()
    : await ctx.trx
        .deleteFrom('watchers')
        .where('item_id', '=', item.id)
        .where('person_id', '=', actor.personId)
        .executeTakeFirst();
  const rows =
    'numInsertedOrUpdatedRows' in changed ? changed.numInsertedOrUpdatedRows : changed.numDeletedRows;
  if (rows && rows > 0n) {
    await appendEvent(ctx, {
      productId: product.id,
      itemId: item.id,
      itemKey: item.key,
      kind: input.watching ? 'item.watched' : 'item.unwatched',
      data: {},
    });
  }
  return { watching: input.watching };
}
