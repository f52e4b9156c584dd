import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem, buildWorld, type World } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import type { Item } from '../items/item-queries.ts';
import { listItems } from '../items/list-items.ts';
import { updateProduct } from '../products/update-product.ts';
import { closeSprint } from './close-sprint.ts';
import { createSprint } from './create-sprint.ts';
import { forecast } from './forecast.ts';
import { commitToSprint, proposeSprint, returnToBacklog } from './plan-sprint.ts';
import { releaseNotes, roadmap } from './roadmap.ts';
import { moveCard, sprintBoard, startSprint } from './run-sprint.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db);
});
afterAll(() => database.drop());

const ready = {
  problem: 'A real problem',
  serves: 'Owners',
  outcome: 'Better',
  acceptanceCriteria: [{ text: 'An invoice can be sent', done: false }],
};
const backlogKeys = async () =>
  (await world.as('owner', (ctx) => listItems(ctx, { productKey: 'PAY', limit: 500 }))).items.map(
    (i) => i.key,
  );

/** Every item is in exactly one of: the product backlog's list, a current sprint, or neither (done/archived). */
async function expectNoItemInBoth(): Promise<void> {
  const inSprints = await database.db
    .selectFrom('sprint_items')
    .innerJoin('items', 'items.id', 'sprint_items.item_id')
    .select('items.key')
    .where('is_current', '=', true)
    .execute();
  const backlog = new Set(await backlogKeys());
  for (const { key } of inSprints)
    expect(backlog.has(key), `${key} is in a sprint and in the backlog`).toBe(false);
}

describe('a sprint from planning to close', () => {
  let a: Item;
  let b: Item;
  let c: Item;
  let thin: Item;
  let small: Item;

  it('proposes ready items from the top that fit the capacity, and commits them out of the backlog', async () => {
    a = await buildItem(world, { title: 'Reminders', estimate: 5, ...ready });
    thin = await buildItem(world, { title: 'Thin', estimate: 3 });
    b = await buildItem(world, { title: 'Late fees', estimate: 8, ...ready });
    c = await buildItem(world, { title: 'Too big for what is left', estimate: 13, ...ready });
    small = await buildItem(world, { title: 'Small', estimate: 2, ...ready });
    const sprint = await world.as('owner', (ctx) =>
      createSprint(ctx, {
        productKey: 'PAY',
        goal: 'Get paid sooner',
        startsOn: '2027-01-04',
        endsOn: '2027-01-15',
        capacityPoints: 15,
      }),
    );
    expect(sprint).toMatchObject({ name: 'Sprint 1', state: 'planned' });
    const proposal = await world.as('editor', (ctx) => proposeSprint(ctx, sprint.id));
    expect(proposal.proposed).toEqual([a.key, b.key, small.key]);
    expect(proposal.points).toBe(15);
    expect(proposal.skipped).toEqual([
      { key: thin.key, reason: 'not_ready' },
      { key: c.key, reason: 'does_not_fit' },
    ]);
    const committed = await world.as('editor', (ctx) =>
      commitToSprint(ctx, { sprintId: sprint.id, itemKeys: [...proposal.proposed, thin.key] }),
    );
    expect(committed.warnings).toEqual([
      {
        key: thin.key,
        lacks: ['a problem statement', 'who it serves', 'an expected outcome', 'an acceptance criterion'],
      },
    ]);
    expect(await backlogKeys()).toEqual([c.key]);
    await expectNoItemInBoth();
    await expect(
      world.as('editor', (ctx) => commitToSprint(ctx, { sprintId: sprint.id, itemKeys: [a.key] })),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('refuses an unready item when the product says so', async () => {
    await world.as('owner', (ctx) => updateProduct(ctx, { key: 'PAY', refuseUnreadyCommitment: true }));
    const other = await world.as('owner', (ctx) =>
      createSprint(ctx, {
        productKey: 'PAY',
        startsOn: '2027-01-18',
        endsOn: '2027-01-29',
        capacityPoints: 15,
      }),
    );
    const unready = await buildItem(world, { title: 'Unready' });
    await expect(
      world.as('owner', (ctx) => commitToSprint(ctx, { sprintId: other.id, itemKeys: [unready.key] })),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('not ready'),
    });
    await world.as('owner', (ctx) => updateProduct(ctx, { key: 'PAY', refuseUnreadyCommitment: false }));
  });

  it('runs on its own board: moving a card changes its status; one active sprint at a time', async () => {
    const sprints = await database.db
      .selectFrom('sprints')
      .select(['id', 'number'])
      .orderBy('number')
      .execute();
    const [first, second] = sprints;
    if (!first || !second) throw new Error('sprints');
    await world.as('owner', (ctx) => startSprint(ctx, first.id));
    await expect(world.as('owner', (ctx) => startSprint(ctx, second.id))).rejects.toMatchObject({
      message: expect.stringContaining('still active'),
    });
    await world.as('member', (ctx) =>
      moveCard(ctx, { sprintId: first.id, itemKey: a.key, status: 'in_progress', before: thin.key }),
    );
    await world.as('member', (ctx) => moveCard(ctx, { sprintId: first.id, itemKey: a.key, status: 'done' }));
    await world.as('member', (ctx) =>
      moveCard(ctx, { sprintId: first.id, itemKey: small.key, status: 'done' }),
    );
    await expect(
      world.as('member', (ctx) => moveCard(ctx, { sprintId: first.id, itemKey: b.key, status: 'on_hold' })),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await world.as('member', (ctx) =>
      moveCard(ctx, {
        sprintId: first.id,
        itemKey: b.key,
        status: 'on_hold',
        holdReason: 'Waiting for the bank',
      }),
    );
    const board = await world.as('viewer', (ctx) => sprintBoard(ctx, first.id));
    expect(board.cards.map((card) => [card.item.key, card.item.status])).toEqual([
      [b.key, 'on_hold'],
      [small.key, 'done'],
      [a.key, 'done'],
      [thin.key, 'open'],
    ]);
  });

  it('closes with a summary, gives the unfinished back to the top of the backlog, and records velocity', async () => {
    const [first] = await database.db.selectFrom('sprints').select('id').orderBy('number').execute();
    if (!first) throw new Error('sprint');
    const closed = await world.as('owner', (ctx) =>
      closeSprint(ctx, { sprintId: first.id, unfinished: { to: 'backlog', place: 'top' } }),
    );
    expect(closed.summary).toEqual({
      committed: { items: 4, points: 18 },
      done: { items: 2, points: 7 },
      returned: [b.key, thin.key],
      carriedOver: [],
    });
    expect(closed.completedPoints).toBe(7);
    const order = await backlogKeys();
    expect(order.slice(0, 2)).toEqual([b.key, thin.key]);
    expect(order).not.toContain(a.key);
    await expectNoItemInBoth();
    const outlook = await world.as('viewer', (ctx) => forecast(ctx, 'PAY'));
    expect(outlook).toMatchObject({ velocity: 7, basis: 'history' });
    expect(outlook.boundaries[0]?.afterKey).toBe(order[0]);
    const notes = await world.as('stakeholder', (ctx) =>
      releaseNotes(ctx, { productKey: 'PAY', sprintId: first.id }),
    );
    expect(notes).toBe(
      `# Payments — Sprint 1: Get paid sooner\n\n## User story\n\n- Small (${small.key})\n- Reminders (${a.key})\n`,
    );
  });

  it('carries unfinished items into the next sprint instead', async () => {
    const [, second] = await database.db.selectFrom('sprints').select('id').orderBy('number').execute();
    if (!second) throw new Error('sprint');
    const third = await world.as('owner', (ctx) =>
      createSprint(ctx, {
        productKey: 'PAY',
        startsOn: '2027-02-01',
        endsOn: '2027-02-12',
        capacityPoints: 10,
      }),
    );
    await world.as('owner', (ctx) => commitToSprint(ctx, { sprintId: second.id, itemKeys: [b.key, c.key] }));
    await world.as('owner', (ctx) => startSprint(ctx, second.id));
    await world.as('member', (ctx) => moveCard(ctx, { sprintId: second.id, itemKey: c.key, status: 'done' }));
    const map = await world.as('stakeholder', (ctx) => roadmap(ctx, 'PAY'));
    expect(map.now.map((entry) => entry.key)).toEqual([b.key, c.key]);
    expect(Object.keys(map.now[0] ?? {}).sort()).toEqual(['key', 'status', 'title', 'type']);
    const closed = await world.as('owner', (ctx) =>
      closeSprint(ctx, { sprintId: second.id, unfinished: { to: 'sprint', sprintId: third.id } }),
    );
    expect(closed.summary?.carriedOver).toEqual([b.key]);
    const board = await world.as('viewer', (ctx) => sprintBoard(ctx, third.id));
    expect(board.cards.map((card) => card.item.key)).toEqual([b.key]);
    expect(await backlogKeys()).not.toContain(b.key);
    await expectNoItemInBoth();
    await world.as('owner', (ctx) => returnToBacklog(ctx, { sprintId: third.id, itemKey: b.key }));
    expect(await backlogKeys()).toContain(b.key);
    await expectNoItemInBoth();
  });
});
