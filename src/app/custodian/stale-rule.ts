import { type RawBuilder, sql } from 'kysely';
import { quarterLabel, quarterOf, staleCutoff } from '../../domain/staleness.ts';
import { authorize, requireActor } from '../authorize.ts';
import { actingPersonId, type Ctx } from '../context.ts';
import { AppError, invalidInput, notFound } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { archiveItem, restoreItem } from '../items/archive-item.ts';
import { findProductByKey, type Product, scopeOf } from '../products/product-queries.ts';
import { notInASprint } from '../sprints/sprint-queries.ts';

export interface StaleCandidate {
  key: string;
  title: string;
  lastActivityAt: Date;
  /** Why it qualifies, in words: "untouched since Q1 2026 (3 complete quarters)". */
  why: string;
}

/** The stale rule as a condition on `items`: untouched for N complete quarters, not exempt. */
export function isStaleSql(ctx: Ctx, product: Product): RawBuilder<boolean> {
  const rule = product.staleRule;
  const cutoff = staleCutoff(ctx.now(), product.timeZone, rule.quarters);
  return sql<boolean>`(items.archived_at is null and items.status <> 'done' and items.last_activity_at < ${cutoff}
    and ${notInASprint}
    and not (items.type = any(${sql.val(rule.exemptTypes)}::text[]))
    and not (items.tags && ${sql.val(rule.exemptTags)}::text[]))`;
}

/** Items the stale rule would archive now. */
export function staleItemsQuery(ctx: Ctx, product: Product) {
  return ctx.trx
    .selectFrom('items')
    .select(['items.id', 'items.key', 'items.title', 'items.last_activity_at'])
    .where('items.product_id', '=', product.id)
    .where(isStaleSql(ctx, product));
}

/** The dry run: what would be archived and why, changing nothing. */
export async function staleDryRun(ctx: Ctx, productKey: string): Promise<StaleCandidate[]> {
  const product = await findProductByKey(ctx.trx, productKey);
  await authorize(ctx, 'item.read', scopeOf(product));
  const rows = await staleItemsQuery(ctx, product).orderBy('items.last_activity_at').execute();
  return rows.map((row) => ({
    key: row.key,
    title: row.title,
    lastActivityAt: row.last_activity_at,
    why: `untouched since ${quarterLabel(quarterOf(row.last_activity_at, product.timeZone))}: no activity in the last ${product.staleRule.quarters} complete quarters`,
  }));
}

/**
 * Applies the rule: archives the stale items (but those the owner unticked) with the reason
 * "stale"; their requesters and watchers are told. An automated change: no activity recorded.
 * The run is kept so that it can be undone.
 */
export async function applyStaleRule(
  ctx: Ctx,
  input: { productKey: string; keep?: string[] },
): Promise<{ runId: string | null; archived: string[] }> {
  const product = await findProductByKey(ctx.trx, input.productKey);
  await authorize(ctx, 'item.archive', scopeOf(product));
  const keep = new Set((input.keep ?? []).map((key) => key.toUpperCase()));
  const stale = (await staleItemsQuery(ctx, product).orderBy('items.rank').execute()).filter(
    (row) => !keep.has(row.key),
  );
  if (stale.length === 0) return { runId: null, archived: [] };
  // One instant for the run and its archives: undo knows its items by it.
  const runAt = ctx.now();
  const atRun = { ...ctx, now: () => runAt };
  for (const row of stale) await archiveItem(atRun, { key: row.key, reason: 'stale', isAutomated: true });
  const run = await ctx.trx
    .insertInto('stale_runs')
    .values({
      product_id: product.id,
      run_at: runAt,
      actor_id: actingPersonId(ctx),
      item_ids: stale.map((row) => row.id),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendEvent(ctx, {
    productId: product.id,
    kind: 'stale.applied',
    data: { runId: run.id, items: stale.map((row) => row.key) },
  });
  return { runId: run.id, archived: stale.map((row) => row.key) };
}

/** Undoes a run: every item it archived that is still archived as stale returns to its place. */
export async function undoStaleRun(ctx: Ctx, input: { runId: string }): Promise<{ restored: string[] }> {
  const run = await ctx.trx
    .selectFrom('stale_runs')
    .selectAll()
    .where('id', '=', input.runId)
    .executeTakeFirst();
  if (!run) throw notFound('Stale run');
  const product = await ctx.trx
    .selectFrom('products')
    .select('key')
    .where('id', '=', run.product_id)
    .executeTakeFirstOrThrow();
  const found = await findProductByKey(ctx.trx, product.key);
  await authorize(ctx, 'item.archive', scopeOf(found));
  requireActor(ctx);
  if (run.undone_at)
    throw new AppError('invalid_input', 'runId: this run was already undone', [
      { field: 'runId', message: 'already undone' },
    ]);
  if (run.item_ids.length === 0) throw invalidInput('runId', 'this run archived nothing');
  const items = await ctx.trx
    .selectFrom('items')
    .select('key')
    .where('id', 'in', run.item_ids)
    .where('archive_reason', '=', 'stale')
    // Archived by this run, not by a later one after a restore.
    .where('archived_at', '=', run.run_at)
    .orderBy('rank')
    .execute();
  for (const item of items) await restoreItem(ctx, { key: item.key, isUndo: true });
  await ctx.trx.updateTable('stale_runs').set({ undone_at: ctx.now() }).where('id', '=', run.id).execute();
  await appendEvent(ctx, {
    productId: run.product_id,
    kind: 'stale.undone',
    data: { runId: run.id, items: items.map((item) => item.key) },
  });
  return { restored: items.map((item) => item.key) };
}

export interface StaleRun {
  id: string;
  runAt: Date;
  by: string | null;
  archived: string[];
  undoneAt: Date | null;
}

/** The product's latest runs of the stale rule, newest first: what each archived, and whether it was undone. */
export async function recentStaleRuns(ctx: Ctx, productKey: string, limit = 10): Promise<StaleRun[]> {
  const product = await findProductByKey(ctx.trx, productKey);
  await authorize(ctx, 'item.read', scopeOf(product));
  const rows = await ctx.trx
    .selectFrom('stale_runs')
    .leftJoin('people', 'people.id', 'stale_runs.actor_id')
    .select([
      'stale_runs.id',
      'stale_runs.run_at',
      'stale_runs.undone_at',
      'people.name',
      (eb) =>
        eb
          .selectFrom('items')
          .select(sql<string[]>`coalesce(array_agg(items.key order by items.rank), '{}')`.as('keys'))
          .where(sql<boolean>`items.id = any(stale_runs.item_ids)`)
          .as('keys'),
    ])
    .where('stale_runs.product_id', '=', product.id)
    .orderBy('stale_runs.run_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    runAt: row.run_at,
    by: row.name,
    archived: row.keys ?? [],
    undoneAt: row.undone_at,
  }));
}
