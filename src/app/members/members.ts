import type { ProductRole } from '../../domain/permissions.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { findProductByKey, scopeOf } from '../products/product-queries.ts';

export interface Member {
  personId: string;
  name: string;
  email: string;
  role: ProductRole;
}

export async function listMembers(ctx: Ctx, productKey: string): Promise<Member[]> {
  const product = await findProductByKey(ctx.trx, productKey);
  await authorize(ctx, 'members.read', scopeOf(product));
  const rows = await ctx.trx
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select(['people.id as personId', 'people.name', 'people.email', 'memberships.role'])
    .where('memberships.product_id', '=', product.id)
    .orderBy('people.name')
    .execute();
  return rows;
}

/** Refuses a change that would take the product's last owner away. */
async function assertKeepsAnOwner(ctx: Ctx, productId: string, leavingPersonId: string): Promise<void> {
  const owners = await ctx.trx
    .selectFrom('memberships')
    .select('person_id')
    .where('product_id', '=', productId)
    .where('role', '=', 'owner')
    .execute();
  if (owners.length === 1 && owners[0]?.person_id === leavingPersonId) {
    throw new AppError('invalid_input', 'A product keeps at least one owner: name another owner first');
  }
}

/** Gives a person of the workspace a role in the product, or changes the role they have. */
export async function setMemberRole(
  ctx: Ctx,
  input: { productKey: string; email: string; role: ProductRole },
): Promise<Member> {
  const product = await findProductByKey(ctx.trx, input.productKey);
  await authorize(ctx, 'members.manage', scopeOf(product));
  const person = await ctx.trx
    .selectFrom('people')
    .select(['id', 'name', 'email'])
    .where('email', '=', input.email.trim().toLowerCase())
    .where('workspace_id', '=', product.workspaceId)
    .executeTakeFirst();
  if (!person) throw invalidInput('email', `no one in this workspace signs in as ${input.email}`);
  if (input.role !== 'owner') await assertKeepsAnOwner(ctx, product.id, person.id);
  await ctx.trx
    .insertInto('memberships')
    .values({ product_id: product.id, person_id: person.id, role: input.role, created_at: ctx.now() })
    .onConflict((oc) => oc.columns(['product_id', 'person_id']).doUpdateSet({ role: input.role }))
    .execute();
  await appendEvent(ctx, {
    productId: product.id,
    kind: 'member.role_set',
    data: { personId: person.id, role: input.role },
  });
  return { personId: person.id, name: person.name, email: person.email, role: input.role };
}

export async function removeMember(ctx: Ctx, input: { productKey: string; personId: string }): Promise<void> {
  const product = await findProductByKey(ctx.trx, input.productKey);
  await authorize(ctx, 'members.manage', scopeOf(product));
  await assertKeepsAnOwner(ctx, product.id, input.personId);
  const removed = await ctx.trx
    .deleteFrom('memberships')
    .where('product_id', '=', product.id)
    .where('person_id', '=', input.personId)
    .executeTakeFirst();
  if (removed.numDeletedRows === 0n) throw invalidInput('personId', 'not a member of this product');
  await appendEvent(ctx, {
    productId: product.id,
    kind: 'member.removed',
    data: { personId: input.personId },
  });
}
