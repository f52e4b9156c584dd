import type { ProductRole } from '../../domain/permissions.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { normaliseEmail, statusOf } from '../people/person.ts';
import { findProductByKey, scopeOf } from '../products/product-queries.ts';
import { assertKeepsAnOwner, type Member } from './member.ts';

/** Gives a person of the workspace a role in the product, or changes the role they have. */
export async function setMemberRole(
  ctx: Ctx,
  input: { productKey: string; email: string; role: ProductRole },
): Promise<Member> {
  const product = await findProductByKey(ctx.trx, input.productKey);
  await authorize(ctx, 'members.manage', scopeOf(product));
  const person = await ctx.trx
    .selectFrom('people')
    .select(['id', 'name', 'email', 'joined_at', 'deactivated_at'])
    .where('email', '=', normaliseEmail(input.email))
    .where('workspace_id', '=', product.workspaceId)
    .executeTakeFirst();
  if (!person) throw invalidInput('email', `no one in this workspace signs in as ${input.email}`);
  const status = statusOf(person);
  if (status === 'deactivated')
    throw invalidInput('email', `${person.name} is deactivated: reactivate them first`);
  if (input.role !== 'owner') await assertKeepsAnOwner(ctx, product.id, person.id);
  const before = await ctx.trx
    .selectFrom('memberships')
    .select('role')
    .where('product_id', '=', product.id)
    .where('person_id', '=', person.id)
    .executeTakeFirst();
  await ctx.trx
    .insertInto('memberships')
    .values({ product_id: product.id, person_id: person.id, role: input.role, created_at: ctx.now() })
    .onConflict((oc) => oc.columns(['product_id', 'person_id']).doUpdateSet({ role: input.role }))
    .execute();
  if (before?.role !== input.role) {
    await appendEvent(ctx, {
      productId: product.id,
      kind: 'member.role_set',
      data: { personId: person.id, name: person.name, role: input.role, from: before?.role ?? null },
    });
  }
  return { personId: person.id, name: person.name, email: person.email, role: input.role, status };
}
