import { announceActorsChanged } from '../auth/revocations.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { findProductByKey, scopeOf } from '../products/product-queries.ts';
import { assertKeepsAnOwner } from './member.ts';

/** Takes a person out of the product (what they did in it stays theirs). */
export async function removeMember(ctx: Ctx, input: { productKey: string; personId: string }): Promise<void> {
  const product = await findProductByKey(ctx.trx, input.productKey);
  await authorize(ctx, 'members.manage', scopeOf(product));
  await assertKeepsAnOwner(ctx, product.id, input.personId);
  const removed = await ctx.trx
    .deleteFrom('memberships')
    .where('product_id', '=', product.id)
    .where('person_id', '=', input.personId)
    .returning('role')
    .executeTakeFirst();
  if (!removed) throw invalidInput('personId', 'not a member of this product');
  // Their open pages' live streams reconnect, and so ask again whether they may read it.
  await announceActorsChanged(ctx.trx);
  await appendEvent(ctx, {
    productId: product.id,
    kind: 'member.removed',
    data: { personId: input.personId, role: removed.role },
  });
}
