import { sql } from 'kysely';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { findProductByKey, type Product, scopeOf } from '../products/product-queries.ts';
import { findRelease, type Release, toRelease } from './release-queries.ts';

export interface ReleaseWithProgress extends Release {
  items: number;
  points: number;
  doneItems: number;
  donePoints: number;
}

async function refuseTakenName(ctx: Ctx, product: Product, name: string, exceptId?: string) {
  const taken = await ctx.trx
    .selectFrom('releases')
    .select('id')
    .where('product_id', '=', product.id)
    .where('name', '=', name)
    .where('id', 'is distinct from', exceptId ?? null)
    .executeTakeFirst();
  if (taken) {
    throw new AppError('already_exists', `name: ${product.key} already has a release named ${name}`, [
      { field: 'name', message: 'already taken' },
    ]);
  }
}

export async function createRelease(
  ctx: Ctx,
  input: { productKey: string; name: string; targetDate?: string | null },
): Promise<Release> {
  const product = await findProductByKey(ctx.trx, input.productKey);
  await authorize(ctx, 'release.plan', scopeOf(product));
  const name = input.name.trim();
  if (!name) throw invalidInput('name', 'a release needs a name');
  await refuseTakenName(ctx, product, name);
  const row = await ctx.trx
    .insertInto('releases')
    .values({ product_id: product.id, name, target_date: input.targetDate ?? null, created_at: ctx.now() })
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendEvent(ctx, {
    productId: product.id,
    kind: 'release.created',
    data: { releaseId: row.id, name },
  });
  return toRelease(row);
}

/** Renames, dates or ships a release (`shippedOn` null takes "shipped" back). */
export async function updateRelease(
  ctx: Ctx,
  input: { releaseId: string; name?: string; targetDate?: string | null; shippedOn?: string | null },
): Promise<Release> {
  const { release, product } = await findRelease(ctx.trx, input.releaseId);
  await authorize(ctx, 'release.plan', scopeOf(product));
  const name = input.name?.trim();
  if (name === '') throw invalidInput('name', 'a release needs a name');
  if (name) await refuseTakenName(ctx, product, name, release.id);
  const row = await ctx.trx
    .updateTable('releases')
    .set({
      ...(name && { name }),
      ...(input.targetDate !== undefined && { target_date: input.targetDate }),
      ...(input.shippedOn !== undefined && { shipped_on: input.shippedOn }),
    })
    .where('id', '=', release.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendEvent(ctx, {
    productId: product.id,
    kind: 'release.updated',
    data: { releaseId: release.id, before: releaseFields(release), after: releaseFields(toRelease(row)) },
  });
  return toRelease(row);
}

/** A product's releases, newest first, each with what is planned into it and how much is done. */
export async function listReleases(ctx: Ctx, productKey: string): Promise<ReleaseWithProgress[]> {
  const product = await findProductByKey(ctx.trx, productKey);
  await authorize(ctx, 'product.read', scopeOf(product));
  const rows = await ctx.trx
    .selectFrom('releases')
    .leftJoin('release_items', (join) =>
      join.onRef('release_items.release_id', '=', 'releases.id').on('release_items.removed_at', 'is', null),
    )
    // An archived item has left the release's scope (restoring it brings it back).
    .leftJoin('items', (join) =>
      join.onRef('items.id', '=', 'release_items.item_id').on('items.archived_at', 'is', null),
    )
    .selectAll('releases')
    .select([
      sql<number>`count(items.id)::int`.as('items'),
      sql<number>`coalesce(sum(items.estimate), 0)::int`.as('points'),
      sql<number>`(count(items.id) filter (where items.status = 'done'))::int`.as('done_items'),
      sql<number>`coalesce(sum(items.estimate) filter (where items.status = 'done'), 0)::int`.as(
        'done_points',
      ),
    ])
    .where('releases.product_id', '=', product.id)
    .groupBy('releases.id')
    .orderBy('releases.created_at', 'desc')
    .orderBy('releases.name')
    .execute();
  return rows.map((row) => ({
    ...toRelease(row),
    items: row.items,
    points: row.points,
    doneItems: row.done_items,
    donePoints: row.done_points,
  }));
}

/** What a person changes on a release, as its event records it. */
function releaseFields({ name, targetDate, shippedOn }: Release) {
  return { name, targetDate, shippedOn };
}
