import { sql } from 'kysely';
import { type MoveTarget, needsRespacing } from '../../domain/rank.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { changeWithEvent } from '../events/append-event.ts';
import { type Item, lockItemRef } from '../items/item-queries.ts';
import { scopeOf } from '../products/product-queries.ts';
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
  const { item, product } = await lockItemRef(ctx.trx, input.key);
  await authorize(ctx, 'item.move', scopeOf(product));
  const anchorKey =
    'before' in input.target ? input.target.before : 'after' in input.target ? input.target.after : null;
  if (anchorKey?.toUpperCase() === item.key) {
    throw invalidInput('before' in input.target ? 'before' : 'after', 'an item cannot move next to itself');
  }
  // After the lock, in a statement of its own: one that waited for a lock would read a stale order.
  const {
    item: current,
    from,
    rank,
    place,
  } = await placeAndTarget(ctx.trx, product.id, item.id, input.target);
  if (from.after === place.after && from.before === place.before) return current;
  const now = ctx.now();
  const row = await changeWithEvent(
    ctx,
    sql<Pick<Item, 'rank' | 'updatedAt' | 'lastActivityAt'>>`update items
      set rank = ${rank}, updated_at = ${now}, last_activity_at = ${now} where id = ${current.id}
      returning rank, updated_at as "updatedAt", last_activity_at as "lastActivityAt"`,
    {
      productId: product.id,
      itemId: current.id,
      itemKey: current.key,
      kind: 'item.moved',
      data: { from, to: place, ...(input.reason && { reason: input.reason }) },
    },
  );
  if (!row) throw new Error(`item ${current.key} was not moved`);
  if (needsRespacing(rank)) await requestRespacing(ctx, product.id);
  return { ...current, ...row };
}
