import { activeStatuses } from '../../domain/item.ts';
import { type ForecastBoundary, forecastBoundaries } from '../../domain/sprint-planning.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { findProductByKey, scopeOf } from '../products/product-queries.ts';
import { notInASprint, teamVelocity } from './sprint-queries.ts';

export interface Forecast {
  /** Points per sprint: the mean of the last three closed sprints, or the product's setting. */
  velocity: number | null;
  basis: 'history' | 'setting' | 'none';
  /** What an item without an estimate counts as: the median estimate of those that have one. */
  unestimatedPoints: number;
  boundaries: ForecastBoundary[];
}

const forecastWindow = 1_000;

/** Where each coming sprint is likely to end in the product backlog, at the team's velocity. */
export async function forecast(ctx: Ctx, productKey: string): Promise<Forecast> {
  const product = await findProductByKey(ctx.trx, productKey);
  await authorize(ctx, 'item.read', scopeOf(product));
  const { velocity, basis } = await teamVelocity(ctx.trx, product);
  const items = await ctx.trx
    .selectFrom('items')
    .select(['key', 'estimate'])
    .where('product_id', '=', product.id)
    .where('archived_at', 'is', null)
    .where('status', 'in', activeStatuses)
    .where(notInASprint)
    .orderBy('rank')
    .limit(forecastWindow)
    .execute();
  const estimated = items.filter((item) => item.estimate !== null).map((item) => item.estimate as number);
  const typical = estimated.sort((a, b) => a - b)[Math.floor(estimated.length / 2)] ?? 0;
  return {
    velocity,
    basis,
    unestimatedPoints: typical,
    boundaries: forecastBoundaries(items, velocity, { unestimatedPoints: typical }),
  };
}
