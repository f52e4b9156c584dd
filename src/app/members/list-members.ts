import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { statusOf } from '../people/person.ts';
import { findProductByKey, scopeOf } from '../products/product-queries.ts';
import type { Member } from './member.ts';

/** The product's members by name; deactivated people count as no one's member. */
export async function listMembers(ctx: Ctx, productKey: string): Promise<Member[]> {
  const product = await findProductByKey(ctx.trx, productKey);
  await authorize(ctx, 'members.read', scopeOf(product));
  const rows = await ctx.trx
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select([
      'people.id',
      'people.name',
      'people.email',
      'people.joined_at',
      'people.deactivated_at',
      'memberships.role',
    ])
    .where('memberships.product_id', '=', product.id)
    .where('people.deactivated_at', 'is', null)
    .orderBy('people.name')
    .execute();
  return rows.map((row) => ({
    personId: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    status: statusOf(row) === 'invited' ? 'invited' : 'active',
  }));
}
