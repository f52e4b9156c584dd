import { randomBytes } from 'node:crypto';
import { inTransaction } from '../app/context.ts';
import { AppError } from '../app/errors.ts';
import { seedSample } from '../app/sample/seed-sample.ts';
import type { Config } from '../config.ts';
import { type Database, openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

/** Seeds the sample product and says how to sign in: the password is shown here, once. */
export async function seedSampleAndTell(
  database: Database,
  config: Config,
  log: (line: string) => void,
): Promise<void> {
  // 20 random characters: long enough for the password rules, and on no list.
  const password = config.samplePassword ?? randomBytes(15).toString('base64url');
  const seeded = await inTransaction(
    { db: database.db, now: () => new Date(), baseUrl: config.baseUrl },
    null,
    (ctx) => seedSample(ctx, { password }),
  ).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'invalid_input' && config.samplePassword)
      throw new Error(`ORDO_SAMPLE_PASSWORD: ${error.message}`);
    throw error;
  });
  log(`Seeded the sample product ${seeded.productKey} with ${seeded.items} items.`);
  log(`Sign in as one of: ${seeded.people.join(', ')}`);
  log(
    `  password: ${config.samplePassword ? '(the one in ORDO_SAMPLE_PASSWORD)' : `${password}   (shown once: keep it)`}`,
  );
}

/** `ordo seed --sample`: the sample product on demand, on a database that may hold other data. */
export async function seed(config: Config): Promise<void> {
  const database = await openDatabase(config);
  try {
    await migrate(database);
    await seedSampleAndTell(database, config, console.log);
  } finally {
    await database.close();
  }
}
