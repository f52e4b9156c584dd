import { type Kysely, sql } from 'kysely';
import type { DB, ItemRow } from '../../db/schema.ts';
import { type MoveTarget, rankBetween } from '../../domain/rank.ts';
import { invalidInput, notFound } from '../errors.ts';
import { type Item, itemColumns, toItem } from '../items/item-queries.ts';

/** A neighbour in the order, by key: what a move records as "from" and "to". */
export interface Place {
  after: string | null;
  before: string | null;
}

/*
 * Neighbours are looked up among every ranked item of the product, archived and done ones too,
 * so a new key never lands on a key that an item hidden from the list still holds. Each lookup
 * is one statement: a move is a handful of round trips whatever the backlog's size.
 */

const columns = sql.join(itemColumns.map((column) => sql.ref(column)));

/**
 * The item as it stands now, with the keys right above and below it. Call it after the product's
 * lock is held, in a statement of its own: a statement that waited for a lock still reads from the
 * snapshot it started with, so reading in the locking statement could see a stale order.
 */
export async function currentPlace(
  trx: Kysely<DB>,
  productId: string,
  itemId: string,
): Promise<{ item: Item; from: Place }> {
  const { rows } = await sql<
    Omit<ItemRow, 'search'> & { above_key: string | null; below_key: string | null }
  >`
    select ${columns},
      (select a.key from items a where a.product_id = items.product_id and a.rank < items.rank order by a.rank desc limit 1) as above_key,
      (select b.key from items b where b.product_id = items.product_id and b.rank > items.rank order by b.rank limit 1) as below_key
    from items
    where items.product_id = ${productId} and items.id = ${itemId}`.execute(trx);
  const row = rows[0];
  if (!row) throw notFound('Item');
  return { item: toItem(row), from: { after: row.above_key, before: row.below_key } };
}

interface Neighbours {
  above_key: string | null;
  above_rank: string | null;
  below_key: string | null;
  below_rank: string | null;
}

function neighboursOf(trx: Kysely<DB>, productId: string, target: MoveTarget, movingId: string | null) {
  const others = movingId ? sql`and o.id <> ${movingId}` : sql``;
  if ('to' in target) {
    const edge =
      target.to === 'top'
        ? sql`select null as above_key, null as above_rank, o.key as below_key, o.rank as below_rank
            from items o where o.product_id = ${productId} ${others} order by o.rank limit 1`
        : sql`select o.key as above_key, o.rank as above_rank, null as below_key, null as below_rank
            from items o where o.product_id = ${productId} ${others} order by o.rank desc limit 1`;
    return sql<Neighbours>`${edge}`.execute(trx);
  }
  const isBefore = 'before' in target;
  const anchor = isBefore ? target.before : target.after;
  const side = isBefore
    ? sql`o.rank < x.rank ${others} order by o.rank desc`
    : sql`o.rank > x.rank ${others} order by o.rank`;
  const [anchorSide, otherSide] = isBefore ? [sql`below`, sql`above`] : [sql`above`, sql`below`];
  return sql<Neighbours>`
    select x.key as ${anchorSide}_key, x.rank as ${anchorSide}_rank, n.key as ${otherSide}_key, n.rank as ${otherSide}_rank
    from items x
    left join lateral (select o.key, o.rank from items o where o.product_id = ${productId} and ${side} limit 1) n on true
    where x.product_id = ${productId} and x.key = ${anchor.toUpperCase()}`.execute(trx);
}

/**
 * The rank for a target place, with the neighbours it lands between. `movingId` is the item
 * being moved (left out of the neighbours), or null for a new item.
 */
export async function rankForTarget(
  trx: Kysely<DB>,
  productId: string,
  target: MoveTarget,
  movingId: string | null,
): Promise<{ rank: string; place: Place }> {
  const { rows } = await neighboursOf(trx, productId, target, movingId);
  const found = rows[0];
  if (!found) {
    if ('to' in target) return { rank: rankBetween(null, null), place: { after: null, before: null } };
    const field = 'before' in target ? 'before' : 'after';
    throw invalidInput(field, `no item ${'before' in target ? target.before : target.after} in this product`);
  }
  return {
    rank: rankBetween(found.above_rank, found.below_rank),
    place: { after: found.above_key, before: found.below_key },
  };
}
