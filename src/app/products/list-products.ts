import type { Role } from '../../domain/permissions.ts';
import { isPermitted, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { type Product, scopeOf, toProduct } from './product-queries.ts';

export interface ProductWithRole extends Product {
  role: Role;
}

/**
 * The products the actor may see, each with the actor's role in it: those in use, or (for an
 * admin's overview) the archived ones too.
 */
export async function listProducts(
  ctx: Ctx,
  input: { includeArchived?: boolean } = {},
): Promise<ProductWithRole[]> {
  const actor = requireActor(ctx);
  let query = ctx.trx
    .selectFrom('products')
    .selectAll()
    .where('workspace_id', '=', actor.workspaceId)
    .orderBy('name');
  if (!input.includeArchived) query = query.where('archived_at', 'is', null);
  const rows = await query.execute();
  const visible: ProductWithRole[] = [];
  for (const row of rows) {
    const product = toProduct(row);
    const role = await isPermitted(ctx, 'product.read', scopeOf(product));
    if (role) visible.push({ ...product, role });
  }
  return visible;
}
