import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { itemSources, itemTypes } from '../../domain/item.ts';
import { inTransaction } from '../context.ts';
import { seedSample } from './seed-sample.ts';

let database: TestDatabase;
const deps = () => ({
  db: database.db,
  now: () => new Date('2026-11-24T09:00:00Z'),
  baseUrl: 'http://ordo.test',
});

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe('the sample product', () => {
  it('seeds a realistic ranked backlog with every type and source, each item with its history', async () => {
    const result = await inTransaction(deps(), null, (ctx) =>
      seedSample(ctx, { password: 'sample password' }),
    );
    expect(result.items).toBeGreaterThanOrEqual(40);
    const items = await database.db
      .selectFrom('items')
      .select(['type', 'source', 'id', 'last_activity_at', 'rank'])
      .orderBy('rank')
      .execute();
    expect(new Set(items.map((i) => i.type))).toEqual(new Set(itemTypes));
    expect(new Set(items.map((i) => i.source))).toEqual(new Set(itemSources));
    const created = await database.db
      .selectFrom('events')
      .select('item_id')
      .where('kind', '=', 'item.created')
      .execute();
    expect(created).toHaveLength(items.length);
    const untouched = items.filter((i) => i.last_activity_at < new Date('2026-03-01'));
    expect(untouched.length).toBeGreaterThan(0);
    const people = await database.db.selectFrom('people').select('email').execute();
    expect(people.map((p) => p.email)).toContain('owner@sample.test');
    const waiting = await database.db.selectFrom('requests').select(['source', 'state']).execute();
    expect(new Set(waiting.map((r) => r.source))).toEqual(new Set(itemSources));
    expect(waiting.every((r) => r.state === 'new')).toBe(true);
    const sprints = await database.db
      .selectFrom('sprints')
      .select(['state', 'completed_points'])
      .orderBy('number')
      .execute();
    expect(sprints.map((s) => s.state)).toEqual(['closed', 'active']);
    expect(sprints[0]?.completed_points).toBeGreaterThan(0);
    const releases = await database.db
      .selectFrom('releases')
      .innerJoin('release_items', 'release_items.release_id', 'releases.id')
      .select(['releases.name', 'release_items.item_id'])
      .execute();
    expect(new Set(releases.map((r) => r.name))).toEqual(new Set(['Spring release']));
    expect(releases.length).toBeGreaterThan(4);
    // Every item's history starts with its creation: nothing happened to it before.
    const beforeCreation = await database.db
      .selectFrom('events')
      .innerJoin('items', 'items.id', 'events.item_id')
      .select(['items.key', 'events.kind'])
      .whereRef('events.created_at', '<', 'items.created_at')
      .execute();
    expect(beforeCreation).toEqual([]);
  });

  it('refuses to seed it twice', async () => {
    await expect(
      inTransaction(deps(), null, (ctx) => seedSample(ctx, { password: 'x' })),
    ).rejects.toMatchObject({ code: 'already_exists' });
  });
});
