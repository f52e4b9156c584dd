import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem, buildWorld, testBaseUrl, type World } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { systemActor } from '../context.ts';
import { submitRequest } from '../intake/submit-request.ts';
import { getItem } from '../items/get-item.ts';
import { listItems } from '../items/list-items.ts';
import { updateProduct } from '../products/update-product.ts';
import { closeSprint } from '../sprints/close-sprint.ts';
import { createSprint } from '../sprints/create-sprint.ts';
import { commitToSprint } from '../sprints/plan-sprint.ts';
import { startSprint } from '../sprints/run-sprint.ts';
import { bulkUpdate } from './bulk-update.ts';
import { custodianView } from './custodian-view.ts';
import { dailyRound } from './daily.ts';
import { healthTrend } from './health-trend.ts';
import { applyStaleRule, recentStaleRuns, staleDryRun, undoStaleRun } from './stale-rule.ts';

let database: TestDatabase;
let world: World;
const now = new Date('2027-05-15T12:00:00Z'); // Q2 2027: stale = untouched since before 1 July 2026

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db);
});
afterAll(() => database.drop());

const at = (now: Date) => ({
  trx: database.db,
  actor: world.actors.owner,
  now: () => now,
  baseUrl: testBaseUrl,
});
const touch = (key: string, when: string) =>
  sql`update items set last_activity_at = ${new Date(when)} where key = ${key}`.execute(database.db);
const order = async () =>
  (await listItems(at(now), { productKey: 'PAY', limit: 500 })).items.map((i) => i.key);

describe('the stale rule', () => {
  it('archives exactly what the dry run shows, spares exempt items, and undo restores their places', async () => {
    const fresh = await buildItem(world, { title: 'Fresh', tags: ['invoices'] });
    const oldA = await buildItem(world, { title: 'Old A' });
    const legal = await buildItem(world, { title: 'Old legal', type: 'compliance' });
    const keep = await buildItem(world, { title: 'Old but kept' });
    const oldB = await buildItem(world, { title: 'Old B', tags: ['keepme'] });
    const oldC = await buildItem(world, { title: 'Old C' });
    const edge = await buildItem(world, { title: 'Touched on the first day of Q3 2026' });
    for (const item of [oldA, legal, keep, oldB, oldC]) await touch(item.key, '2026-03-10T10:00:00Z');
    await touch(edge.key, '2026-07-01T00:00:00Z');
    await touch(fresh.key, '2027-05-01T10:00:00Z');
    await world.as('owner', (ctx) =>
      updateProduct(ctx, { key: 'PAY', staleRule: { exemptTags: ['keepme'] } }),
    );

    const dry = await staleDryRun(at(now), 'PAY');
    expect(dry.map((c) => c.key)).toEqual([oldA.key, keep.key, oldC.key]);
    expect(dry[0]?.why).toContain('untouched since Q1 2026');
    const before = await order();

    const applied = await applyStaleRule(at(now), { productKey: 'PAY', keep: [keep.key] });
    expect(applied.archived).toEqual([oldA.key, oldC.key]);
    const afterApply = await order();
    expect(afterApply).not.toContain(oldA.key);
    expect(afterApply).toContain(legal.key);
    expect(afterApply).toContain(oldB.key);
    const archived = await getItem(at(now), oldA.key);
    expect(archived).toMatchObject({ archiveReason: 'stale' });
    expect(archived.lastActivityAt.toISOString()).toBe('2026-03-10T10:00:00.000Z');

    const [latest] = await recentStaleRuns(at(now), 'PAY');
    expect(latest).toMatchObject({ id: applied.runId, archived: applied.archived, undoneAt: null });
    const undone = await undoStaleRun(at(now), { runId: applied.runId as string });
    expect((await recentStaleRuns(at(now), 'PAY'))[0]?.undoneAt).toEqual(now);
    expect(undone.restored.sort()).toEqual([oldA.key, oldC.key].sort());
    expect((await getItem(at(now), oldA.key)).lastActivityAt.toISOString()).toBe('2026-03-10T10:00:00.000Z');
    expect(await order()).toEqual(before);
    await expect(undoStaleRun(at(now), { runId: applied.runId as string })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});

describe('the custodian view', () => {
  it('counts every hygiene signal in SQL and lists the items behind it', async () => {
    await buildItem(world, {
      title: 'On hold, no reason',
      status: 'on_hold',
      holdReason: 'tmp',
      tags: ['x'],
    }).then((item) => sql`update items set hold_reason = null where key = ${item.key}`.execute(database.db));
    await buildItem(world, {
      title: 'Done but unchecked',
      status: 'done',
      tags: ['x'],
      acceptanceCriteria: [{ text: 'A thing happens', done: false }],
    });
    await world.as('stakeholder', (ctx) =>
      submitRequest(
        { ...ctx, now: () => new Date('2027-05-06T12:00:00Z') },
        { productKey: 'PAY', title: 'Waiting', source: 'client_facing', channel: 'app' },
      ),
    );
    const view = await custodianView(at(now), 'PAY');
    const signal = (name: string) => view.signals.find((s) => s.name === name);
    expect(view.untriaged).toMatchObject({ count: 1, oldestDays: 9 });
    expect(signal('hold_without_reason')?.items.map((i) => i.title)).toEqual(['On hold, no reason']);
    expect(signal('done_unchecked')?.items.map((i) => i.title)).toEqual(['Done but unchecked']);
    expect(signal('untagged')?.count).toBeGreaterThanOrEqual(3);
    // Undoing the run put A and C back as they were: untouched, so stale again.
    expect(signal('stale')?.items.map((i) => i.title)).toEqual(['Old A', 'Old but kept', 'Old C']);
    expect(signal('going_stale')?.items.map((i) => i.title)).toEqual(['Touched on the first day of Q3 2026']);
    expect(view.health.score).toBeGreaterThan(0);
    expect(view.health.parts.map((p) => p.part)).toEqual([
      'triage',
      'tags',
      'readiness',
      'consistency',
      'staleness',
      'size',
    ]);
  });

  it('finds items left in progress by a sprint that closed', async () => {
    const left = await buildItem(world, { title: 'Left in progress', status: 'in_progress', tags: ['x'] });
    const sprint = await world.as('owner', (ctx) =>
      createSprint(ctx, {
        productKey: 'PAY',
        startsOn: '2027-04-05',
        endsOn: '2027-04-16',
        capacityPoints: 10,
      }),
    );
    await world.as('owner', (ctx) => commitToSprint(ctx, { sprintId: sprint.id, itemKeys: [left.key] }));
    const inSprint = await custodianView(at(now), 'PAY');
    expect(inSprint.signals.find((s) => s.name === 'in_closed_sprint')?.count).toBe(0);
    await world.as('owner', (ctx) => startSprint(ctx, sprint.id));
    await world.as('owner', (ctx) =>
      closeSprint(ctx, { sprintId: sprint.id, unfinished: { to: 'backlog', place: 'top' } }),
    );
    const view = await custodianView(at(now), 'PAY');
    const signal = view.signals.find((s) => s.name === 'in_closed_sprint');
    expect(signal?.items.map((i) => i.key)).toEqual([left.key]);
  });

  it('fixes many rows at once, all or none', async () => {
    const untagged = (await custodianView(at(now), 'PAY')).signals.find((s) => s.name === 'untagged');
    const keys = untagged?.items.slice(0, 3).map((i) => i.key) ?? [];
    await bulkUpdate(at(now), { productKey: 'PAY', keys, change: { action: 'tag', tag: 'Triaged' } });
    for (const key of keys) expect((await getItem(at(now), key)).tags).toContain('triaged');
    await expect(
      bulkUpdate(at(now), {
        productKey: 'PAY',
        keys: [...keys, 'PAY-99999'],
        change: { action: 'untag', tag: 'triaged' },
      }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
    for (const key of keys) expect((await getItem(at(now), key)).tags).toContain('triaged');
    const refine = await bulkUpdate(at(now), {
      productKey: 'PAY',
      keys: keys.slice(0, 2),
      change: { action: 'refine' },
    });
    expect(refine.changed).toHaveLength(2);
    const agenda = await database.db.selectFrom('refinement_agenda').select('item_id').execute();
    expect(agenda).toHaveLength(2);
  });
});

describe('the daily round', () => {
  it('records the health once a day, tells the owners once, and applies an automatic stale rule at a quarter’s turn', async () => {
    await world.as('owner', (ctx) => updateProduct(ctx, { key: 'PAY', staleRule: { isAutomatic: true } }));
    const product = await database.db
      .selectFrom('products')
      .select(['id', 'workspace_id'])
      .where('key', '=', 'PAY')
      .executeTakeFirstOrThrow();
    const system = (when: Date) => ({
      trx: database.db,
      actor: systemActor(product.workspace_id),
      now: () => when,
      baseUrl: testBaseUrl,
    });
    const q3 = new Date('2027-07-02T12:00:00Z');
    const nextDay = new Date('2027-07-03T12:00:00Z');
    expect(await dailyRound(system(q3), product.id)).toBe(true);
    expect(await dailyRound(system(q3), product.id)).toBe(false);
    expect(await dailyRound(system(nextDay), product.id)).toBe(true);
    const digests = await database.db
      .selectFrom('outbox')
      .select('to_email')
      .where('subject', 'like', '%custodian digest%')
      .execute();
    // Each owner (the admin who made the product is one too), once a day.
    const owners = [world.actors.admin.email, world.actors.owner.email];
    expect(digests.map((d) => d.to_email).sort()).toEqual([...owners, ...owners].sort());
    const trend = await healthTrend(at(nextDay), { productKey: 'PAY', days: 90 });
    expect(trend.map((t) => t.day)).toEqual(['2027-07-02', '2027-07-03']);
    expect(await database.db.selectFrom('stale_runs').select('id').execute()).toHaveLength(2);
    const run = await database.db
      .selectFrom('stale_runs')
      .select(['actor_id', 'item_ids'])
      .orderBy('run_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(run.actor_id).toBeNull();
    expect(run.item_ids.length).toBeGreaterThan(0);
    const events = await database.db
      .selectFrom('events')
      .select('actor_id')
      .where('kind', '=', 'item.archived')
      .where('actor_id', 'is', null)
      .execute();
    expect(events.length).toBe(run.item_ids.length);
  });
});
