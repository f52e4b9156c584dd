import { type Kysely, type RawBuilder, sql } from 'kysely';
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

interface Neighbours {
  above_key: string | null;
  above_rank: string | null;
  below_key: string | null;
  below_rank: string | null;
}

function neighboursSql(
  productId: string,
  target: MoveTarget,
  movingId: string | null,
): RawBuilder<Neighbours> {
  const others = movingId ? sql`and o.id <> ${movingId}` : sql``;
  if ('to' in target) {
    const edge =
      target.to === 'top'
        ? sql`select null as above_key, null as above_rank, o.key as below_key, o.rank as below_rank
            from items o where o.product_id = ${productId} ${others} order by o.rank limit 1`
        : sql`select o.key as above_key, o.rank as above_rank, null as below_key, null as below_rank
            from items o where o.product_id = ${productId} ${others} order by o.rank desc limit 1`;
    return sql<Neighbours>`${edge}`;
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
    where x.product_id = ${productId} and x.key = ${anchor.toUpperCase()}`;
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
  const { rows } = await neighboursSql(productId, target, movingId).execute(trx);
  return landing(target, rows[0]);
}

/** The key and place between the neighbours found; a missing anchor is the caller's mistake. */
function landing(target: MoveTarget, found: Neighbours | undefined): { rank: string; place: Place } {
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

/**
 * For a move, in one statement: the item as it stands now with its neighbours (where it comes
 * from), and the neighbours of the place it goes to. Call it with the product's lock held.
 */
export async function placeAndTarget(
  trx: Kysely<DB>,
  productId: string,
  itemId: string,
  target: MoveTarget,
): Promise<{ item: Item; from: Place; rank: string; place: Place }> {
  const { rows } = await sql<
    Omit<ItemRow, 'search'> & {
      from_above: string | null;
      from_below: string | null;
      target: Neighbours | null;
    }
  >`
    with target as (${neighboursSql(productId, target, itemId)})
    select ${columns},
      (select a.key from items a where a.product_id = items.product_id and a.rank < items.rank order by a.rank desc limit 1) as from_above,
      (select b.key from items b where b.product_id = items.product_id and b.rank > items.rank order by b.rank limit 1) as from_below,
      (select to_jsonb(target) from target) as target
    from items
    where items.product_id = ${productId} and items.id = ${itemId}`.execute(trx);
  const row = rows[0];
  if (!row) throw notFound('Item');
  return {
    item: toItem(row),
    from: { after: row.from_above, before: row.from_below },
    ...landing(target, row.target ?? undefined),
  };
}
