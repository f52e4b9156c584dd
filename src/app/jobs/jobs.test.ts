import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { type Ctx, inTransaction } from '../context.ts';
import { enqueueJob, runNextJob } from './jobs.ts';

let database: TestDatabase;
let clock = new Date('2026-11-24T09:00:00Z');
const deps = () => ({ db: database.db, now: () => clock, baseUrl: 'http://ordo.test' });

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe('background jobs', () => {
  it('runs a due job once, keeps one pending job per dedupe key, and retries a failure later', async () => {
    await inTransaction(deps(), null, async (ctx: Ctx) => {
      await enqueueJob(ctx, { kind: 'count', dedupeKey: 'one' });
      await enqueueJob(ctx, { kind: 'count', dedupeKey: 'one' });
      await enqueueJob(ctx, { kind: 'fail' });
    });
    const runs: string[] = [];
    const handlers = {
      count: async () => {
        runs.push('count');
      },
      fail: async (ctx: Ctx) => {
        await ctx.trx.insertInto('workspaces').values({ name: 'half-written' }).execute();
        throw new Error('boom');
      },
    };
    while (await runNextJob(deps(), handlers)) {
      // drain what is due
    }
    expect(runs).toEqual(['count']);
    const failed = await database.db
      .selectFrom('jobs')
      .selectAll()
      .where('kind', '=', 'fail')
      .executeTakeFirstOrThrow();
    expect(failed).toMatchObject({ attempts: 1, last_error: 'boom', done_at: null });
    expect(await database.db.selectFrom('workspaces').selectAll().execute()).toEqual([]);
    clock = new Date(clock.getTime() + 60_000);
    expect(await runNextJob(deps(), handlers)).toBe(true);
    expect(
      (
        await database.db
          .selectFrom('jobs')
          .select('attempts')
          .where('kind', '=', 'fail')
          .executeTakeFirstOrThrow()
      ).attempts,
    ).toBe(2);
  });
});
