import { readinessOf } from '../../domain/readiness.ts';
import { nextSessionDate } from '../../domain/refinement.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { findItemByKey, type Item } from '../items/item-queries.ts';
import {
  findProductByKey,
  forgetProducts,
  lockProduct,
  type Product,
  scopeOf,
} from '../products/product-queries.ts';
import { findSession, proposedAgenda, type RefinementSession } from './session-queries.ts';

export const agendaSize = 10;

/** The items for an agenda: each in the backlog, or already on the agenda (archived since, say). */
async function agendaItems(
  ctx: Ctx,
  product: Product,
  keys: string[] | undefined,
  onAgenda: ReadonlySet<string> = new Set(),
): Promise<Item[]> {
  if (!keys) return proposedAgenda(ctx.trx, product, agendaSize);
  const items: Item[] = [];
  for (const [index, key] of keys.entries()) {
    const item = await findItemByKey(ctx.trx, key).catch(() => null);
    if (!item || item.productId !== product.id || (item.archivedAt && !onAgenda.has(item.id)))
      throw invalidInput(`itemKeys.${index}`, `${key} is not in this backlog`);
    if (items.some((other) => other.id === item.id))
      throw invalidInput(`itemKeys.${index}`, `${key} is on the agenda twice`);
    items.push(item);
  }
  return items;
}

/** The items already on a session's agenda, by id. */
async function agendaIds(ctx: Ctx, sessionId: string): Promise<Set<string>> {
  const rows = await ctx.trx
    .selectFrom('refinement_agenda')
    .select('item_id')
    .where('session_id', '=', sessionId)
    .execute();
  return new Set(rows.map((row) => row.item_id));
}

/**
 * Makes the agenda these items in this order. An item already on it keeps its notes, outcome and
 * readiness at the start (only its place changes); a new one starts as it stands now.
 */
async function writeAgenda(
  ctx: Ctx,
  sessionId: string,
  product: Product,
  items: Item[],
  kept: ReadonlySet<string> = new Set(),
): Promise<void> {
  const ids = items.map((item) => item.id);
  let removal = ctx.trx.deleteFrom('refinement_agenda').where('session_id', '=', sessionId);
  if (ids.length) removal = removal.where('item_id', 'not in', ids);
  await removal.execute();
  for (const [position, item] of items.entries()) {
    if (kept.has(item.id)) {
      await ctx.trx
        .updateTable('refinement_agenda')
        .set({ position })
        .where('session_id', '=', sessionId)
        .where('item_id', '=', item.id)
        .execute();
    } else {
      await ctx.trx
        .insertInto('refinement_agenda')
        .values({
          session_id: sessionId,
          item_id: item.id,
          position,
          ready_at_start: readinessOf(item, product.definitionOfReady).isReady,
        })
        .execute();
    }
  }
}

/** Schedules the next session on the product's cadence, with a proposed (or given) agenda. */
export async function scheduleSession(
  ctx: Ctx,
  input: { productKey: string; scheduledFor?: Date; itemKeys?: string[] },
): Promise<RefinementSession> {
  const product = await findProductByKey(ctx.trx, input.productKey);
  await authorize(ctx, 'refinement.run', scopeOf(product));
  const last = await ctx.trx
    .selectFrom('refinement_sessions')
    .select(['scheduled_for', 'number'])
    .where('product_id', '=', product.id)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  const scheduledFor =
    input.scheduledFor ??
    product.nextRefinementAt ??
    nextSessionDate(last?.scheduled_for ?? null, ctx.now(), product.refinementCadenceDays);
  const items = await agendaItems(ctx, product, input.itemKeys);
  await lockProduct(ctx.trx, product.id);
  const row = await ctx.trx
    .insertInto('refinement_sessions')
    .values({
      product_id: product.id,
      number: (last?.number ?? 0) + 1,
      scheduled_for: scheduledFor,
      created_by: ctx.actor?.personId ?? null,
      created_at: ctx.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeAgenda(ctx, row.id, product, items);
  await ctx.trx
    .updateTable('products')
    .set({ next_refinement_at: nextSessionDate(scheduledFor, scheduledFor, product.refinementCadenceDays) })
    .where('id', '=', product.id)
    .execute();
  forgetProducts();
  await appendEvent(ctx, {
    productId: product.id,
    kind: 'refinement.scheduled',
    data: { sessionId: row.id, items: items.map((i) => i.key) },
  });
  return (await findSession(ctx.trx, row.id)).session;
}

/** Replaces the agenda of a session that has not ended. */
export async function setAgenda(ctx: Ctx, input: { sessionId: string; itemKeys: string[] }): Promise<void> {
  const { session, product } = await findSession(ctx.trx, input.sessionId);
  await authorize(ctx, 'refinement.run', scopeOf(product));
  if (session.state === 'ended') throw invalidInput('sessionId', 'this session has ended');
  const onAgenda = await agendaIds(ctx, session.id);
  const items = await agendaItems(ctx, product, input.itemKeys, onAgenda);
  await writeAgenda(ctx, session.id, product, items, onAgenda);
  await appendEvent(ctx, {
    productId: product.id,
    kind: 'refinement.agenda_changed',
    data: { sessionId: session.id, items: input.itemKeys },
  });
}
