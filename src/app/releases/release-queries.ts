import type { Kysely, Selectable } from 'kysely';
import type { DB, ReleasesTable } from '../../db/schema.ts';
import { notFound } from '../errors.ts';
import { findProductById, type Product } from '../products/product-queries.ts';

export interface Release {
  id: string;
  productId: string;
  name: string;
  targetDate: string | null;
  shippedOn: string | null;
  createdAt: Date;
}

export function toRelease(row: Selectable<ReleasesTable>): Release {
  return {
    id: row.id,
    productId: row.product_id,
    name: row.name,
    targetDate: row.target_date,
    shippedOn: row.shipped_on,
    createdAt: row.created_at,
  };
}

export async function findRelease(
  trx: Kysely<DB>,
  id: string,
): Promise<{ release: Release; product: Product }> {
  const row = await trx.selectFrom('releases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Release');
  return { release: toRelease(row), product: await findProductById(trx, row.product_id) };
}

/** The release an item is planned into now, if any. */
export async function currentReleaseOf(
  trx: Kysely<DB>,
  itemId: string,
): Promise<{ id: string; name: string } | null> {
  const row = await trx
    .selectFrom('release_items')
    .innerJoin('releases', 'releases.id', 'release_items.release_id')
    .select(['releases.id', 'releases.name'])
    .where('release_items.item_id', '=', itemId)
    .where('release_items.removed_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}
