import type { HealthPart } from '../../domain/health.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { findProductByKey, scopeOf } from '../products/product-queries.ts';

/** The daily health scores of the last `days` days, oldest first. */
export async function healthTrend(
  ctx: Ctx,
  input: { productKey: string; days: number },
): Promise<{ day: string; score: number; parts: HealthPart[] }[]> {
  const product = await findProductByKey(ctx.trx, input.productKey);
  await authorize(ctx, 'item.read', scopeOf(product));
  const since = new Date(ctx.now().getTime() - input.days * 86_400_000).toISOString().slice(0, 10);
  const rows = await ctx.trx
    .selectFrom('health_snapshots')
    .select(['day', 'score', 'parts'])
    .where('product_id', '=', product.id)
    .where('day', '>=', since)
    .orderBy('day')
    .execute();
  return rows.map((row) => ({ day: row.day, score: row.score, parts: row.parts as HealthPart[] }));
}
