import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem, buildWorld, type World } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import type { MoveTarget } from '../../domain/rank.ts';
import { moveItem } from './move-item.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db);
});
afterAll(() => database.drop());

async function order(productKey: string): Promise<string[]> {
  const rows = await database.db
    .selectFrom('items')
    .innerJoin('products', 'products.id', 'items.product_id')
    .select('items.key')
    .where('products.key', '=', productKey)
    .orderBy('items.rank')
    .execute();
  return rows.map((row) => row.key);
}

/** The same move applied to a plain array: what the database's order must equal. */
function applyMove(keys: string[], key: string, target: MoveTarget): string[] {
  const rest = keys.filter((k) => k !== key);
  if ('to' in target) return target.to === 'top' ? [key, ...rest] : [...rest, key];
  const anchor = 'before' in target ? target.before : target.after;
  const index = rest.indexOf(anchor) + ('after' in target ? 1 : 0);
  return [...rest.slice(0, index), key, ...rest.slice(index)];
}

describe('moveItem', () => {
  it('moves to the top, the bottom, and before or after another item', async () => {
    const [a, b, c, d] = [
      await buildItem(world),
      await buildItem(world),
      await buildItem(world),
      await buildItem(world),
    ];
    if (!a || !b || !c || !d) throw new Error('items');
    let expected = [a.key, b.key, c.key, d.key];
    const moves: [string, MoveTarget][] = [
      [d.key, { to: 'top' }],
      [d.key, { to: 'bottom' }],
      [a.key, { after: c.key }],
      [d.key, { before: b.key }],
      [b.key, { after: a.key }],
    ];
    for (const [key, target] of moves) {
      await world.as('owner', (ctx) => moveItem(ctx, { key, target }));
      expected = applyMove(expected, key, target);
      expect((await order('PAY')).filter((k) => expected.includes(k))).toEqual(expected);
    }
  });

  it('writes one item row and one event row, whatever the backlog size', async () => {
    for (let i = 0; i < 30; i++) await buildItem(world);
    const keys = await order('PAY');
    const last = keys.at(-1) as string;
    const versions = async () =>
      new Map(
        (
          await sql<{ key: string; xmin: string }>`select key, xmin::text as xmin from items`.execute(
            database.db,
          )
        ).rows.map((row) => [row.key, row.xmin]),
      );
    const eventsBefore = await database.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const before = await versions();
    await world.as('owner', (ctx) =>
      moveItem(ctx, { key: last, target: { to: 'top' }, reason: 'Renewal at risk' }),
    );
    const after = await versions();
    const changed = [...after].filter(([key, xmin]) => before.get(key) !== xmin).map(([key]) => key);
    expect(changed).toEqual([last]);
    const eventsAfter = await database.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(eventsAfter.n) - Number(eventsBefore.n)).toBe(1);
  });

  it('records who moved it, from where to where, and why', async () => {
    const [a, b] = [await buildItem(world), await buildItem(world)];
    await world.as('editor', (ctx) =>
      moveItem(ctx, { key: b.key, target: { before: a.key }, reason: 'Blocks the release' }),
    );
    const event = await database.db
      .selectFrom('events')
      .select(['data', 'actor_id'])
      .where('kind', '=', 'item.moved')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(event.actor_id).toBe(world.actors.editor.personId);
    expect(event.data).toEqual({
      from: { after: a.key, before: null },
      to: { after: expect.any(String), before: a.key },
      reason: 'Blocks the release',
    });
  });

  it('refuses to move an item next to itself or next to an unknown item', async () => {
    const a = await buildItem(world);
    await expect(
      world.as('owner', (ctx) => moveItem(ctx, { key: a.key, target: { before: a.key } })),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(
      world.as('owner', (ctx) => moveItem(ctx, { key: a.key, target: { after: 'PAY-99999' } })),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('keeps one total order through thousands of random moves, some concurrent', async () => {
    const product = 'RND';
    const randomWorld = await buildWorld(database.db, product);
    for (let i = 0; i < 25; i++) await buildItem(randomWorld);
    let expected = await order(product);
    const target = (keys: string[]) =>
      fc.oneof(
        fc.constantFrom<MoveTarget>({ to: 'top' }, { to: 'bottom' }),
        fc.constantFrom(...keys).map((key): MoveTarget => ({ before: key })),
        fc.constantFrom(...keys).map((key): MoveTarget => ({ after: key })),
      );
    const move = fc
      .tuple(fc.constantFrom(...expected), target(expected))
      .filter(([key, to]) => !('before' in to && to.before === key) && !('after' in to && to.after === key));
    const batches = fc.sample(fc.array(move, { minLength: 1, maxLength: 8 }), 300);
    let total = 0;
    let lastEventId = '0';
    for (const batch of batches) {
      // A batch runs at once: the product lock serialises its moves. Replaying the moves the
      // events record, in commit order, on a plain array must give the database's order.
      await Promise.all(
        batch.map(([key, to]) => randomWorld.as('owner', (ctx) => moveItem(ctx, { key, target: to }))),
      );
      total += batch.length;
      const events = await database.db
        .selectFrom('events')
        .innerJoin('items', 'items.id', 'events.item_id')
        .select(['events.id', 'items.key', 'events.data'])
        .where('events.kind', '=', 'item.moved')
        .where('events.id', '>', lastEventId)
        .where(
          'items.product_id',
          '=',
          (
            await database.db
              .selectFrom('products')
              .select('id')
              .where('key', '=', product)
              .executeTakeFirstOrThrow()
          ).id,
        )
        .orderBy('events.id')
        .execute();
      for (const event of events) {
        const to = event.data.to as { after: string | null; before: string | null };
        expected = applyMove(expected, event.key, to.after ? { after: to.after } : { to: 'top' });
        lastEventId = event.id;
      }
      const actual = await order(product);
      expect(actual).toEqual(expected);
    }
    expect(total).toBeGreaterThan(1000);
    const ranks = await database.db
      .selectFrom('items')
      .innerJoin('products', 'products.id', 'items.product_id')
      .select('items.rank')
      .where('products.key', '=', product)
      .execute();
    expect(new Set(ranks.map((row) => row.rank)).size).toBe(ranks.length);
  });
});
