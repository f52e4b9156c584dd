import { type RawBuilder, sql } from 'kysely';
import { type Health, healthOf } from '../../domain/health.ts';
import { activeStatuses, type ItemStatus } from '../../domain/item.ts';
import { ageInDays } from '../../domain/request.ts';
import { nextStaleCutoff, staleCutoff } from '../../domain/staleness.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { findProductByKey, type Product, scopeOf } from '../products/product-queries.ts';
import { isReadySql } from '../refinement/readiness-query.ts';
import { notInASprint } from '../sprints/sprint-queries.ts';
import { isStaleSql } from './stale-rule.ts';

export const signalNames = [
  'untriaged',
  'untagged',
  'top_not_ready',
  'in_closed_sprint',
  'done_unchecked',
  'hold_without_reason',
  'stale',
  'going_stale',
] as const;
export type SignalName = (typeof signalNames)[number];

export interface SignalItem {
  key: string;
  title: string;
  status: ItemStatus;
  lastActivityAt: Date;
  holdReason: string | null;
  tags: string[];
}

export interface Signal {
  name: SignalName;
  count: number;
  items: SignalItem[];
}

export interface CustodianView {
  untriaged: {
    count: number;
    oldestDays: number;
    requests: { key: string; title: string; ageDays: number }[];
  };
  signals: Signal[];
  health: Health;
}

export const topOfBacklog = 20;
const listSize = 100;

function openItems(ctx: Ctx, product: Product) {
  return ctx.trx
    .selectFrom('items')
    .where('items.product_id', '=', product.id)
    .where('items.archived_at', 'is', null)
    .where('items.status', 'in', activeStatuses);
}

const signalColumns = [
  'items.key',
  'items.title',
  'items.status',
  'items.last_activity_at',
  'items.hold_reason',
  'items.tags',
] as const;

/**
 * Each hygiene signal as a SQL condition on `items` (counted and listed in the database, never by
 * loading the backlog): the custodian view, the health score and the digest all read these.
 */
function conditions(
  ctx: Ctx,
  product: Product,
  topKeys: string[],
): Record<Exclude<SignalName, 'untriaged'>, RawBuilder<boolean>> {
  return {
    untagged: sql<boolean>`items.status in ('open', 'in_progress', 'on_hold') and cardinality(items.tags) = 0`,
    top_not_ready: topKeys.length
      ? sql<boolean>`items.key in (${sql.join(topKeys)}) and not ${isReadySql(product.definitionOfReady)}`
      : sql<boolean>`false`,
    // `in (…)` rather than a correlated `exists`: the few sprint items are hashed once per pass.
    in_closed_sprint: sql<boolean>`items.status = 'in_progress' and ${notInASprint} and items.id in (
      select si.item_id from sprint_items si join sprints s on s.id = si.sprint_id where s.state = 'closed')`,
    done_unchecked: sql<boolean>`items.status = 'done' and items.acceptance_criteria @> '[{"done": false}]'`,
    hold_without_reason: sql<boolean>`items.status = 'on_hold' and coalesce(items.hold_reason, '') !~ '\\S'`,
    stale: isStaleSql(ctx, product),
    going_stale: sql<boolean>`items.status <> 'done' and ${notInASprint}
      and items.last_activity_at >= ${staleCutoff(ctx.now(), product.timeZone, product.staleRule.quarters)}
      and items.last_activity_at < ${nextStaleCutoff(ctx.now(), product.timeZone, product.staleRule.quarters)}`,
  };
}

function toSignalItem(row: {
  key: string;
  title: string;
  status: ItemStatus;
  last_activity_at: Date;
  hold_reason: string | null;
  tags: string[];
}): SignalItem {
  return {
    key: row.key,
    title: row.title,
    status: row.status,
    lastActivityAt: row.last_activity_at,
    holdReason: row.hold_reason,
    tags: row.tags,
  };
}

async function listFor(ctx: Ctx, product: Product, where: RawBuilder<boolean>): Promise<SignalItem[]> {
  const rows = await ctx.trx
    .selectFrom('items')
    .select(signalColumns)
    .where('items.product_id', '=', product.id)
    .where('items.archived_at', 'is', null)
    .where(where)
    .orderBy('items.rank')
    .limit(listSize)
    .execute();
  return rows.map(toSignalItem);
}

/** What needs the custodian today, each signal with its count and the items behind it. */
export async function custodianView(ctx: Ctx, productKey: string): Promise<CustodianView> {
  const product = await findProductByKey(ctx.trx, productKey);
  await authorize(ctx, 'item.read', scopeOf(product));
  const top = await openItems(ctx, product)
    .where(notInASprint)
    .select('items.key')
    .orderBy('items.rank')
    .limit(topOfBacklog)
    .execute();
  const topKeys = top.map((row) => row.key);
  const requests = await ctx.trx
    .selectFrom('requests')
    .innerJoin('products', 'products.id', 'requests.product_id')
    .select(['requests.number', 'requests.title', 'requests.created_at', 'products.key as productKey'])
    .where('requests.product_id', '=', product.id)
    .where('requests.state', 'in', ['new', 'needs_info'])
    .orderBy('requests.created_at')
    .execute();
  const byCondition = Object.entries(conditions(ctx, product, topKeys)) as [
    SignalName,
    RawBuilder<boolean>,
  ][];
  // Every count in one pass over the product's items; then the items behind each non-empty one.
  const counted = await sql<Record<string, string>>`select
      count(*) filter (where items.status in ('open', 'in_progress', 'on_hold') and ${notInASprint}) as open,
      ${sql.join(byCondition.map(([name, where]) => sql`count(*) filter (where ${where}) as ${sql.ref(name)}`))}
    from items where items.product_id = ${product.id} and items.archived_at is null`.execute(ctx.trx);
  const counts = counted.rows[0] ?? {};
  const signals: Signal[] = [];
  for (const [name, where] of byCondition) {
    const count = Number(counts[name] ?? 0);
    signals.push({ name, count, items: count > 0 ? await listFor(ctx, product, where) : [] });
  }
  const untriaged = {
    count: requests.length,
    oldestDays: requests[0] ? ageInDays(requests[0].created_at, ctx.now()) : 0,
    requests: requests.slice(0, listSize).map((r) => ({
      key: `${r.productKey}-R${r.number}`,
      title: r.title,
      ageDays: ageInDays(r.created_at, ctx.now()),
    })),
  };
  const doneLastQuarter = await sql<{ n: string }>`
    select count(distinct item_id) as n from events
    where product_id = ${product.id} and created_at >= ${new Date(ctx.now().getTime() - 91 * 86_400_000)}
      and kind in ('item.created', 'item.updated') and data->'after'->>'status' = 'done'`.execute(ctx.trx);
  const count = (name: SignalName) => signals.find((signal) => signal.name === name)?.count ?? 0;
  const health = healthOf({
    untriaged: untriaged.count,
    oldestUntriagedDays: untriaged.oldestDays,
    openItems: Number(counts.open ?? 0),
    untagged: count('untagged'),
    topChecked: topKeys.length,
    topNotReady: count('top_not_ready'),
    inconsistent: count('in_closed_sprint') + count('done_unchecked') + count('hold_without_reason'),
    stale: count('stale'),
    doneLastQuarter: Number(doneLastQuarter.rows[0]?.n ?? 0),
  });
  return { untriaged, signals, health };
}
