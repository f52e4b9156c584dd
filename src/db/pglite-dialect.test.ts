import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.script(
    'CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL); INSERT INTO counter VALUES (1, 0);',
  );
});
afterAll(() => database.drop());

describe('transactions on the database', () => {
  it('keeps concurrent read-modify-write transactions apart, and rolled-back ones leave no trace', async () => {
    const attempts = Array.from({ length: 20 }, (_, index) =>
      database.db.transaction().execute(async (trx) => {
        const row = await sql<{ n: number }>`select n from counter where id = 1 for update`.execute(trx);
        await new Promise((resolve) => setTimeout(resolve, 1));
        await sql`update counter set n = ${(row.rows[0]?.n ?? 0) + 1} where id = 1`.execute(trx);
        if (index % 5 === 4) throw new Error('roll back');
      }),
    );
    const results = await Promise.allSettled(attempts);
    expect(results.filter((result) => result.status === 'rejected')).toHaveLength(4);
    const final = await sql<{ n: number }>`select n from counter where id = 1`.execute(database.db);
    expect(final.rows[0]?.n).toBe(16);
  });

  it('runs a script all or nothing', async () => {
    await expect(
      database.script('INSERT INTO counter VALUES (2, 0); INSERT INTO counter VALUES (2, 0);'),
    ).rejects.toThrow();
    const rows = await sql`select id from counter where id = 2`.execute(database.db);
    expect(rows.rows).toHaveLength(0);
  });

  it('maintains itself: vacuum and fresh statistics, and the data stays', async () => {
    await database.maintain();
    const rows = await sql<{ n: number }>`select n from counter where id = 1`.execute(database.db);
    expect(rows.rows[0]?.n).toBe(16);
  });
});
