import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { packageRoot } from '../package-root.ts';
import type { Database } from './database.ts';
import type { DB } from './schema.ts';

const migrationsDir = join(packageRoot, 'src/db/migrations/');

/** Forward-only, timestamped, plain-SQL migrations: the same files on PGlite and PostgreSQL. */
export function migrationFiles(): string[] {
  return readdirSync(migrationsDir)
    .filter((name) => name.endsWith('.sql'))
    .sort();
}

async function appliedMigrations(db: Kysely<DB>): Promise<Set<string>> {
  const rows = await db.selectFrom('ordo_migrations').select('name').execute();
  return new Set(rows.map((row) => row.name));
}

/** The migrations this code has that the database has not applied (none, when it is current). */
export async function pendingMigrations(db: Kysely<DB>): Promise<string[]> {
  const applied = await appliedMigrations(db);
  return migrationFiles().filter((name) => !applied.has(name));
}

/**
 * Applies each pending migration in a transaction of its own, recording it in the same one.
 * Several instances starting at once: the first records the name, the others fail on its key,
 * see it applied and go on.
 */
export async function migrate(database: Database): Promise<string[]> {
  await database.script(`CREATE TABLE IF NOT EXISTS ordo_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  let applied = await appliedMigrations(database.db);
  const ran: string[] = [];
  for (const name of migrationFiles()) {
    if (applied.has(name)) continue;
    const sql = readFileSync(`${migrationsDir}${name}`, 'utf8');
    const record = `INSERT INTO ordo_migrations (name) VALUES ('${name.replace(/'/g, "''")}');`;
    try {
      await database.script(`${record}\n${sql}`);
      ran.push(name);
    } catch (error) {
      applied = await appliedMigrations(database.db);
      if (!applied.has(name)) throw new Error(`Migration ${name} failed: ${(error as Error).message}`);
    }
  }
  return ran;
}
