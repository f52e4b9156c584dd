import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import type { ProductWithRole } from './list-products.ts';
import { findProductByKey, scopeOf } from './product-queries.ts';

export async function getProduct(ctx: Ctx, key: string): Promise<ProductWithRole> {
  const product = await findProductByKey(ctx.trx, key);
  const role = await authorize(ctx, 'product.read', scopeOf(product));
  return { ...product, role };
}
