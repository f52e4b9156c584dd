import { type Kysely, sql } from 'kysely';
import type { DB } from '../../src/db/schema.ts';

/**
 * Tables a refused request may still write: signing in keeps a session, and a refused sign-in or
 * public request is counted towards its limits (that is the point of refusing it).
 */
const writtenByReads = new Set(['sessions', 'limit_counters']);

/**
 * A reader of the database's fingerprint: one line per table of the public schema, its row count
 * and an order-free hash of its rows. Two equal fingerprints mean no row was added, removed or
 * changed in between.
 */
export async function fingerprintOf(db: Kysely<DB>): Promise<() => Promise<string>> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const perTable = tables.rows
    .filter((table) => !writtenByReads.has(table.name))
    .map(
      (table) => sql`select ${table.name} as name, count(*)::int as rows,
        coalesce(sum(hashtext(t::text)), 0)::text as hash from ${sql.table(table.name)} t`,
    );
  const query = sql<{ name: string; rows: number; hash: string }>`${sql.join(perTable, sql` union all `)}`;
  return async () => {
    const result = await query.execute(db);
    return result.rows.map((row) => `${row.name}:${row.rows}:${row.hash}`).join('\n');
  };
}
