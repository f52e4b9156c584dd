import { activeStatuses } from '../../domain/item.ts';
import { rankBetween } from '../../domain/rank.ts';
import { readinessOf } from '../../domain/readiness.ts';
import { type CapacityProposal, proposeByCapacity } from '../../domain/sprint-planning.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { findItemByKey, type Item, itemColumns, toItem } from '../items/item-queries.ts';
import { scopeOf } from '../products/product-queries.ts';
import { moveItem } from '../ranking/move-item.ts';
import { checkCommitment } from '../refinement/commitment-check.ts';
import { committedPoints, currentSprintOf, findSprint, notInASprint } from './sprint-queries.ts';

const proposalWindow = 200;

export interface SprintProposal extends CapacityProposal {
  capacity: number;
  alreadyCommitted: number;
}

/** Ready items from the top of the product backlog that fit what is left of the capacity. */
export async function proposeSprint(ctx: Ctx, sprintId: string): Promise<SprintProposal> {
  const { sprint, product } = await findSprint(ctx.trx, sprintId);
  await authorize(ctx, 'product.read', scopeOf(product));
  const rows = await ctx.trx
    .selectFrom('items')
    .select(itemColumns)
    .where('product_id', '=', product.id)
    .where('archived_at', 'is', null)
    .where(
      'status',
      'in',
      activeStatuses.filter((status) => status !== 'on_hold'),
    )
    .where(notInASprint)
    .orderBy('rank')
    .limit(proposalWindow)
    .execute();
  const alreadyCommitted = await committedPoints(ctx.trx, sprint.id);
  const candidates = rows.map(toItem).map((item) => ({
    key: item.key,
    estimate: item.estimate,
    isReady: readinessOf(item, product.definitionOfReady).isReady,
  }));
  return {
    ...proposeByCapacity(candidates, Math.max(0, sprint.capacityPoints - alreadyCommitted)),
    capacity: sprint.capacityPoints,
    alreadyCommitted,
  };
}

export interface CommitResult {
  committed: string[];
  /** Items taken in although not ready (the product warns rather than refuses). */
  warnings: { key: string; lacks: string[] }[];
}

async function lastBoardRank(ctx: Ctx, sprintId: string): Promise<string | null> {
  const row = await ctx.trx
    .selectFrom('sprint_items')
    .select('board_rank')
    .where('sprint_id', '=', sprintId)
    .orderBy('board_rank', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.board_rank ?? null;
}

/** Adds an item to a sprint as a current item at the bottom of its board. */
export async function placeInSprint(ctx: Ctx, sprintId: string, item: Item): Promise<void> {
  await ctx.trx
    .insertInto('sprint_items')
    .values({
      sprint_id: sprintId,
      item_id: item.id,
      board_rank: rankBetween(await lastBoardRank(ctx, sprintId), null),
      added_at: ctx.now(),
      estimate_at_commit: item.estimate,
    })
    .onConflict((oc) =>
      oc
        .columns(['sprint_id', 'item_id'])
        .doUpdateSet({ is_current: true, outcome: null, added_at: ctx.now() }),
    )
    .execute();
}

/**
 * Commits items to a planned or active sprint: they leave the product backlog's order. An item
 * that is not ready is refused if the product says so, else taken with a warning.
 */
export async function commitToSprint(
  ctx: Ctx,
  input: { sprintId: string; itemKeys: string[] },
): Promise<CommitResult> {
  const { sprint, product } = await findSprint(ctx.trx, input.sprintId);
  await authorize(ctx, 'sprint.plan', scopeOf(product));
  if (sprint.state === 'closed') throw invalidInput('sprintId', `${sprint.name} is closed`);
  const result: CommitResult = { committed: [], warnings: [] };
  for (const [index, key] of input.itemKeys.entries()) {
    const item = await findItemByKey(ctx.trx, key);
    if (item.productId !== product.id || item.archivedAt)
      throw invalidInput(`itemKeys.${index}`, `${key} is not in this product's backlog`);
    const elsewhere = await currentSprintOf(ctx.trx, item.id);
    if (elsewhere) {
      throw new AppError('invalid_input', `itemKeys.${index}: ${item.key} is already in a sprint`, [
        { field: `itemKeys.${index}`, message: 'already in a sprint' },
      ]);
    }
    const check = await checkCommitment(ctx, item.key);
    const lacks = check.lacks.map((lack) => lack.label);
    if (check.isRefused) {
      throw new AppError(
        'invalid_input',
        `itemKeys.${index}: ${item.key} is not ready (lacks ${lacks.join(', ')})`,
        [{ field: `itemKeys.${index}`, message: `not ready: lacks ${lacks.join(', ')}` }],
      );
    }
    if (!check.isReady) result.warnings.push({ key: item.key, lacks });
    await placeInSprint(ctx, sprint.id, item);
    await appendEvent(ctx, {
      productId: product.id,
      itemId: item.id,
      itemKey: item.key,
      kind: 'sprint.committed',
      data: { sprintId: sprint.id, sprint: sprint.name },
    });
    result.committed.push(item.key);
  }
  return result;
}

/** Takes an item out of a sprint, back into the product backlog where it was (or at the top). */
export async function returnToBacklog(
  ctx: Ctx,
  input: { sprintId: string; itemKey: string; toTop?: boolean },
): Promise<void> {
  const { sprint, product } = await findSprint(ctx.trx, input.sprintId);
  await authorize(ctx, 'sprint.plan', scopeOf(product));
  const item = await findItemByKey(ctx.trx, input.itemKey);
  const removed = await ctx.trx
    .updateTable('sprint_items')
    .set({ is_current: false, outcome: 'removed' })
    .where('sprint_id', '=', sprint.id)
    .where('item_id', '=', item.id)
    .where('is_current', '=', true)
    .executeTakeFirst();
  if (removed.numUpdatedRows === 0n) throw invalidInput('itemKey', `${item.key} is not in ${sprint.name}`);
  await appendEvent(ctx, {
    productId: product.id,
    itemId: item.id,
    itemKey: item.key,
    kind: 'sprint.removed',
    data: { sprintId: sprint.id, sprint: sprint.name },
  });
  if (input.toTop)
    await moveItem(ctx, { key: item.key, target: { to: 'top' }, reason: `Back from ${sprint.name}` });
}
