import { mkdirSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { buildServerIfStale } from '../scripts/build-server.js';
import { openEmbedded, openPostgres } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { postgresUrl, templateDatabaseName, templateTarball, testDbKind, testDir } from './test-db-config.ts';

/**
 * Migrates one template database per run; each test file then starts from a copy of it
 * (PGlite: loadDataDir of a dump; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup(): Promise<() => Promise<void>> {
  mkdirSync(testDir, { recursive: true });
  // Tests that run `bin/ordo.js` run the built CLI: build it once here, not in each test file.
  await buildServerIfStale();
  if (testDbKind === 'embedded') {
    const database = await openEmbedded();
    await migrate(database);
    const dump = await database.pglite.dumpDataDir('gzip');
    writeFileSync(templateTarball, Buffer.from(await dump.arrayBuffer()));
    await database.close();
    return async () => {};
  }
  const admin = new pg.Client({ connectionString: postgresUrl() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${templateDatabaseName} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${templateDatabaseName}`);
  const database = openPostgres(postgresUrl(templateDatabaseName));
  await migrate(database);
  await database.close();
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${templateDatabaseName} WITH (FORCE)`);
    await admin.end();
  };
}
