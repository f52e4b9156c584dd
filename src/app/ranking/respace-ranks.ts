import { sql } from 'kysely';
import { spacedRanks } from '../../domain/rank.ts';
import type { Ctx } from '../context.ts';
import { appendEvent } from '../events/append-event.ts';
import { enqueueJob } from '../jobs/jobs.ts';
import { lockProduct } from '../products/product-queries.ts';

export const respaceJobKind = 'ranks.respace';

/** Asks for the product's keys to be respaced, once, in the background. */
export function requestRespacing(ctx: Ctx, productId: string): Promise<void> {
  return enqueueJob(ctx, {
    kind: respaceJobKind,
    payload: { productId },
    dedupeKey: `${respaceJobKind}:${productId}`,
  });
}

/**
 * Gives every item of the product a short, evenly spaced key in the same order. An automated
 * change: it leaves versions and last activity alone, and records one event for the product.
 */
export async function respaceRanks(ctx: Ctx, input: { productId: string }): Promise<number> {
  await lockProduct(ctx.trx, input.productId);
  const items = await ctx.trx
    .selectFrom('items')
    .select('id')
    .where('product_id', '=', input.productId)
    .orderBy('rank')
    .execute();
  if (items.length === 0) return 0;
  const ranks = spacedRanks(items.length);
  await sql`set constraints items_rank_unique deferred`.execute(ctx.trx);
  const values = items.map((item, index) => sql`(${item.id}::uuid, ${ranks[index]}::text)`);
  for (let start = 0; start < values.length; start += 1000) {
    await sql`update items set rank = v.rank from (values ${sql.join(values.slice(start, start + 1000))}) as v(id, rank)
      where items.id = v.id`.execute(ctx.trx);
  }
  await appendEvent(ctx, {
    productId: input.productId,
    kind: 'product.ranks_respaced',
    data: { items: items.length },
  });
  return items.length;
}
