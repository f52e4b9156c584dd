import { sql } from 'kysely';
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

interface StatusEvent {
  item_id: string;
  key: string;
  type: ItemType;
  source: ItemSource;
  kind: string;
  at: Date;
  before: ItemStatus | null;
  after: ItemStatus | null;
}

/** Status changes in the window, from the history: creations, edits of status, archives. */
async function statusEvents(ctx: Ctx, product: Product, since: Date): Promise<StatusEvent[]> {
  const { rows } = await sql<StatusEvent>`
    select e.item_id, i.key, i.type, i.source, e.kind, e.created_at as at,
      case e.kind when 'item.updated' then e.data->'before'->>'status'
                  when 'item.archived' then coalesce(e.data->>'status', i.status) end as before,
      case e.kind when 'item.created' then coalesce(e.data->'after'->>'status', 'open')
                  when 'item.updated' then e.data->'after'->>'status'
                  when 'item.restored' then coalesce(e.data->>'status', i.status) end as after
    from events e join items i on i.id = e.item_id
    where e.product_id = ${product.id} and e.created_at >= ${since}
      and e.kind in ('item.created', 'item.updated', 'item.archived', 'item.restored')
      and (e.kind <> 'item.updated' or e.data->'after' ? 'status')
    order by e.created_at`.execute(ctx.trx);
  return rows;
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
  const windowStart = since < quarter ? since : quarter;
  const [events, counts, onHold, sprints, requestRows] = await Promise.all([
    statusEvents(ctx, product, windowStart),
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

  const inWindow = events.filter((event) => event.at >= since);
  const flowChanges: FlowChange[] = inWindow.map((event) => ({
    at: event.at,
    from: event.before,
    to: event.after,
  }));
  const doneEvents = events.filter((event) => event.after === 'done');

  // Lead time: from the first ask (a request, or the item's creation) to done.
  const doneIds = [...new Set(doneEvents.filter((e) => e.at >= since).map((e) => e.item_id))];
  const asked = doneIds.length
    ? await ctx.trx
        .selectFrom('items')
        .leftJoin('item_requesters', 'item_requesters.item_id', 'items.id')
        .leftJoin('requests', 'requests.id', 'item_requesters.request_id')
        .select([
          'items.id',
          (eb) => eb.fn.min(eb.fn.coalesce('requests.created_at', 'items.created_at')).as('asked_at'),
        ])
        .where('items.id', 'in', doneIds)
        .groupBy('items.id')
        .execute()
    : [];
  const askedAt = new Map(asked.map((row) => [row.id, new Date(row.asked_at as unknown as string)]));
  const lastDone = new Map<string, Date>();
  for (const event of doneEvents) lastDone.set(event.item_id, event.at);
  const starts = doneIds.length
    ? await sql<{ item_id: string; at: Date }>`
        select item_id, min(created_at) as at from events
        where item_id in (${sql.join(doneIds)}) and kind = 'item.updated' and data->'after'->>'status' = 'in_progress'
        group by item_id`.execute(ctx.trx)
    : { rows: [] };
  const cycleChanges: StatusChange[] = [
    ...starts.rows.map((row) => ({ key: row.item_id, at: new Date(row.at), to: 'in_progress' as const })),
    ...doneIds.map((id) => ({ key: id, at: lastDone.get(id) as Date, to: 'done' as const })),
  ];

  const throughput = ends.map((end) => {
    const start = new Date(end.getTime() - 7 * dayMs);
    const week = doneEvents.filter((event) => event.at >= start && event.at < end);
    const byType = Object.fromEntries(
      itemTypes.map((type) => [type, week.filter((e) => e.type === type).length]),
    ) as Record<ItemType, number>;
    const bySource = Object.fromEntries(
      itemSources.map((source) => [source, week.filter((e) => e.source === source).length]),
    ) as Record<ItemSource, number>;
    return { week: start.toISOString().slice(0, 10), byType, bySource };
  });

  const requests = Object.fromEntries(
    itemSources.map((source) => [source, { new: 0, needs_info: 0, accepted: 0, merged: 0, declined: 0 }]),
  ) as Insights['requests'];
  for (const row of requestRows) requests[row.source][row.state] = Number(row.n);

  return {
    glance: {
      shippedThisQuarter: new Set(doneEvents.filter((e) => e.at >= quarter).map((e) => e.item_id)).size,
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
    burnUp: await sprintBurnUp(
      ctx,
      sprints.find((sprint) => sprint.state === 'active') ??
        sprints.filter((s) => s.state === 'closed').at(-1),
    ),
    cumulativeFlow: flowBackwards(
      counts,
      flowChanges,
      ends.map((end) => new Date(Math.min(end.getTime(), now.getTime()))),
    ),
    leadTime: distribution(
      leadTimes(
        doneIds.map((id) => ({ askedAt: askedAt.get(id) as Date, doneAt: lastDone.get(id) ?? null })),
      ),
    ),
    cycleTime: distribution(cycleTimes(cycleChanges)),
    throughput,
    requests,
  };

  async function sprintBurnUp(
    c: Ctx,
    sprint: { id: string; name: string; starts_on: string; ends_on: string } | undefined,
  ): Promise<Insights['burnUp']> {
    if (!sprint) return null;
    const start = new Date(`${sprint.starts_on}T00:00:00Z`);
    const end = new Date(`${sprint.ends_on}T00:00:00Z`);
    const members = await c.trx
      .selectFrom('sprint_items')
      .innerJoin('items', 'items.id', 'sprint_items.item_id')
      .select(['items.id', 'items.estimate', 'sprint_items.added_at', 'sprint_items.estimate_at_commit'])
      .where('sprint_items.sprint_id', '=', sprint.id)
      .where((eb) =>
        eb.or([eb('sprint_items.outcome', 'is', null), eb('sprint_items.outcome', '<>', 'removed')]),
      )
      .execute();
    const points = new Map(members.map((m) => [m.id, m.estimate_at_commit ?? m.estimate ?? 0]));
    const changes = [
      ...members.map((m) => ({
        at: m.added_at < start ? start : m.added_at,
        scope: points.get(m.id) ?? 0,
        done: 0,
      })),
      ...doneEvents
        .filter((e) => points.has(e.item_id) && e.at >= start)
        .map((e) => ({ at: e.at, scope: 0, done: points.get(e.item_id) ?? 0 })),
    ];
    return { sprint: sprint.name, series: burnUpSeries(start, end < now ? end : now, changes) };
  }
}
