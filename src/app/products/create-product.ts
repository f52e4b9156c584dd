import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { type Product, toProduct } from './product-queries.ts';

export interface CreateProductInput {
  key: string;
  name: string;
  description?: string;
  visibility?: 'workspace' | 'members';
}

/** A workspace admin creates a product and becomes its owner until they hand it over. */
export async function createProduct(ctx: Ctx, input: CreateProductInput): Promise<Product> {
  await authorize(ctx, 'product.create', null);
  const actor = requireActor(ctx);
  const key = input.key.toUpperCase();
  const taken = await ctx.trx.selectFrom('products').select('id').where('key', '=', key).executeTakeFirst();
  if (taken) {
    throw new AppError('already_exists', `key: a product with the key ${key} already exists`, [
      { field: 'key', message: 'already taken' },
    ]);
  }
  const row = await ctx.trx
    .insertInto('products')
    .values({
      workspace_id: actor.workspaceId,
      key,
      name: input.name,
      description: input.description ?? '',
      visibility: input.visibility ?? 'workspace',
      created_at: ctx.now(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await ctx.trx
    .insertInto('memberships')
    .values({ product_id: row.id, person_id: actor.personId, role: 'owner', created_at: ctx.now() })
    .execute();
  await appendEvent(ctx, { productId: row.id, kind: 'product.created', data: { key, name: input.name } });
  return toProduct(row);
}
