import type { ItemStatus } from '../../domain/item.ts';
import { itemFieldProblems } from '../../domain/item-rules.ts';
import { rankBetween } from '../../domain/rank.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { fieldProblemsError } from '../items/create-item.ts';
import { findItemByKey, type Item, itemColumns, toItem } from '../items/item-queries.ts';
import { tellRequestersOfOutcome } from '../notifications/item-outcome-notices.ts';
import { lockProduct, scopeOf } from '../products/product-queries.ts';
import { findSprint, type Sprint } from './sprint-queries.ts';

/** Starts a planned sprint; one active sprint per product unless the product allows overlap. */
export async function startSprint(ctx: Ctx, sprintId: string): Promise<Sprint> {
  const { sprint, product } = await findSprint(ctx.trx, sprintId);
  await authorize(ctx, 'sprint.plan', scopeOf(product));
  if (sprint.state !== 'planned') throw invalidInput('sprintId', `${sprint.name} is ${sprint.state}`);
  await lockProduct(ctx.trx, product.id);
  const overlap = await ctx.trx
    .selectFrom('sprints')
    .innerJoin('products', 'products.id', 'sprints.product_id')
    .select(['sprints.name', 'products.allow_overlapping_sprints'])
    .where('sprints.product_id', '=', product.id)
    .where('sprints.state', '=', 'active')
    .executeTakeFirst();
  if (overlap && !overlap.allow_overlapping_sprints) {
    throw new AppError('invalid_input', `sprintId: ${overlap.name} is still active: close it first`, [
      { field: 'sprintId', message: 'another sprint is active' },
    ]);
  }
  await ctx.trx
    .updateTable('sprints')
    .set({ state: 'active', activated_at: ctx.now() })
    .where('id', '=', sprint.id)
    .execute();
  await appendEvent(ctx, {
    productId: product.id,
    kind: 'sprint.started',
    data: { sprintId: sprint.id, sprint: sprint.name },
  });
  return { ...sprint, state: 'active', activatedAt: ctx.now() };
}

export interface BoardCard {
  item: Item;
  boardRank: string;
}

/** The sprint's own ordered board, one column per status. */
export async function sprintBoard(
  ctx: Ctx,
  sprintId: string,
): Promise<{ sprint: Sprint; cards: BoardCard[] }> {
  const { sprint, product } = await findSprint(ctx.trx, sprintId);
  await authorize(ctx, 'product.read', scopeOf(product));
  let query = ctx.trx
    .selectFrom('sprint_items')
    .innerJoin('items', 'items.id', 'sprint_items.item_id')
    .select(itemColumns)
    .select('sprint_items.board_rank')
    .where('sprint_items.sprint_id', '=', sprint.id);
  // A closed sprint shows what it held at the end; an open one, what it holds now.
  query =
    sprint.state === 'closed'
      ? query.where('sprint_items.outcome', 'in', ['done', 'returned', 'carried_over'])
      : query.where('sprint_items.is_current', '=', true);
  const rows = await query.orderBy('sprint_items.board_rank').execute();
  return { sprint, cards: rows.map((row) => ({ item: toItem(row), boardRank: row.board_rank })) };
}

/**
 * Moves a card on the board: to a status column (to do, in progress, done, on hold with a reason)
 * and a place in the sprint's order. A status change is a person's edit of the item.
 */
export async function moveCard(
  ctx: Ctx,
  input: {
    sprintId: string;
    itemKey: string;
    status: ItemStatus;
    holdReason?: string | null;
    before?: string;
    after?: string;
  },
): Promise<Item> {
  const { sprint, product } = await findSprint(ctx.trx, input.sprintId);
  await authorize(ctx, 'sprint.board', scopeOf(product));
  if (sprint.state === 'closed') throw invalidInput('sprintId', `${sprint.name} is closed`);
  const item = await findItemByKey(ctx.trx, input.itemKey);
  const holdReason = input.status === 'on_hold' ? input.holdReason?.trim() || item.holdReason : null;
  const problems = itemFieldProblems({ ...item, status: input.status, holdReason });
  if (problems.length) throw fieldProblemsError(problems);
  const cards = await ctx.trx
    .selectFrom('sprint_items')
    .innerJoin('items', 'items.id', 'sprint_items.item_id')
    .select(['items.key', 'sprint_items.board_rank'])
    .where('sprint_items.sprint_id', '=', sprint.id)
    .where('sprint_items.is_current', '=', true)
    .orderBy('sprint_items.board_rank')
    .execute();
  if (!cards.some((card) => card.key === item.key))
    throw invalidInput('itemKey', `${item.key} is not in ${sprint.name}`);
  const anchor = input.before ?? input.after;
  if (anchor) {
    // A place is given: the card goes there; otherwise it keeps its place in the sprint's order.
    const others = cards.filter((card) => card.key !== item.key);
    const at = others.findIndex((card) => card.key === anchor.toUpperCase());
    if (at < 0) throw invalidInput(input.before ? 'before' : 'after', `${anchor} is not on this board`);
    const index = input.after ? at + 1 : at;
    const boardRank = rankBetween(others[index - 1]?.board_rank ?? null, others[index]?.board_rank ?? null);
    await ctx.trx
      .updateTable('sprint_items')
      .set({ board_rank: boardRank })
      .where('sprint_id', '=', sprint.id)
      .where('item_id', '=', item.id)
      .execute();
  }
  const now = ctx.now();
  const changed = item.status !== input.status || item.holdReason !== holdReason;
  if (changed) {
    await ctx.trx
      .updateTable('items')
      .set({
        status: input.status,
        hold_reason: holdReason,
        version: item.version + 1,
        updated_at: now,
        last_activity_at: now,
      })
      .where('id', '=', item.id)
      .execute();
    await appendEvent(ctx, {
      productId: product.id,
      itemId: item.id,
      itemKey: item.key,
      kind: 'item.updated',
      data: {
        before: { status: item.status, holdReason: item.holdReason },
        after: { status: input.status, holdReason },
        sprintId: sprint.id,
      },
    });
  }
  await appendEvent(ctx, {
    productId: product.id,
    itemId: item.id,
    itemKey: item.key,
    kind: 'sprint.card_moved',
    data: { sprintId: sprint.id, status: input.status },
  });
  const moved = {
    ...item,
    status: input.status,
    holdReason,
    version: changed ? item.version + 1 : item.version,
  };
  if (changed && input.status === 'done') await tellRequestersOfOutcome(ctx, moved, { kind: 'shipped' });
  return moved;
}
