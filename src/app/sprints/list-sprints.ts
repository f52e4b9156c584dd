import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { findProductByKey, scopeOf } from '../products/product-queries.ts';
import { type Sprint, toSprint } from './sprint-queries.ts';

/** The product's sprints, newest first. */
export async function listSprints(ctx: Ctx, productKey: string): Promise<Sprint[]> {
  const product = await findProductByKey(ctx.trx, productKey);
  await authorize(ctx, 'product.read', scopeOf(product));
  const rows = await ctx.trx
    .selectFrom('sprints')
    .selectAll()
    .where('product_id', '=', product.id)
    .orderBy('number', 'desc')
    .execute();
  return rows.map(toSprint);
}
