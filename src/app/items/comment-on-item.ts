import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { appendEvent } from '../events/append-event.ts';
import { findProductById, scopeOf } from '../products/product-queries.ts';
import { findItemByKey } from './item-queries.ts';

export interface Comment {
  id: string;
  author: string;
  body: string;
  createdAt: Date;
}

/** A comment is discussion: it counts as activity on the item. */
export async function commentOnItem(ctx: Ctx, input: { key: string; body: string }): Promise<Comment> {
  const item = await findItemByKey(ctx.trx, input.key);
  const product = await findProductById(ctx.trx, item.productId);
  await authorize(ctx, 'item.comment', scopeOf(product));
  const actor = requireActor(ctx);
  const now = ctx.now();
  const row = await ctx.trx
    .insertInto('comments')
    .values({ item_id: item.id, author_id: actor.personId, body: input.body, created_at: now })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
  await ctx.trx.updateTable('items').set({ last_activity_at: now }).where('id', '=', item.id).execute();
  await appendEvent(ctx, {
    productId: product.id,
    itemId: item.id,
    itemKey: item.key,
    kind: 'comment.added',
    data: { commentId: row.id },
  });
  return { id: row.id, author: actor.name, body: input.body, createdAt: row.created_at };
}
