import { type RawBuilder, sql } from 'kysely';
import {
  type BurnUpPoint,
  burnUpSeries,
  cycleTimes,
  type Distribution,
  distribution,
  type FlowChange,
  type FlowCounts,
  flowBackwards,
  leadTimes,
  type StatusChange,
  weekEnds,
} from '../../domain/insights.ts';
import {
  type ItemSource,
  type ItemStatus,
  type ItemType,
  itemSources,
  itemTypes,
} from '../../domain/item.ts';
import type { RequestState } from '../../domain/request.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { findProductByKey, type Product, scopeOf } from '../products/product-queries.ts';

const dayMs = 86_400_000;

export interface Insights {
  glance: {
    shippedThisQuarter: number;
    inProgress: number;
    onHold: { key: string; title: string; reason: string | null }[];
  };
  velocity: { sprint: string; committed: number; completed: number }[];
  burnUp: { sprint: string; series: BurnUpPoint[] } | null;
  cumulativeFlow: { at: string; counts: FlowCounts }[];
  leadTime: Distribution;
  cycleTime: Distribution;
  throughput: { week: string; byType: Record<ItemType, number>; bySource: Record<ItemSource, number> }[];
  requests: Record<ItemSource, Record<RequestState, number>>;
}

/**
 * The window's history, counted in the database so that a large backlog's thousands of status
 * changes never cross into JavaScript one by one: the changes after each instant (for the flow),
 * done per week by type and source, the items shipped since the quarter began, and for each item
 * done in the window when it was first asked for, first started and last done.
 */
interface WindowHistory {
  flow: { at: string; from: ItemStatus | null; to: ItemStatus | null; times: number }[];
  throughput: { week: number; type: ItemType; source: ItemSource; n: number }[];
  shipped: number;
  /** [asked, started or null, done], each in epoch milliseconds. */
  finished: [number, number | null, number][];
}

async function windowHistory(
  ctx: Ctx,
  product: Product,
  window: { start: Date; since: Date; quarter: Date; ends: Date[]; instants: Date[] },
): Promise<WindowHistory> {
  const instants = sql.val(window.instants.map((instant) => instant.toISOString()));
  const ends = sql.val(window.ends.map((end) => end.toISOString()));
  const statusNow = sql`(select status from items where id = e.item_id)`;
  const epochMs = (at: RawBuilder<unknown>) => sql`extract(epoch from ${at}) * 1000`;
  const { rows } = await sql<WindowHistory>`
    with changes as materialized (
      select e.item_id, e.created_at as at,
        case e.kind when 'item.updated' then e.data->'before'->>'status'
                    when 'item.archived' then coalesce(e.data->>'status', ${statusNow}) end as before,
        case e.kind when 'item.created' then coalesce(e.data->'after'->>'status', 'open')
                    when 'item.updated' then e.data->'after'->>'status'
                    when 'item.restored' then coalesce(e.data->>'status', ${statusNow}) end as after
      from events e
      where e.product_id = ${product.id} and e.created_at >= ${window.start}
        and e.kind in ('item.created', 'item.updated', 'item.archived', 'item.restored')
        and (e.kind <> 'item.updated' or e.data->'after' ? 'status')
    ), done as (
      select c.item_id, c.at, i.type, i.source, i.created_at from changes c join items i on i.id = c.item_id
      where c.after = 'done'
    ), finished as (
      select item_id, max(at) as done_at, min(created_at) as created_at from done
      where at >= ${window.since} group by item_id
    )
    select
      -- Changes alike and after the same instants count together (width_bucket counts the
      -- thresholds at or before its operand; a microsecond less makes it those strictly before).
      (select coalesce(json_agg(f), '[]') from (
        select max(at) as at, before as "from", after as "to", count(*) as times from changes
        where at >= ${window.since}
        group by width_bucket(at - interval '1 microsecond', ${instants}::timestamptz[]), before, after
      ) f) as flow,
      (select coalesce(json_agg(t), '[]') from (
        select width_bucket(at, ${ends}::timestamptz[]) as week,
          type, source, count(*) as n
        from done where at >= ${window.since} group by 1, type, source
      ) t) as throughput,
      (select count(distinct item_id) from done where at >= ${window.quarter})::int as shipped,
      (select coalesce(json_agg(json_build_array(
        ${epochMs(sql`least(f.created_at, (select min(r.created_at) from item_requesters ir
          join requests r on r.id = ir.request_id where ir.item_id = f.item_id))`)},
        ${epochMs(sql`(select min(s.created_at) from events s where s.item_id = f.item_id
          and s.kind = 'item.updated' and s.data->'after'->>'status' = 'in_progress')`)},
        ${epochMs(sql`f.done_at`)})), '[]') from finished f) as finished`.execute(ctx.trx);
  return rows[0] as WindowHistory;
}

async function currentCounts(ctx: Ctx, product: Product): Promise<FlowCounts> {
  const rows = await ctx.trx
    .selectFrom('items')
    .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
    .where('product_id', '=', product.id)
    .where('archived_at', 'is', null)
    .groupBy('status')
    .execute();
  const counts: FlowCounts = { open: 0, in_progress: 0, on_hold: 0, done: 0 };
  for (const row of rows) counts[row.status] = Number(row.n);
  return counts;
}

function startOfQuarter(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) * 3, 1));
}

/** Progress and flow over the last `weeks` weeks: what the progress page draws. */
export async function insights(ctx: Ctx, input: { productKey: string; weeks: number }): Promise<Insights> {
  const product = await findProductByKey(ctx.trx, input.productKey);
  await authorize(ctx, 'product.read', scopeOf(product));
  const now = ctx.now();
  const ends = weekEnds(now, input.weeks);
  const since = new Date((ends[0] as Date).getTime() - 7 * dayMs);
  const quarter = startOfQuarter(now);
  const instants = ends.map((end) => new Date(Math.min(end.getTime(), now.getTime())));
  const [history, counts, onHold, sprints, requestRows] = await Promise.all([
    windowHistory(ctx, product, { start: since < quarter ? since : quarter, since, quarter, ends, instants }),
    currentCounts(ctx, product),
    ctx.trx
      .selectFrom('items')
      .select(['key', 'title', 'hold_reason'])
      .where('product_id', '=', product.id)
      .where('archived_at', 'is', null)
      .where('status', '=', 'on_hold')
      .orderBy('rank')
      .limit(50)
      .execute(),
    ctx.trx
      .selectFrom('sprints')
      .select(['id', 'name', 'state', 'starts_on', 'ends_on', 'committed_points', 'completed_points'])
      .where('product_id', '=', product.id)
      .orderBy('number')
      .execute(),
    ctx.trx
      .selectFrom('requests')
      .select(['source', 'state', (eb) => eb.fn.countAll<string>().as('n')])
      .where('product_id', '=', product.id)
      .groupBy(['source', 'state'])
      .execute(),
  ]);

  const flowChanges: FlowChange[] = history.flow.map((change) => ({ ...change, at: new Date(change.at) }));
  const finished = history.finished.map(([asked, started, done]) => ({
    askedAt: new Date(asked),
    startedAt: started === null ? null : new Date(started),
    doneAt: new Date(done),
  }));
  const cycleChanges: StatusChange[] = finished.flatMap((item, i) => [
    ...(item.startedAt ? [{ key: String(i), at: item.startedAt, to: 'in_progress' as const }] : []),
    { key: String(i), at: item.doneAt, to: 'done' as const },
  ]);

  const throughput = ends.map((end, week) => {
    const done = history.throughput.filter((row) => row.week === week);
    const byType = Object.fromEntries(
      itemTypes.map((type) => [type, sumOf(done.filter((row) => row.type === type))]),
    ) as Record<ItemType, number>;
    const bySource = Object.fromEntries(
      itemSources.map((source) => [source, sumOf(done.filter((row) => row.source === source))]),
    ) as Record<ItemSource, number>;
    return { week: new Date(end.getTime() - 7 * dayMs).toISOString().slice(0, 10), byType, bySource };
  });

  const requests = Object.fromEntries(
    itemSources.map((source) => [source, { new: 0, needs_info: 0, accepted: 0, merged: 0, declined: 0 }]),
  ) as Insights['requests'];
  for (const row of requestRows) requests[row.source][row.state] = Number(row.n);

  const sprintShown =
    sprints.find((sprint) => sprint.state === 'active') ?? sprints.filter((s) => s.state === 'closed').at(-1);
  return {
    glance: {
      shippedThisQuarter: history.shipped,
      inProgress: counts.in_progress,
      onHold: onHold.map((item) => ({ key: item.key, title: item.title, reason: item.hold_reason })),
    },
    velocity: sprints
      .filter((sprint) => sprint.state === 'closed')
      .map((sprint) => ({
        sprint: sprint.name,
        committed: sprint.committed_points ?? 0,
        completed: sprint.completed_points ?? 0,
      })),
    burnUp: sprintShown ? await sprintBurnUp(ctx, sprintShown, now) : null,
    cumulativeFlow: flowBackwards(counts, flowChanges, instants),
    leadTime: distribution(leadTimes(finished)),
    cycleTime: distribution(cycleTimes(cycleChanges)),
    throughput,
    requests,
  };
}

const sumOf = (rows: { n: number }[]) => rows.reduce((sum, row) => sum + Number(row.n), 0);

/** The sprint's burn-up: its committed points as scope, and the points of its items as they were done. */
async function sprintBurnUp(
  ctx: Ctx,
  sprint: { id: string; name: string; starts_on: string; ends_on: string },
  now: Date,
): Promise<Insights['burnUp']> {
  const start = new Date(`${sprint.starts_on}T00:00:00Z`);
  const end = new Date(`${sprint.ends_on}T00:00:00Z`);
  const members = await ctx.trx
    .selectFrom('sprint_items')
    .innerJoin('items', 'items.id', 'sprint_items.item_id')
    .select(['items.id', 'items.estimate', 'sprint_items.added_at', 'sprint_items.estimate_at_commit'])
    .where('sprint_items.sprint_id', '=', sprint.id)
    .where((eb) =>
      eb.or([eb('sprint_items.outcome', 'is', null), eb('sprint_items.outcome', '<>', 'removed')]),
    )
    .execute();
  const points = new Map(members.map((m) => [m.id, m.estimate_at_commit ?? m.estimate ?? 0]));
  const done = members.length
    ? await ctx.trx
        .selectFrom('events')
        .select(['item_id', 'created_at'])
        .where('item_id', 'in', [...points.keys()])
        .where('created_at', '>=', start)
        .where('kind', 'in', ['item.created', 'item.updated'])
        .where(sql<boolean>`data->'after'->>'status' = 'done'`)
        .execute()
    : [];
  const changes = [
    ...members.map((m) => ({
      at: m.added_at < start ? start : m.added_at,
      scope: points.get(m.id) ?? 0,
      done: 0,
    })),
    ...done.map((e) => ({ at: e.created_at, scope: 0, done: points.get(e.item_id as string) ?? 0 })),
  ];
  return { sprint: sprint.name, series: burnUpSeries(start, end < now ? end : now, changes) };
}
