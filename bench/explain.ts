import { parseArgs } from 'node:util';
import { type CompiledQuery, Kysely, type LogEvent, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Actor } from '../src/app/context.ts';
import { inTransaction } from '../src/app/context.ts';
import { listItems } from '../src/app/items/list-items.ts';
import { moveItem } from '../src/app/ranking/move-item.ts';
import { AsyncLock } from '../src/db/async-lock.ts';
import { openEmbedded, prepareSessions } from '../src/db/database.ts';
import { pgliteDialect } from '../src/db/pglite-dialect.ts';
import { PreparedStatements } from '../src/db/pglite-statements.ts';
import type { DB } from '../src/db/schema.ts';
import { itemKey } from '../src/domain/item.ts';
import { Cleanup } from './cleanup.ts';
import { embeddedDatabase, postgresDatabase } from './databases.ts';
import { seededRandom, summarise } from './measure.ts';
import { benchAdmin, productKey, seedBacklog } from './seed-items.ts';

/**
 * Why a figure is what it is: seeds a fresh backlog, then prints the plans (EXPLAIN ANALYZE) of the
 * list and search queries, before and after ANALYZE, and where the time of a move goes, query by query.
 * `tsx bench/explain.ts [--size 100000] [--database embedded|postgres]`
 */

const { values } = parseArgs({
  options: { size: { type: 'string', default: '100000' }, database: { type: 'string', default: 'embedded' } },
});
const size = Number(values.size);
const cleanup = new Cleanup();

interface Traced {
  db: Kysely<DB>;
  explain(query: CompiledQuery): Promise<string>;
  log: LogEvent[];
}

async function traced(): Promise<Traced> {
  const log: LogEvent[] = [];
  const record = (event: LogEvent) => void log.push(event);
  if (values.database === 'embedded') {
    const target = embeddedDatabase();
    cleanup.add('remove the data directory', target.dispose);
    const database = await openEmbedded({ dataDir: target.serverEnv.ORDO_DATA_DIR as string });
    cleanup.add('close the database', database.close);
    await seedBacklog(database, size, console.log);
    const db = new Kysely<DB>({
      dialect: pgliteDialect(new PreparedStatements(database.pglite), new AsyncLock()),
      log: record,
    });
    const explain = async (query: CompiledQuery) => {
      const result = await database.pglite.query<Record<string, string>>(
        `EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`,
        query.parameters as unknown[],
      );
      return result.rows.map((row) => Object.values(row)[0]).join('\n');
    };
    return { db, explain, log };
  }
  const target = await postgresDatabase(process.env.DATABASE_URL ?? '');
  cleanup.add('drop the database', target.dispose);
  const seeding = await target.open();
  try {
    await seedBacklog(seeding, size, console.log);
  } finally {
    await seeding.close();
  }
  const pool = prepareSessions(new pg.Pool({ connectionString: target.serverEnv.DATABASE_URL }));
  cleanup.add('end the pool', () => pool.end());
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), log: record });
  const explain = async (query: CompiledQuery) => {
    const result = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, query.parameters as unknown[]);
    return result.rows.map((row) => Object.values(row)[0]).join('\n');
  };
  return { db, explain, log };
}

async function mainQuery(t: Traced, run: () => Promise<unknown>): Promise<CompiledQuery> {
  t.log.length = 0;
  await run();
  const query = t.log.map((event) => event.query).find((q) => q.sql.includes('order by "items"."rank"'));
  if (!query) throw new Error('no list query was run');
  return query;
}

async function plans(t: Traced, actor: Actor, heading: string) {
  const deps = { db: t.db, now: () => new Date(), baseUrl: 'http://127.0.0.1' };
  for (const search of [undefined, 'invoice', 'pay', 'export csv', 'barcode']) {
    const list = () =>
      inTransaction(deps, actor, (ctx) => listItems(ctx, { productKey, search, limit: 100 }));
    const query = await mainQuery(t, list);
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const start = performance.now();
      await list();
      times.push(performance.now() - start);
    }
    console.log(
      `\n### ${heading}: ${search ? `search "${search}"` : 'first page'}; in-process listItems p50 ${summarise(times).p50.toFixed(2)} ms\n`,
    );
    console.log(await t.explain(query));
  }
}

async function moveBreakdown(t: Traced, actor: Actor) {
  const deps = { db: t.db, now: () => new Date(), baseUrl: 'http://127.0.0.1' };
  const random = seededRandom(7);
  const byQuery = new Map<string, number[]>();
  const totals: number[] = [];
  for (let i = 0; i < 300; i++) {
    t.log.length = 0;
    const start = performance.now();
    await inTransaction(deps, actor, (ctx) =>
      moveItem(ctx, { key: itemKey(productKey, 1 + Math.floor(random() * size)), target: { to: 'top' } }),
    );
    if (i < 30) continue;
    totals.push(performance.now() - start);
    for (const [n, event] of t.log.entries()) {
      const name = `${String(n).padStart(2)} ${event.query.sql.replace(/\s+/g, ' ').slice(0, 110)}`;
      byQuery.set(name, [...(byQuery.get(name) ?? []), event.queryDurationMillis]);
    }
  }
  console.log(
    `\n### moveItem in-process (no HTTP), p50 ${summarise(totals).p50.toFixed(2)} ms; per query p50:\n`,
  );
  let sum = 0;
  for (const [name, durations] of byQuery) {
    const p50 = summarise(durations).p50;
    sum += p50;
    console.log(`${p50.toFixed(3).padStart(7)} ms  ${name}`);
  }
  console.log(`${sum.toFixed(3).padStart(7)} ms  sum of the queries' p50 (${byQuery.size} queries)`);
}

try {
  const t = await traced();
  const person = await t.db
    .selectFrom('people')
    .selectAll()
    .where('email', '=', benchAdmin.email)
    .executeTakeFirstOrThrow();
  const actor: Actor = {
    personId: person.id,
    workspaceId: person.workspace_id,
    name: person.name,
    email: person.email,
    isAdmin: true,
  };
  await plans(t, actor, 'no statistics');
  await moveBreakdown(t, actor);
  await sql`ANALYZE`.execute(t.db);
  await plans(t, actor, 'after ANALYZE');
} finally {
  await cleanup.runAll();
}
