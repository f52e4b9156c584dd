import { sql } from 'kysely';
import {
  type BurnUpPoint,
  burnUpSeries,
  membershipChanges,
  type StatusChange,
} from '../../domain/insights.ts';
import type { ItemStatus } from '../../domain/item.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { scopeOf } from '../products/product-queries.ts';
import { findRelease, type Release } from './release-queries.ts';

export interface ReleaseBurnUp {
  release: Release;
  series: BurnUpPoint[];
}

/**
 * A release's burn-up, day by day from its creation to today (or the day it shipped): points
 * planned into it (each item's estimate), and points done, as items joined, left, finished and
 * were reopened.
 */
export async function releaseBurnUp(ctx: Ctx, releaseId: string): Promise<ReleaseBurnUp> {
  const { release, product } = await findRelease(ctx.trx, releaseId);
  await authorize(ctx, 'product.read', scopeOf(product));
  const members = await ctx.trx
    .selectFrom('release_items')
    .innerJoin('items', 'items.id', 'release_items.item_id')
    .select([
      'items.id',
      'items.estimate',
      'items.archived_at',
      'release_items.added_at',
      'release_items.removed_at',
    ])
    .where('release_items.release_id', '=', release.id)
    .execute();
  const ids = [...new Set(members.map((member) => member.id))];
  const { rows: changes } = ids.length
    ? await sql<{ item_id: string; at: Date; to: ItemStatus }>`
        select item_id, created_at as at, data->'after'->>'status' as "to" from events
        where item_id = any(${sql.val(ids)}::uuid[]) and kind in ('item.created', 'item.updated')
          and data->'after' ? 'status'`.execute(ctx.trx)
    : { rows: [] };
  const statusChanges: StatusChange[] = changes.map((c) => ({
    key: c.item_id,
    at: new Date(c.at),
    to: c.to,
  }));
  const now = ctx.now();
  const shipped = release.shippedOn ? new Date(`${release.shippedOn}T00:00:00Z`) : null;
  const end = shipped && shipped < now ? shipped : now;
  const series = burnUpSeries(
    release.createdAt,
    end,
    membershipChanges(
      members.map((member) => ({
        key: member.id,
        points: member.estimate ?? 0,
        addedAt: member.added_at,
        // Archiving takes an item out of the scope, from then on.
        removedAt:
          member.removed_at ??
          (member.archived_at && member.archived_at > member.added_at ? member.archived_at : null),
      })),
      statusChanges,
    ),
  );
  return { release, series };
}
