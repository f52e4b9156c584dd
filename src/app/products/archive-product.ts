import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { appendEvent } from '../events/append-event.ts';
import { findProductByKey, forgetProducts, type Product, scopeOf, toProduct } from './product-queries.ts';

/**
 * An admin archives a product with everything in it: it leaves everyone's lists and navigation,
 * its public form closes, the custodian stops its rounds, and nothing in it changes until it is
 * restored. Nothing is deleted.
 */
export async function archiveProduct(ctx: Ctx, input: { key: string }): Promise<Product> {
  return setArchived(ctx, input.key, true);
}

/** An admin brings an archived product back as it was. */
export async function restoreProduct(ctx: Ctx, input: { key: string }): Promise<Product> {
  return setArchived(ctx, input.key, false);
}

async function setArchived(ctx: Ctx, key: string, archive: boolean): Promise<Product> {
  const product = await findProductByKey(ctx.trx, key);
  await authorize(ctx, 'product.archive', scopeOf(product));
  if ((product.archivedAt !== null) === archive) return product;
  const row = await ctx.trx
    .updateTable('products')
    .set({ archived_at: archive ? ctx.now() : null })
    .where('id', '=', product.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  forgetProducts();
  await appendEvent(ctx, {
    productId: product.id,
    kind: archive ? 'product.archived' : 'product.restored',
    data: { key: product.key, name: product.name },
  });
  return toProduct(row);
}
