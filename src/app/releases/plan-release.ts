import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { lockProduct, scopeOf } from '../products/product-queries.ts';
import { findRelease } from './release-queries.ts';

/** A person planned an item in or out: activity on the item, and a change in its history. */
async function recordReleaseChange(
  ctx: Ctx,
  productId: string,
  item: { id: string; key: string },
  change: { before: string | null; after: string | null },
): Promise<void> {
  await ctx.trx.updateTable('items').set({ last_activity_at: ctx.now() }).where('id', '=', item.id).execute();
  await appendEvent(ctx, {
    productId,
    itemId: item.id,
    itemKey: item.key,
    kind: 'item.release_changed',
    data: change,
  });
}

/**
 * Plans items into a release; an item in another release leaves that one (an item is in one
 * release at a time). Planning is a person's touch: it counts as activity on the item.
 */
export async function planIntoRelease(
  ctx: Ctx,
  input: { releaseId: string; itemKeys: string[] },
): Promise<{ planned: string[] }> {
  const { release, product } = await findRelease(ctx.trx, input.releaseId);
  await authorize(ctx, 'release.plan', scopeOf(product));
  // Plans in a product one at a time: two people planning one item must not both add it.
  await lockProduct(ctx.trx, product.id);
  const keys = [...new Set(input.itemKeys.map((key) => key.toUpperCase()))];
  const items = await ctx.trx
    .selectFrom('items')
    .leftJoin('release_items', (join) =>
      join.onRef('release_items.item_id', '=', 'items.id').on('release_items.removed_at', 'is', null),
    )
    .leftJoin('releases', 'releases.id', 'release_items.release_id')
    .select([
      'items.id',
      'items.key',
      'items.archived_at',
      'releases.id as releaseId',
      'releases.name as releaseName',
    ])
    .where('items.product_id', '=', product.id)
    .where('items.key', 'in', keys)
    .execute();
  for (const [index, key] of keys.entries()) {
    const item = items.find((found) => found.key === key);
    if (!item) throw invalidInput(`itemKeys.${index}`, `no item ${key} in ${product.key}`);
    if (item.archived_at) throw invalidInput(`itemKeys.${index}`, `${key} is archived`);
  }
  const now = ctx.now();
  const planned: string[] = [];
  for (const item of items) {
    if (item.releaseId === release.id) continue;
    if (item.releaseId) {
      await ctx.trx
        .updateTable('release_items')
        .set({ removed_at: now })
        .where('item_id', '=', item.id)
        .where('removed_at', 'is', null)
        .execute();
    }
    await ctx.trx
      .insertInto('release_items')
      .values({ release_id: release.id, item_id: item.id, added_at: now })
      .execute();
    await recordReleaseChange(ctx, product.id, item, { before: item.releaseName, after: release.name });
    planned.push(item.key);
  }
  return { planned };
}

/** Takes an item out of a release: it leaves the release's scope from now on. */
export async function takeOutOfRelease(
  ctx: Ctx,
  input: { releaseId: string; itemKey: string },
): Promise<void> {
  const { release, product } = await findRelease(ctx.trx, input.releaseId);
  await authorize(ctx, 'release.plan', scopeOf(product));
  const now = ctx.now();
  const taken = await ctx.trx
    .updateTable('release_items')
    .set({ removed_at: now })
    .from('items')
    .whereRef('items.id', '=', 'release_items.item_id')
    .where('items.key', '=', input.itemKey.toUpperCase())
    .where('release_items.release_id', '=', release.id)
    .where('release_items.removed_at', 'is', null)
    .returning(['items.id', 'items.key'])
    .executeTakeFirst();
  if (!taken) throw invalidInput('itemKey', `${input.itemKey} is not in ${release.name}`);
  await recordReleaseChange(ctx, product.id, taken, { before: release.name, after: null });
}
