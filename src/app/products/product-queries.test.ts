import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { findProductByKey, forgetProducts } from './product-queries.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await buildWorld(database.db);
});
afterAll(() => database.drop());

describe('products looked up by key', () => {
  it('are remembered briefly outside a transaction, forgotten on a settings write, always read inside one', async () => {
    const rename = (name: string) =>
      sql`update products set name = ${name} where key = 'PAY'`.execute(database.db);
    await rename('First');
    forgetProducts();
    expect((await findProductByKey(database.db, 'pay')).name).toBe('First');
    // Written behind the cache's back: a read outside a transaction is answered from memory…
    await rename('Second');
    expect((await findProductByKey(database.db, 'PAY')).name).toBe('First');
    // …one inside a transaction reads the row…
    const inside = await database.db.transaction().execute((trx) => findProductByKey(trx, 'PAY'));
    expect(inside.name).toBe('Second');
    // …and a settings write (which calls forgetProducts) ends the memory at once.
    forgetProducts();
    expect((await findProductByKey(database.db, 'PAY')).name).toBe('Second');
    await expect(findProductByKey(database.db, 'NOPE')).rejects.toMatchObject({ code: 'not_found' });
  });
});
