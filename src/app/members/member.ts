import type { ProductRole } from '../../domain/permissions.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { lockProduct } from '../products/product-queries.ts';

export interface Member {
  personId: string;
  name: string;
  email: string;
  role: ProductRole;
  /** Invited people can be given roles before they join. */
  status: 'invited' | 'active';
}

/**
 * Refuses a change that takes the product's last active owner away. The product is locked
 * first, so two owners stepping down at once cannot both pass.
 */
export async function assertKeepsAnOwner(
  ctx: Ctx,
  productId: string,
  leavingPersonId: string,
): Promise<void> {
  await lockProduct(ctx.trx, productId);
  const owners = await ctx.trx
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select('memberships.person_id')
    .where('memberships.product_id', '=', productId)
    .where('memberships.role', '=', 'owner')
    .where('people.deactivated_at', 'is', null)
    .execute();
  if (owners.length === 1 && owners[0]?.person_id === leavingPersonId) {
    throw new AppError(
      'invalid_input',
      'role: a product keeps at least one owner: name another owner first',
      [{ field: 'role', message: 'last owner' }],
    );
  }
}
