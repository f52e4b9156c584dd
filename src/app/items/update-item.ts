import { isDeepStrictEqual } from 'node:util';
import type { ItemPatch } from '../../db/schema.ts';
import type { AcceptanceCriterion, ItemSource, ItemStatus, ItemType } from '../../domain/item.ts';
import { normaliseTags } from '../../domain/item.ts';
import { itemFieldProblems } from '../../domain/item-rules.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { tellRequestersOfOutcome } from '../notifications/item-outcome-notices.ts';
import { findProductById, scopeOf } from '../products/product-queries.ts';
import { fieldProblemsError, type LinkInput } from './create-item.ts';
import { replaceLinks } from './item-links.ts';
import { findItemByKey, type Item, itemColumns, toItem } from './item-queries.ts';

export interface ItemChanges {
  type?: ItemType;
  title?: string;
  problem?: string;
  serves?: string;
  outcome?: string;
  acceptanceCriteria?: AcceptanceCriterion[];
  estimate?: number | null;
  timeboxDays?: number | null;
  deadline?: string | null;
  tags?: string[];
  status?: ItemStatus;
  holdReason?: string | null;
  source?: ItemSource;
  links?: LinkInput[];
}

export interface UpdateItemInput {
  key: string;
  /** The version the writer read; a stale one gets a version_conflict with the current item. */
  version: number;
  changes: ItemChanges;
}

type EditableField = Exclude<keyof ItemChanges, 'links'>;

const columnOf: Record<EditableField, keyof ItemPatch> = {
  type: 'type',
  title: 'title',
  problem: 'problem',
  serves: 'serves',
  outcome: 'outcome',
  acceptanceCriteria: 'acceptance_criteria',
  estimate: 'estimate',
  timeboxDays: 'timebox_days',
  deadline: 'deadline',
  tags: 'tags',
  status: 'status',
  holdReason: 'hold_reason',
  source: 'source',
};

function normalised(changes: ItemChanges): Partial<Record<EditableField, unknown>> {
  const { links: _links, ...fields } = changes;
  return {
    ...fields,
    ...(fields.title !== undefined && { title: fields.title.trim() }),
    ...(fields.tags !== undefined && { tags: normaliseTags(fields.tags) }),
    ...(fields.holdReason !== undefined && { holdReason: fields.holdReason?.trim() || null }),
  };
}

export async function updateItem(ctx: Ctx, input: UpdateItemInput): Promise<Item> {
  const item = await findItemByKey(ctx.trx, input.key);
  const product = await findProductById(ctx.trx, item.productId);
  await authorize(ctx, 'item.update', scopeOf(product), {
    isCreator: item.createdBy === ctx.actor?.personId,
  });
  if (item.version !== input.version) throw versionConflict(item);

  const wanted = normalised(input.changes);
  if (wanted.status !== undefined && wanted.status !== 'on_hold' && input.changes.holdReason === undefined) {
    wanted.holdReason = null;
  }
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const set: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(wanted) as [EditableField, unknown][]) {
    if (value === undefined || isDeepStrictEqual(item[field], value)) continue;
    before[field] = item[field];
    after[field] = value;
    set[columnOf[field]] = field === 'acceptanceCriteria' ? JSON.stringify(value) : value;
  }
  const merged = { ...item, ...after } as Item;
  const problems = itemFieldProblems(merged);
  if (problems.length > 0) throw fieldProblemsError(problems);
  if (input.changes.links) await replaceLinks(ctx.trx, item, input.changes.links);
  if (Object.keys(set).length === 0 && !input.changes.links) return item;

  const now = ctx.now();
  const row = await ctx.trx
    .updateTable('items')
    .set({ ...(set as ItemPatch), version: item.version + 1, updated_at: now, last_activity_at: now })
    .where('id', '=', item.id)
    .where('version', '=', input.version)
    .returning(itemColumns)
    .executeTakeFirst();
  if (!row) throw versionConflict(await findItemByKey(ctx.trx, item.key));
  await appendEvent(ctx, {
    productId: product.id,
    itemId: item.id,
    itemKey: item.key,
    kind: 'item.updated',
    data: { before, after, ...(input.changes.links && { links: input.changes.links }) },
  });
  const updated = toItem(row);
  if (after.status === 'done') await tellRequestersOfOutcome(ctx, updated, { kind: 'shipped' });
  return updated;
}

export function versionConflict(current: Item): AppError {
  return new AppError(
    'version_conflict',
    `${current.key} has changed since you read it (now at version ${current.version}): reload and try again`,
    { current },
  );
}
