import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { findItemByKey } from '../items/item-queries.ts';
import { scopeOf } from '../products/product-queries.ts';
import { moveItem } from '../ranking/move-item.ts';
import { placeInSprint } from './plan-sprint.ts';
import { findSprint, type Sprint, type SprintSummary } from './sprint-queries.ts';

export type Unfinished =
  | { to: 'backlog'; place: 'top' | 'where_it_was' }
  | { to: 'sprint'; sprintId: string };

/**
 * Closes a sprint: done items are delivered; unfinished ones go back to the product backlog (at
 * the top, or where they were in the order) or into the next sprint. The completed points are
 * the sprint's velocity.
 */
export async function closeSprint(
  ctx: Ctx,
  input: { sprintId: string; unfinished: Unfinished },
): Promise<Sprint> {
  const { sprint, product } = await findSprint(ctx.trx, input.sprintId);
  await authorize(ctx, 'sprint.plan', scopeOf(product));
  if (sprint.state !== 'active')
    throw invalidInput('sprintId', `only an active sprint can close; ${sprint.name} is ${sprint.state}`);
  const { unfinished } = input;
  if (unfinished.to === 'sprint') {
    const next = await findSprint(ctx.trx, unfinished.sprintId);
    if (next.product.id !== product.id || next.sprint.state === 'closed' || next.sprint.id === sprint.id) {
      throw invalidInput('unfinished.sprintId', 'carry over into another open sprint of this product');
    }
  }
  const rows = await ctx.trx
    .selectFrom('sprint_items')
    .innerJoin('items', 'items.id', 'sprint_items.item_id')
    .select([
      'items.id',
      'items.key',
      'items.status',
      'items.estimate',
      'sprint_items.estimate_at_commit',
      'sprint_items.board_rank',
    ])
    .where('sprint_items.sprint_id', '=', sprint.id)
    .where('sprint_items.is_current', '=', true)
    .orderBy('sprint_items.board_rank', 'desc')
    .execute();
  const done = rows.filter((row) => row.status === 'done');
  const open = rows.filter((row) => row.status !== 'done');
  const points = (list: typeof rows, pick: (row: (typeof rows)[number]) => number | null) =>
    list.reduce((sum, row) => sum + (pick(row) ?? 0), 0);
  for (const row of done) {
    await ctx.trx
      .updateTable('sprint_items')
      .set({ is_current: false, outcome: 'done' })
      .where('sprint_id', '=', sprint.id)
      .where('item_id', '=', row.id)
      .execute();
  }
  const outcome = unfinished.to === 'sprint' ? 'carried_over' : 'returned';
  // Bottom of the board first, so that moving each to the top keeps their board order.
  for (const row of open) {
    await ctx.trx
      .updateTable('sprint_items')
      .set({ is_current: false, outcome })
      .where('sprint_id', '=', sprint.id)
      .where('item_id', '=', row.id)
      .execute();
    if (unfinished.to === 'sprint') continue;
    if (unfinished.place === 'top')
      await moveItem(ctx, { key: row.key, target: { to: 'top' }, reason: `Unfinished in ${sprint.name}` });
  }
  if (unfinished.to === 'sprint') {
    for (const row of [...open].reverse())
      await placeInSprint(ctx, unfinished.sprintId, await findItemByKey(ctx.trx, row.key));
  }
  const summary: SprintSummary = {
    committed: { items: rows.length, points: points(rows, (row) => row.estimate_at_commit ?? row.estimate) },
    done: { items: done.length, points: points(done, (row) => row.estimate) },
    returned: unfinished.to === 'backlog' ? open.map((row) => row.key).reverse() : [],
    carriedOver: unfinished.to === 'sprint' ? open.map((row) => row.key).reverse() : [],
  };
  const now = ctx.now();
  await ctx.trx
    .updateTable('sprints')
    .set({
      state: 'closed',
      closed_at: now,
      committed_points: summary.committed.points,
      completed_points: summary.done.points,
      summary: JSON.stringify(summary),
    })
    .where('id', '=', sprint.id)
    .execute();
  await appendEvent(ctx, {
    productId: product.id,
    kind: 'sprint.closed',
    data: { sprintId: sprint.id, sprint: sprint.name, summary },
  });
  return {
    ...sprint,
    state: 'closed',
    closedAt: now,
    committedPoints: summary.committed.points,
    completedPoints: summary.done.points,
    summary,
  };
}
