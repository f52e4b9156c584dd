import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { tellRequestersOfOutcome } from '../notifications/item-outcome-notices.ts';
import { findProductById, scopeOf } from '../products/product-queries.ts';
import { findItemByKey, type Item } from './item-queries.ts';

export const archiveReasons = ['stale', 'obsolete', 'duplicate', 'wont_do', 'delivered_elsewhere'] as const;
export type ArchiveReason = (typeof archiveReasons)[number];

/**
 * Archiving takes an item out of the order and every default view; it keeps its rank key, so a
 * restore puts it back where it was, and its history.
 */
export async function archiveItem(
  ctx: Ctx,
  input: {
    key: string;
    reason: ArchiveReason /** By a rule, not a person: not activity. */;
    isAutomated?: boolean;
  },
): Promise<Item> {
  const item = await findItemByKey(ctx.trx, input.key);
  const product = await findProductById(ctx.trx, item.productId);
  await authorize(ctx, 'item.archive', scopeOf(product));
  if (item.archivedAt) throw new AppError('invalid_input', `${item.key} is already archived`);
  const now = ctx.now();
  await ctx.trx
    .updateTable('items')
    .set({
      archived_at: now,
      archive_reason: input.reason,
      version: item.version + 1,
      updated_at: now,
      ...(!input.isAutomated && { last_activity_at: now }),
    })
    .where('id', '=', item.id)
    .execute();
  await appendEvent(ctx, {
    productId: product.id,
    itemId: item.id,
    itemKey: item.key,
    kind: 'item.archived',
    data: { reason: input.reason, status: item.status, ...(input.isAutomated && { automated: true }) },
  });
  const archived = {
    ...item,
    archivedAt: now,
    archiveReason: input.reason,
    version: item.version + 1,
    updatedAt: now,
  };
  await tellRequestersOfOutcome(ctx, archived, { kind: 'archived', reason: input.reason });
  return archived;
}

export async function restoreItem(
  ctx: Ctx,
  input: {
    key: string /** Undoing a rule's archive: the item's last activity stays what it was. */;
    isUndo?: boolean;
  },
): Promise<Item> {
  const item = await findItemByKey(ctx.trx, input.key);
  const product = await findProductById(ctx.trx, item.productId);
  await authorize(ctx, 'item.archive', scopeOf(product));
  if (!item.archivedAt) throw new AppError('invalid_input', `${item.key} is not archived`);
  const now = ctx.now();
  await ctx.trx
    .updateTable('items')
    .set({
      archived_at: null,
      archive_reason: null,
      version: item.version + 1,
      updated_at: now,
      ...(!input.isUndo && { last_activity_at: now }),
    })
    .where('id', '=', item.id)
    .execute();
  await appendEvent(ctx, {
    productId: product.id,
    itemId: item.id,
    itemKey: item.key,
    kind: 'item.restored',
    data: { status: item.status, ...(input.isUndo && { undo: true }) },
  });
  return { ...item, archivedAt: null, archiveReason: null, version: item.version + 1, updatedAt: now };
}
