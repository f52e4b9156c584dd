import { isDeepStrictEqual } from 'node:util';
import type { ItemPatch } from '../../db/schema.ts';
import { normaliseTags } from '../../domain/item.ts';
import { itemFieldProblems } from '../../domain/item-rules.ts';
import type { RiceInput, WsjfInput } from '../../domain/scoring.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { tellRequestersOfOutcome } from '../notifications/item-outcome-notices.ts';
import { findProductById, scopeOf } from '../products/product-queries.ts';
import { type CreateItemInput, fieldProblemsError } from './create-item.ts';
import { replaceLinks } from './item-links.ts';
import { findItemByKey, type Item, itemColumns, toItem } from './item-queries.ts';

/** Every field a person edits; a create names the type and title and may give the rest. */
export type ItemChanges = Partial<Omit<CreateItemInput, 'productKey' | 'requesters' | 'position'>>;

export interface UpdateItemInput {
  key: string;
  /** The version the writer read; a stale one gets a version_conflict with the current item. */
  version: number;
  changes: ItemChanges;
}

type EditableField = Exclude<keyof ItemChanges, 'links'>;

const columnOf: Record<Exclude<EditableField, 'wsjf' | 'rice'>, keyof ItemPatch> = {
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
  readyChecks: 'ready_checks',
  moscow: 'moscow',
};

/** The columns one changed field writes: most fields are one column, a score's parts several. */
function columnsFor(field: EditableField, value: unknown): ItemPatch {
  if (field === 'wsjf') {
    const wsjf = value as WsjfInput;
    return {
      wsjf_business_value: wsjf.businessValue,
      wsjf_time_criticality: wsjf.timeCriticality,
      wsjf_risk_reduction: wsjf.riskReduction,
      wsjf_job_size: wsjf.jobSize,
    };
  }
  if (field === 'rice') {
    const rice = value as RiceInput;
    return {
      rice_reach: rice.reach,
      rice_impact: rice.impact,
      rice_confidence: rice.confidence,
      rice_effort: rice.effort,
    };
  }
  return { [columnOf[field]]: field === 'acceptanceCriteria' ? JSON.stringify(value) : value } as ItemPatch;
}

function normalised(item: Item, changes: ItemChanges): Partial<Record<EditableField, unknown>> {
  const { links: _links, ...fields } = changes;
  return {
    ...fields,
    ...(fields.wsjf !== undefined && { wsjf: { ...item.wsjf, ...fields.wsjf } }),
    ...(fields.rice !== undefined && { rice: { ...item.rice, ...fields.rice } }),
    ...(fields.readyChecks !== undefined && { readyChecks: [...new Set(fields.readyChecks)] }),
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

  const wanted = normalised(item, input.changes);
  if (wanted.status !== undefined && wanted.status !== 'on_hold' && input.changes.holdReason === undefined) {
    wanted.holdReason = null;
  }
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  let set: ItemPatch = {};
  for (const [field, value] of Object.entries(wanted) as [EditableField, unknown][]) {
    if (value === undefined || isDeepStrictEqual(item[field], value)) continue;
    before[field] = item[field];
    after[field] = value;
    set = { ...set, ...columnsFor(field, value) };
  }
  const merged = { ...item, ...after } as Item;
  const problems = itemFieldProblems(merged);
  if (problems.length > 0) throw fieldProblemsError(problems);
  if (input.changes.links) await replaceLinks(ctx.trx, item, input.changes.links);
  if (Object.keys(set).length === 0 && !input.changes.links) return item;

  const now = ctx.now();
  const row = await ctx.trx
    .updateTable('items')
    .set({ ...set, version: item.version + 1, updated_at: now, last_activity_at: now })
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
