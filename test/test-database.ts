import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { type Database, openEmbedded, openPostgres } from '../src/db/database.ts';
import { postgresUrl, templateDatabaseName, templateTarball, testDbKind } from './test-db-config.ts';

export interface TestDatabase extends Database {
  /** Closes the database and, on PostgreSQL, drops it. */
  drop(): Promise<void>;
  /** On PostgreSQL, its address (for a server process of its own). */
  url?: string;
}

/** A fresh, migrated database of its own for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDbKind === 'embedded') {
    const database = await openEmbedded({ loadDataDir: new Blob([readFileSync(templateTarball)]) });
    return Object.assign(database, { drop: () => database.close() });
  }
  const name = `ordo_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateDatabaseName}`);
  } finally {
    await admin.end();
  }
  const database = openPostgres(postgresUrl(name));
  return Object.assign(database, {
    url: postgresUrl(name),
    drop: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: postgresUrl() });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  });
}
