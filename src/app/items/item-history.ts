import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { findProductById, scopeOf } from '../products/product-queries.ts';
import { findItemByKey } from './item-queries.ts';

export interface HistoryEntry {
  id: string;
  kind: string;
  actor: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

/** An item's events, newest first, a page at a time: who did what, when, from what to what. */
export async function itemHistory(
  ctx: Ctx,
  input: { key: string; cursor?: string | null; limit: number },
): Promise<{ entries: HistoryEntry[]; next: string | null }> {
  const item = await findItemByKey(ctx.trx, input.key);
  const product = await findProductById(ctx.trx, item.productId);
  await authorize(ctx, 'item.read', scopeOf(product));
  let query = ctx.trx
    .selectFrom('events')
    .leftJoin('people', 'people.id', 'events.actor_id')
    .select(['events.id', 'events.kind', 'people.name as actor', 'events.data', 'events.created_at'])
    .where('events.item_id', '=', item.id);
  if (input.cursor) {
    if (!/^\d{1,18}$/.test(input.cursor)) throw invalidInput('cursor', 'not a cursor this list gave out');
    query = query.where('events.id', '<', input.cursor);
  }
  const rows = await query
    .orderBy('events.id', 'desc')
    .limit(input.limit + 1)
    .execute();
  const entries = rows.slice(0, input.limit).map((row) => ({
    id: row.id,
    kind: row.kind,
    actor: row.actor,
    data: row.data,
    createdAt: row.created_at,
  }));
  return { entries, next: rows.length > input.limit ? (entries.at(-1)?.id ?? null) : null };
}
