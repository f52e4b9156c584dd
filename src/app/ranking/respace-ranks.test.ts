import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem, buildWorld, type World } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { rankRespaceLength } from '../../domain/rank.ts';
import { jobHandlers } from '../jobs/job-handlers.ts';
import { runNextJob } from '../jobs/jobs.ts';
import { moveItem } from './move-item.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db);
});
afterAll(() => database.drop());

const ordered = () =>
  database.db
    .selectFrom('items')
    .select(['key', 'rank', 'version', 'last_activity_at'])
    .orderBy('rank')
    .execute();

describe('respacing rank keys', () => {
  it('asks for a respace once a key passes the bound, then rewrites every key in the same order', async () => {
    const [top, a, b] = [await buildItem(world), await buildItem(world), await buildItem(world)];
    await buildItem(world);
    // Insert again and again into the gap just below `top`: the keys there grow.
    let moves = 0;
    while ((await ordered()).every((row) => row.rank.length <= rankRespaceLength)) {
      await world.as('owner', (ctx) =>
        moveItem(ctx, { key: moves % 2 ? a.key : b.key, target: { after: top.key } }),
      );
      moves++;
      expect(moves).toBeLessThan(3000);
    }
    const jobs = await database.db.selectFrom('jobs').selectAll().where('done_at', 'is', null).execute();
    expect(jobs).toHaveLength(1);
    const before = await ordered();

    const ran = await runNextJob(
      { db: database.db, now: () => new Date(), baseUrl: 'http://ordo.test' },
      jobHandlers,
    );
    expect(ran).toBe(true);
    const after = await ordered();
    expect(after.map((row) => row.key)).toEqual(before.map((row) => row.key));
    expect(Math.max(...after.map((row) => row.rank.length))).toBeLessThanOrEqual(3);
    expect(after.map((row) => row.version)).toEqual(before.map((row) => row.version));
    expect(after.map((row) => row.last_activity_at)).toEqual(before.map((row) => row.last_activity_at));
    expect(
      await runNextJob({ db: database.db, now: () => new Date(), baseUrl: 'http://ordo.test' }, jobHandlers),
    ).toBe(false);
  });
});
