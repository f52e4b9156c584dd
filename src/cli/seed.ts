import { randomBytes } from 'node:crypto';
import { inTransaction } from '../app/context.ts';
import { seedSample } from '../app/sample/seed-sample.ts';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

/** `ordo seed --sample`: the sample product on demand, on a database that has other data too. */
export async function seed(config: Config): Promise<void> {
  const database = await openDatabase(config);
  try {
    await migrate(database);
    const password = config.samplePassword ?? randomBytes(9).toString('base64url');
    const result = await inTransaction({ db: database.db, now: () => new Date() }, null, (ctx) =>
      seedSample(ctx, { password }),
    );
    console.log(`Seeded ${result.productKey} with ${result.items} items.`);
    console.log(
      `Sample people (new ones get the password ${config.samplePassword ? 'in ORDO_SAMPLE_PASSWORD' : password}):`,
    );
    for (const email of result.people) console.log(`  ${email}`);
  } finally {
    await database.close();
  }
}
