import { sql } from 'kysely';
import type { Database } from '../src/db/database.ts';
import { type ItemSource, type ItemStatus, itemSources } from '../src/domain/item.ts';
import { spacedRanks } from '../src/domain/rank.ts';
import type { RequestChannel, RequestState } from '../src/domain/request.ts';
import { staleCutoff } from '../src/domain/staleness.ts';
import { itemProblem, itemTitle } from './backlog-text.ts';
import { seededRandom } from './measure.ts';
import { benchAdmin, productKey } from './seed-items.ts';

/**
 * The second seeding, for the capability rows, on the backlog `seedBacklog` made (after the
 * foundation rows have been measured on it, so that those measure what they always did):
 * WSJF fields on most items; two years of history (for ~40% of the items an `item.updated` to in
 * progress, then one to done, at later dates, and the item done); last activity spread so that about
 * a fifth of the backlog is stale; closed sprints with what they delivered and an active one; and
 * requests, most accepted into items, a few waiting in triage.
 * Items the foundation rows touched (created, moved) after `seededAt` are left as they are.
 */

export interface CapabilitySeeded {
  seconds: number;
  wsjfItems: number;
  historyItems: number;
  updatedEvents: number;
  /** Items whose last activity is before the stale cutoff, not done (the rule's exemptions aside). */
  untouchedBeforeCutoff: number;
  closedSprints: number;
  activeSprintItems: number;
  requests: number;
  /** The tables with their indexes (and TOAST) after the seeding, in MiB. */
  itemsMb: number;
  eventsMb: number;
}

const dayMs = 86_400_000;
const batchSize = 5_000;
const closedSprints = 8;
const sprintDays = 14;
const activeSprintSize = 12;

interface ItemRow {
  id: string;
  number: number;
  type: string;
  status: ItemStatus;
  estimate: number | null;
  created_at: Date;
  updated_at: Date;
  archived_at: Date | null;
}

interface ItemPlan {
  id: string;
  wsjf: [number, number, number, number] | null;
  status: ItemStatus;
  lastActivityAt: Date;
}

interface StatusEvent {
  itemId: string;
  from: ItemStatus;
  to: ItemStatus;
  at: Date;
}

const day = (date: Date) => date.toISOString().slice(0, 10);
const between = (random: () => number, from: number, to: number) => from + random() * Math.max(0, to - from);

function chunks<T>(list: readonly T[], size = batchSize): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export async function seedCapabilities(
  database: Database,
  seededAt: Date,
  progress: (line: string) => void,
): Promise<CapabilitySeeded> {
  const start = Date.now();
  const db = database.db;
  const now = new Date();
  const nowMs = now.getTime();
  const product = await db
    .selectFrom('products')
    .select(['id', 'time_zone', 'stale_quarters'])
    .where('key', '=', productKey)
    .executeTakeFirstOrThrow();
  const admin = await db
    .selectFrom('people')
    .select('id')
    .where('email', '=', benchAdmin.email)
    .executeTakeFirstOrThrow();
  const items = (await db
    .selectFrom('items')
    .select(['id', 'number', 'type', 'status', 'estimate', 'created_at', 'updated_at', 'archived_at'])
    .where('product_id', '=', product.id)
    .orderBy('rank')
    .execute()) as ItemRow[];
  const random = seededRandom(items.length + 2);
  const cutoffMs = staleCutoff(now, product.time_zone, product.stale_quarters).getTime();
  // Items the foundation rows created or moved keep what they have.
  const untouched = (item: ItemRow) => item.updated_at <= seededAt && item.created_at <= seededAt;

  const plans = new Map<string, ItemPlan>();
  const events: StatusEvent[] = [];
  const doneAt = new Map<string, Date>();
  const wsjf = (): ItemPlan['wsjf'] =>
    random() < 0.85
      ? [
          1 + Math.floor(random() * 20),
          1 + Math.floor(random() * 20),
          1 + Math.floor(random() * 20),
          1 + Math.floor(random() * 20),
        ]
      : null;

  // The active sprint: the first untouched open items of the backlog; a third done in it, some started.
  const activeStart = new Date(Date.parse(day(new Date(nowMs - 5 * dayMs))));
  const activeMembers = items
    .filter((item) => untouched(item) && !item.archived_at && item.status === 'open')
    .slice(0, activeSprintSize);
  for (const [i, item] of activeMembers.entries()) {
    const startedAt = new Date(activeStart.getTime() + (1 + random()) * dayMs);
    let status: ItemStatus = 'open';
    let last = new Date(activeStart.getTime() + random() * dayMs);
    if (i % 3 !== 2) {
      events.push({ itemId: item.id, from: 'open', to: 'in_progress', at: startedAt });
      status = 'in_progress';
      last = startedAt;
    }
    if (i % 3 === 0) {
      const done = new Date(Math.min(nowMs - 3_600_000, startedAt.getTime() + (1 + 2 * random()) * dayMs));
      events.push({ itemId: item.id, from: 'in_progress', to: 'done', at: done });
      doneAt.set(item.id, done);
      status = 'done';
      last = done;
    }
    plans.set(item.id, { id: item.id, wsjf: wsjf(), status, lastActivityAt: last });
  }
  const activeIds = new Set(activeMembers.map((item) => item.id));

  let untouchedBeforeCutoff = 0;
  for (const item of items) {
    if (activeIds.has(item.id) || !untouched(item)) continue;
    const created = item.created_at.getTime();
    const plan: ItemPlan = {
      id: item.id,
      wsjf: wsjf(),
      status: item.status,
      lastActivityAt: item.updated_at,
    };
    plans.set(item.id, plan);
    if (item.archived_at) continue;
    // History: every item seeded done, and others, to about 40% of the backlog.
    if (item.status === 'done' || random() < 0.34) {
      const startedAt = between(random, created + dayMs / 4, created + 0.85 * (nowMs - created));
      const cycle = Math.min((0.5 + random() * random() * 30) * dayMs, 0.9 * (nowMs - startedAt));
      const done = new Date(startedAt + cycle);
      events.push({ itemId: item.id, from: 'open', to: 'in_progress', at: new Date(startedAt) });
      events.push({ itemId: item.id, from: 'in_progress', to: 'done', at: done });
      doneAt.set(item.id, done);
      plan.status = 'done';
      plan.lastActivityAt = done;
      continue;
    }
    // Open work: about two in three of the items older than the cutoff went untouched since.
    const stale = created < cutoffMs && random() < 0.67;
    plan.lastActivityAt = new Date(
      stale
        ? between(random, created, cutoffMs - dayMs)
        : between(random, Math.max(created, cutoffMs), nowMs),
    );
    if (stale) untouchedBeforeCutoff++;
  }

  progress(`  capabilities: updating ${plans.size.toLocaleString('en')} items`);
  for (const batch of chunks([...plans.values()])) {
    const column = (pick: (plan: ItemPlan) => number | null) => batch.map(pick);
    await sql`update items set
        wsjf_business_value = v.bv, wsjf_time_criticality = v.tc, wsjf_risk_reduction = v.rr, wsjf_job_size = v.js,
        status = v.status, hold_reason = case when v.status = 'on_hold' then items.hold_reason end,
        last_activity_at = v.at, updated_at = v.at
      from unnest(${batch.map((p) => p.id)}::uuid[], ${column((p) => p.wsjf?.[0] ?? null)}::int[],
        ${column((p) => p.wsjf?.[1] ?? null)}::int[], ${column((p) => p.wsjf?.[2] ?? null)}::int[],
        ${column((p) => p.wsjf?.[3] ?? null)}::int[], ${batch.map((p) => p.status)}::text[],
        ${batch.map((p) => p.lastActivityAt.toISOString())}::timestamptz[]) as v(id, bv, tc, rr, js, status, at)
      where items.id = v.id`.execute(db);
  }

  progress(`  capabilities: ${events.length.toLocaleString('en')} status changes in the history`);
  const historyIds = [...doneAt.keys()];
  for (const batch of chunks(historyIds)) {
    await sql`update events set data = jsonb_set(data, '{after,status}', '"open"')
      where kind = 'item.created' and item_id = any(${batch}::uuid[])`.execute(db);
  }
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const batch of chunks(events)) {
    await sql`insert into events (workspace_id, product_id, item_id, actor_id, kind, data, created_at)
      select (select workspace_id from products where id = ${product.id}), ${product.id}, v.item_id,
        ${admin.id}, 'item.updated',
        jsonb_build_object('before', jsonb_build_object('status', v.from_status),
                           'after', jsonb_build_object('status', v.to_status)),
        v.at
      from unnest(${batch.map((e) => e.itemId)}::uuid[], ${batch.map((e) => e.from)}::text[],
        ${batch.map((e) => e.to)}::text[], ${batch.map((e) => e.at.toISOString())}::timestamptz[])
        with ordinality as v(item_id, from_status, to_status, at, n)
      order by v.n`.execute(db);
  }

  // Closed sprints, two weeks each before the active one: the items done in each, and a few returned.
  const estimateOf = new Map(items.map((item) => [item.id, item.estimate ?? 3]));
  const byDoneAt = [...doneAt]
    .filter(([id]) => !activeIds.has(id))
    .sort((a, b) => a[1].getTime() - b[1].getTime());
  const inProgress = items.filter(
    (item) => plans.get(item.id)?.status === 'in_progress' && !activeIds.has(item.id),
  );
  for (let n = 1; n <= closedSprints; n++) {
    const starts = new Date(activeStart.getTime() - (closedSprints + 1 - n) * sprintDays * dayMs);
    const ends = new Date(starts.getTime() + (sprintDays - 1) * dayMs);
    const done = byDoneAt
      .filter(([, at]) => at >= starts && at < new Date(ends.getTime() + dayMs))
      .slice(0, 8 + Math.floor(random() * 6))
      .map(([id]) => id);
    const returned = inProgress.splice(0, random() < 0.5 ? 1 : 2).map((item) => item.id);
    const points = (ids: string[]) => ids.reduce((sum, id) => sum + (estimateOf.get(id) ?? 0), 0);
    const sprint = await db
      .insertInto('sprints')
      .values({
        product_id: product.id,
        number: n,
        name: `Sprint ${n}`,
        goal: `Deliver the ${itemTitle(random).toLowerCase()}`,
        starts_on: day(starts),
        ends_on: day(ends),
        capacity_points: 40,
        state: 'closed',
        activated_at: starts,
        closed_at: new Date(ends.getTime() + dayMs),
        committed_points: points(done) + points(returned),
        completed_points: points(done),
        summary: JSON.stringify({
          committed: { items: done.length + returned.length, points: points(done) + points(returned) },
          done: { items: done.length, points: points(done) },
          returned,
          carriedOver: [],
        }),
        created_at: new Date(starts.getTime() - dayMs),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const members = [...done, ...returned];
    const ranks = spacedRanks(members.length);
    if (members.length)
      await db
        .insertInto('sprint_items')
        .values(
          members.map((id, i) => ({
            sprint_id: sprint.id,
            item_id: id,
            board_rank: ranks[i] as string,
            is_current: false,
            added_at: starts,
            estimate_at_commit: estimateOf.get(id) ?? null,
            outcome: i < done.length ? ('done' as const) : ('returned' as const),
          })),
        )
        .execute();
  }
  const active = await db
    .insertInto('sprints')
    .values({
      product_id: product.id,
      number: closedSprints + 1,
      name: `Sprint ${closedSprints + 1}`,
      goal: 'Make month-end reconciliation painless',
      starts_on: day(activeStart),
      ends_on: day(new Date(activeStart.getTime() + (sprintDays - 1) * dayMs)),
      capacity_points: 40,
      state: 'active',
      activated_at: activeStart,
      created_at: new Date(activeStart.getTime() - dayMs),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const boardRanks = spacedRanks(activeMembers.length);
  if (activeMembers.length)
    await db
      .insertInto('sprint_items')
      .values(
        activeMembers.map((item, i) => ({
          sprint_id: active.id,
          item_id: item.id,
          board_rank: boardRanks[i] as string,
          is_current: true,
          added_at: activeStart,
          estimate_at_commit: item.estimate,
        })),
      )
      .execute();

  const requests = await seedRequests(database, product.id, admin.id, items, random, nowMs);
  // The updates above left a dead version of nearly every item: rewrite the tables compact, as
  // the first seeding left them, or every scan would read twice the pages a live backlog has.
  progress('  capabilities: VACUUM FULL items, events');
  await sql`VACUUM FULL items, events`.execute(db);
  const sizes = await sql<{ items: string; events: string }>`select
      pg_total_relation_size('items') as items, pg_total_relation_size('events') as events`.execute(db);
  return {
    seconds: (Date.now() - start) / 1000,
    wsjfItems: [...plans.values()].filter((plan) => plan.wsjf).length,
    historyItems: doneAt.size,
    updatedEvents: events.length,
    untouchedBeforeCutoff,
    closedSprints,
    activeSprintItems: activeMembers.length,
    requests,
    itemsMb: Number(sizes.rows[0]?.items ?? 0) / 2 ** 20,
    eventsMb: Number(sizes.rows[0]?.events ?? 0) / 2 ** 20,
  };
}

const requestStates: readonly (readonly [RequestState, number])[] = [
  ['accepted', 0.9],
  ['merged', 0.03],
  ['declined', 0.05],
  ['new', 0.015],
  ['needs_info', 0.005],
];
const channels: readonly RequestChannel[] = ['app', 'app', 'public', 'api'];

/** One request for every 50 items: most accepted into an item (whose demand it adds to), a few waiting. */
async function seedRequests(
  database: Database,
  productId: string,
  adminId: string,
  items: ItemRow[],
  random: () => number,
  nowMs: number,
): Promise<number> {
  const db = database.db;
  const live = items.filter((item) => !item.archived_at);
  const count = Math.max(10, Math.floor(items.length / 50));
  const rows = [];
  for (let n = 1; n <= count; n++) {
    let roll = random();
    let state: RequestState = 'accepted';
    for (const [candidate, share] of requestStates) {
      roll -= share;
      if (roll < 0) {
        state = candidate;
        break;
      }
    }
    const item = live[Math.floor(random() * live.length)] as ItemRow;
    const hasItem = state === 'accepted' || state === 'merged';
    const createdAt = hasItem
      ? new Date(item.created_at.getTime() - random() * 20 * dayMs)
      : new Date(nowMs - random() * (state === 'declined' ? 700 : 40) * dayMs);
    const source = itemSources[Math.floor(random() * itemSources.length)] as ItemSource;
    rows.push({
      product_id: productId,
      number: n,
      source,
      channel: channels[Math.floor(random() * channels.length)] as RequestChannel,
      title: itemTitle(random),
      problem: itemProblem(random),
      requester_name: `Requester ${n}`,
      requester_email: `requester${n}@example.com`,
      urgency: random() < 0.3 ? ('high' as const) : null,
      state,
      item_id: hasItem ? item.id : null,
      created_by: adminId,
      created_at: createdAt,
      updated_at: createdAt,
      triaged_at: state === 'new' ? null : new Date(createdAt.getTime() + dayMs),
      triaged_by: state === 'new' ? null : adminId,
    });
  }
  for (const batch of chunks(rows, 1_000)) {
    const inserted = await db
      .insertInto('requests')
      .values(batch)
      .returning(['id', 'number', 'item_id', 'source', 'requester_name', 'requester_email', 'created_at'])
      .execute();
    const requesters = inserted.flatMap((request) =>
      request.item_id
        ? [
            {
              item_id: request.item_id,
              name: request.requester_name,
              email: request.requester_email,
              source: request.source,
              request_id: request.id,
              created_at: request.created_at,
            },
          ]
        : [],
    );
    if (requesters.length) await db.insertInto('item_requesters').values(requesters).execute();
  }
  await db
    .updateTable('products')
    .set({ next_request_number: count + 1 })
    .where('id', '=', productId)
    .execute();
  return count;
}
