import { type MoveTarget, needsRespacing } from '../../domain/rank.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { findItemWithProduct, type Item } from '../items/item-queries.ts';
import { lockProduct, scopeOf } from '../products/product-queries.ts';
import { placeAndTarget } from './rank-queries.ts';
import { requestRespacing } from './respace-ranks.ts';

export interface MoveItemInput {
  key: string;
  target: MoveTarget;
  reason?: string;
}

/**
 * Moves an item to a new place in its product's order. The product row's lock serialises moves;
 * the item gets one new rank key between its new neighbours, and nothing else is renumbered.
 * A move changes no field a person edits, so it leaves the item's version alone.
 */
export async function moveItem(ctx: Ctx, input: MoveItemInput): Promise<Item> {
  const { item, product } = await findItemWithProduct(ctx.trx, input.key);
  await authorize(ctx, 'item.move', scopeOf(product));
  const anchorKey =
    'before' in input.target ? input.target.before : 'after' in input.target ? input.target.after : null;
  if (anchorKey?.toUpperCase() === item.key) {
    throw invalidInput('before' in input.target ? 'before' : 'after', 'an item cannot move next to itself');
  }
  await lockProduct(ctx.trx, product.id);
  // After the lock, in a statement of its own: one that waited for a lock would read a stale order.
  const {
    item: current,
    from,
    rank,
    place,
  } = await placeAndTarget(ctx.trx, product.id, item.id, input.target);
  if (from.after === place.after && from.before === place.before) return current;
  const now = ctx.now();
  const row = await ctx.trx
    .updateTable('items')
    .set({ rank, updated_at: now, last_activity_at: now })
    .where('id', '=', current.id)
    .returning(['rank', 'updated_at', 'last_activity_at'])
    .executeTakeFirstOrThrow();
  await appendEvent(ctx, {
    productId: product.id,
    itemId: current.id,
    itemKey: current.key,
    kind: 'item.moved',
    data: { from, to: place, ...(input.reason && { reason: input.reason }) },
  });
  if (needsRespacing(rank)) await requestRespacing(ctx, product.id);
  return { ...current, rank: row.rank, updatedAt: row.updated_at, lastActivityAt: row.last_activity_at };
}
