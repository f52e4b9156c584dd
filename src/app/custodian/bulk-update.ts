import type { ItemStatus } from '../../domain/item.ts';
import { normaliseTags } from '../../domain/item.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { type ArchiveReason, archiveItem } from '../items/archive-item.ts';
import { findItemByKey } from '../items/item-queries.ts';
import { updateItem } from '../items/update-item.ts';
import { findProductByKey, scopeOf } from '../products/product-queries.ts';
import { moveItem } from '../ranking/move-item.ts';
import { scheduleSession, setAgenda } from '../refinement/schedule-session.ts';

export type BulkAction =
  | { action: 'tag'; tag: string }
  | { action: 'untag'; tag: string }
  | { action: 'status'; status: ItemStatus; holdReason?: string }
  | { action: 'archive'; reason: ArchiveReason }
  | { action: 'move'; to: 'top' | 'bottom' }
  | { action: 'refine' };

/**
 * One action on many items, all or none: each goes through the same operation a person would
 * use on one item (so each is authorised, validated and recorded).
 */
export async function bulkUpdate(
  ctx: Ctx,
  input: { productKey: string; keys: string[]; change: BulkAction },
): Promise<{ changed: string[] }> {
  const product = await findProductByKey(ctx.trx, input.productKey);
  await authorize(ctx, 'item.read', scopeOf(product));
  const items = [];
  for (const [index, key] of input.keys.entries()) {
    const item = await findItemByKey(ctx.trx, key).catch(() => null);
    if (!item || item.productId !== product.id)
      throw invalidInput(`keys.${index}`, `${key} is not an item of ${product.key}`);
    items.push(item);
  }
  const { change } = input;
  if (change.action === 'refine') {
    const planned = await ctx.trx
      .selectFrom('refinement_sessions')
      .select('id')
      .where('product_id', '=', product.id)
      .where('state', '=', 'planned')
      .orderBy('scheduled_for')
      .limit(1)
      .executeTakeFirst();
    const sessionId =
      planned?.id ?? (await scheduleSession(ctx, { productKey: product.key, itemKeys: [] })).id;
    const agenda = await ctx.trx
      .selectFrom('refinement_agenda')
      .innerJoin('items', 'items.id', 'refinement_agenda.item_id')
      .select('items.key')
      .where('refinement_agenda.session_id', '=', sessionId)
      .orderBy('refinement_agenda.position')
      .execute();
    const keys = [...new Set([...agenda.map((row) => row.key), ...items.map((item) => item.key)])];
    await setAgenda(ctx, { sessionId, itemKeys: keys });
    return { changed: items.map((item) => item.key) };
  }
  const ordered = change.action === 'move' && change.to === 'top' ? [...items].reverse() : items;
  for (const item of ordered) {
    if (change.action === 'tag' || change.action === 'untag') {
      const [tag] = normaliseTags([change.tag]);
      if (!tag) throw invalidInput('change.tag', 'name a tag');
      const tags = change.action === 'tag' ? [...item.tags, tag] : item.tags.filter((t) => t !== tag);
      await updateItem(ctx, { key: item.key, version: item.version, changes: { tags } });
    } else if (change.action === 'status') {
      await updateItem(ctx, {
        key: item.key,
        version: item.version,
        changes: {
          status: change.status,
          ...(change.holdReason !== undefined && { holdReason: change.holdReason }),
        },
      });
    } else if (change.action === 'archive') {
      await archiveItem(ctx, { key: item.key, reason: change.reason });
    } else {
      await moveItem(ctx, {
        key: item.key,
        target: { to: change.to },
        reason: 'Bulk move from the custodian view',
      });
    }
  }
  return { changed: items.map((item) => item.key) };
}
