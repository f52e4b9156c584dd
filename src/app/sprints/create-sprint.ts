import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { findProductByKey, lockProduct, scopeOf } from '../products/product-queries.ts';
import { type Sprint, toSprint } from './sprint-queries.ts';

export interface CreateSprintInput {
  productKey: string;
  name?: string;
  goal?: string;
  startsOn: string;
  endsOn: string;
  capacityPoints: number;
}

export async function createSprint(ctx: Ctx, input: CreateSprintInput): Promise<Sprint> {
  const product = await findProductByKey(ctx.trx, input.productKey);
  await authorize(ctx, 'sprint.plan', scopeOf(product));
  if (input.endsOn < input.startsOn)
    throw invalidInput('endsOn', 'a sprint ends on or after the day it starts');
  await lockProduct(ctx.trx, product.id);
  const last = await ctx.trx
    .selectFrom('sprints')
    .select('number')
    .where('product_id', '=', product.id)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  const number = (last?.number ?? 0) + 1;
  const row = await ctx.trx
    .insertInto('sprints')
    .values({
      product_id: product.id,
      number,
      name: input.name?.trim() || `Sprint ${number}`,
      goal: input.goal?.trim() ?? '',
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      capacity_points: input.capacityPoints,
      created_at: ctx.now(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendEvent(ctx, {
    productId: product.id,
    kind: 'sprint.created',
    data: { sprintId: row.id, name: row.name },
  });
  return toSprint(row);
}
