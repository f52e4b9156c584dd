import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem, buildWorld, testBaseUrl, type World } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import type { Actor } from '../context.ts';
import { submitRequest } from '../intake/submit-request.ts';
import { archiveItem } from '../items/archive-item.ts';
import { closeSprint } from '../sprints/close-sprint.ts';
import { createSprint } from '../sprints/create-sprint.ts';
import { commitToSprint } from '../sprints/plan-sprint.ts';
import { moveCard, startSprint } from '../sprints/run-sprint.ts';
import { acceptRequest } from '../triage/accept-request.ts';
import { insights } from './insights.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db);
});
afterAll(() => database.drop());

const day = 86_400_000;
const monday = new Date('2027-03-01T09:00:00Z');
const at = (days: number) => new Date(monday.getTime() + days * day);
const as = (actor: Actor, when: Date) => ({ trx: database.db, actor, now: () => when, baseUrl: testBaseUrl });

describe('insights from a hand-made history', () => {
  it('measures what shipped, how long it took, and how the work flowed', async () => {
    const owner = world.actors.owner;
    const { request } = await submitRequest(as(world.actors.stakeholder, at(-10)), {
      productKey: 'PAY',
      title: 'Export to CSV',
      source: 'client_facing',
      channel: 'app',
    });
    const { item: asked } = await acceptRequest(as(owner, at(-5)), {
      key: request.key,
      type: 'story',
      position: { to: 'top' },
    });
    const quick = await buildItem(world, {
      title: 'Quick fix',
      type: 'bug',
      source: 'customer',
      estimate: 3,
    });
    const held = await buildItem(world, { title: 'Blocked', estimate: 5 });
    const gone = await buildItem(world, { title: 'Gone', estimate: 1 });
    await database.db.updateTable('items').set({ estimate: 5 }).where('id', '=', asked.id).execute();
    // The items were asked for and created five days before the sprint.
    await sql`update events set created_at = ${at(-5)} where kind = 'item.created'`.execute(database.db);
    await sql`update items set created_at = ${at(-5)}`.execute(database.db);

    const sprint = await world.as('owner', (ctx) =>
      createSprint(ctx, {
        productKey: 'PAY',
        startsOn: '2027-03-01',
        endsOn: '2027-03-12',
        capacityPoints: 20,
      }),
    );
    await commitToSprint(as(owner, at(0)), {
      sprintId: sprint.id,
      itemKeys: [asked.key, quick.key, held.key],
    });
    await startSprint(as(owner, at(0)), sprint.id);
    await moveCard(as(owner, at(1)), { sprintId: sprint.id, itemKey: asked.key, status: 'in_progress' });
    await moveCard(as(owner, at(4)), { sprintId: sprint.id, itemKey: asked.key, status: 'done' });
    await moveCard(as(owner, at(2)), { sprintId: sprint.id, itemKey: quick.key, status: 'in_progress' });
    await moveCard(as(owner, at(3)), { sprintId: sprint.id, itemKey: quick.key, status: 'done' });
    await moveCard(as(owner, at(2)), {
      sprintId: sprint.id,
      itemKey: held.key,
      status: 'on_hold',
      holdReason: 'Waiting for the bank',
    });
    await archiveItem(as(owner, at(5)), { key: gone.key, reason: 'obsolete' });

    const result = await insights(as(owner, at(6)), { productKey: 'PAY', weeks: 2 });
    expect(result.glance).toEqual({
      shippedThisQuarter: 2,
      inProgress: 0,
      onHold: [{ key: held.key, title: 'Blocked', reason: 'Waiting for the bank' }],
    });
    expect(result.leadTime).toMatchObject({ count: 2, p50: 8, max: 14 });
    expect(result.cycleTime).toMatchObject({ count: 2, p50: 1, max: 3 });
    expect(result.burnUp?.series.slice(0, 5)).toEqual([
      { day: '2027-03-01', scope: 13, done: 0 },
      { day: '2027-03-02', scope: 13, done: 0 },
      { day: '2027-03-03', scope: 13, done: 0 },
      { day: '2027-03-04', scope: 13, done: 3 },
      { day: '2027-03-05', scope: 13, done: 8 },
    ]);
    const lastWeek = result.throughput.at(-1);
    expect(lastWeek?.byType).toMatchObject({ story: 1, bug: 1 });
    expect(lastWeek?.bySource).toMatchObject({ client_facing: 1, customer: 1 });
    expect(result.requests.client_facing.accepted).toBe(1);
    const [before, now] = result.cumulativeFlow;
    expect(before?.counts).toEqual({ open: 4, in_progress: 0, on_hold: 0, done: 0 });
    expect(now?.counts).toEqual({ open: 0, in_progress: 0, on_hold: 1, done: 2 });

    await closeSprint(as(owner, at(11)), {
      sprintId: sprint.id,
      unfinished: { to: 'backlog', place: 'where_it_was' },
    });
    const after = await insights(as(owner, at(12)), { productKey: 'PAY', weeks: 2 });
    expect(after.velocity).toEqual([{ sprint: 'Sprint 1', committed: 13, completed: 8 }]);
  });
});
