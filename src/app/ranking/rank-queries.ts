import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type MoveTarget, rankBetween } from '../../domain/rank.ts';
import { invalidInput } from '../errors.ts';

/** A neighbour in the order, by key: what a move records as "from" and "to". */
export interface Place {
  after: string | null;
  before: string | null;
}

interface Ranked {
  key: string;
  rank: string;
}

/**
 * Neighbours are looked up among every ranked item of the product, archived and done ones too,
 * so a new key never lands on a key that an item hidden from the list still holds.
 */
function ranked(trx: Kysely<DB>, productId: string, excludeId: string | null) {
  let query = trx.selectFrom('items').select(['key', 'rank']).where('product_id', '=', productId);
  if (excludeId) query = query.where('id', '<>', excludeId);
  return query;
}

async function firstRanked(trx: Kysely<DB>, productId: string, excludeId: string | null) {
  return ranked(trx, productId, excludeId).orderBy('rank', 'asc').limit(1).executeTakeFirst();
}

async function lastRanked(trx: Kysely<DB>, productId: string, excludeId: string | null) {
  return ranked(trx, productId, excludeId).orderBy('rank', 'desc').limit(1).executeTakeFirst();
}

async function rankedAbove(trx: Kysely<DB>, productId: string, rank: string, excludeId: string | null) {
  return ranked(trx, productId, excludeId)
    .where('rank', '<', rank)
    .orderBy('rank', 'desc')
    .limit(1)
    .executeTakeFirst();
}

async function rankedBelow(trx: Kysely<DB>, productId: string, rank: string, excludeId: string | null) {
  return ranked(trx, productId, excludeId)
    .where('rank', '>', rank)
    .orderBy('rank', 'asc')
    .limit(1)
    .executeTakeFirst();
}

/** Where an item stands now: the keys right above and below it. */
export async function placeOf(trx: Kysely<DB>, productId: string, rank: string): Promise<Place> {
  const [above, below] = await Promise.all([
    rankedAbove(trx, productId, rank, null),
    rankedBelow(trx, productId, rank, null),
  ]);
  return { after: above?.key ?? null, before: below?.key ?? null };
}

async function anchor(trx: Kysely<DB>, productId: string, key: string, field: string): Promise<Ranked> {
  const row = await trx
    .selectFrom('items')
    .select(['key', 'rank'])
    .where('product_id', '=', productId)
    .where('key', '=', key.toUpperCase())
    .executeTakeFirst();
  if (!row) throw invalidInput(field, `no item ${key} in this product`);
  return row;
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
  let above: Ranked | undefined;
  let below: Ranked | undefined;
  if ('to' in target) {
    if (target.to === 'top') below = await firstRanked(trx, productId, movingId);
    else above = await lastRanked(trx, productId, movingId);
  } else if ('before' in target) {
    below = await anchor(trx, productId, target.before, 'before');
    above = await rankedAbove(trx, productId, below.rank, movingId);
  } else {
    above = await anchor(trx, productId, target.after, 'after');
    below = await rankedBelow(trx, productId, above.rank, movingId);
  }
  return {
    rank: rankBetween(above?.rank ?? null, below?.rank ?? null),
    place: { after: above?.key ?? null, before: below?.key ?? null },
  };
}
