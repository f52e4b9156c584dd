import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type CompiledQuery, Kysely, type LogEvent, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Actor, Ctx } from '../src/app/context.ts';
import { custodianView } from '../src/app/custodian/custodian-view.ts';
import { staleDryRun } from '../src/app/custodian/stale-rule.ts';
import { insights } from '../src/app/insights/insights.ts';
import { suggestDuplicates } from '../src/app/intake/suggest-duplicates.ts';
import { previewScoreOrder } from '../src/app/refinement/order-by-score.ts';
import { AsyncLock } from '../src/db/async-lock.ts';
import { openEmbedded, prepareSessions } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { pgliteDialect } from '../src/db/pglite-dialect.ts';
import { PreparedStatements } from '../src/db/pglite-statements.ts';
import type { DB } from '../src/db/schema.ts';
import { itemProblem, itemTitle } from './backlog-text.ts';
import { type CapabilityName, capabilityNames } from './capabilities.ts';
import { Cleanup } from './cleanup.ts';
import { embeddedDatabase, postgresDatabase } from './databases.ts';
import { seededRandom, summarise } from './measure.ts';
import { seedCapabilities } from './seed-capabilities.ts';
import { benchAdmin, productKey, seedBacklog } from './seed-items.ts';

/**
 * Why a capability row's figure is what it is: seeds the backlog as the bench does (foundation, then
 * history), maintains it as the server does (VACUUM ANALYZE), then runs each capability's app
 * function in-process (no HTTP) and prints its time query by query, the time outside the queries
 * (JavaScript) and what serialising the answer costs, and the plans (EXPLAIN ANALYZE) of its
 * slowest queries.
 * `tsx bench/explain-capabilities.ts [--size 100000] [--database embedded|postgres] [--only insights,custodian] [--runs 20]`
 * With `--data-dir DIR` (embedded), the seeded backlog is kept in DIR and reused by the next run.
 */

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    database: { type: 'string', default: 'embedded' },
    only: { type: 'string' },
    runs: { type: 'string', default: '20' },
    plans: { type: 'string', default: '2' },
    'data-dir': { type: 'string' },
  },
});
const size = Number(values.size);
const runs = Number(values.runs);
const only = (values.only?.split(',') ?? capabilityNames) as CapabilityName[];
const cleanup = new Cleanup();

interface Traced {
  db: Kysely<DB>;
  explain(query: CompiledQuery): Promise<string>;
  log: LogEvent[];
}

async function traced(): Promise<Traced> {
  const log: LogEvent[] = [];
  const record = (event: LogEvent) => void log.push(event);
  const progress = (line: string) => console.log(line);
  if (values.database === 'embedded') {
    const kept = values['data-dir'];
    const seeded = kept !== undefined && existsSync(kept);
    const target = kept ? null : embeddedDatabase();
    if (target) cleanup.add('remove the data directory', target.dispose);
    const database = await openEmbedded({ dataDir: kept ?? (target?.serverEnv.ORDO_DATA_DIR as string) });
    cleanup.add('close the database', database.close);
    if (seeded) await migrate(database);
    else {
      await seedBacklog(database, size, progress);
      console.log(await seedCapabilities(database, new Date(), progress));
    }
    await database.pglite.exec('VACUUM (ANALYZE)');
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
    await seedBacklog(seeding, size, progress);
    console.log(await seedCapabilities(seeding, new Date(), progress));
    await sql`VACUUM ANALYZE`.execute(seeding.db);
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

function operations(ctx: Ctx): Record<CapabilityName, (i: number) => Promise<unknown>> {
  const random = seededRandom(4242);
  const inputs = Array.from({ length: runs + 10 }, () => ({
    title: itemTitle(random),
    problem: itemProblem(random),
  }));
  const input = (i: number) => inputs[i % inputs.length] as { title: string; problem: string };
  return {
    duplicatesTitle: (i) => suggestDuplicates(ctx, { productKey, title: input(i).title }),
    duplicatesProblem: (i) => suggestDuplicates(ctx, { productKey, ...input(i) }),
    scoreOrder: () => previewScoreOrder(ctx, { productKey, by: 'wsjf' }),
    insights: () => insights(ctx, { productKey, weeks: 12 }),
    custodian: () => custodianView(ctx, productKey),
    staleDryRun: () => staleDryRun(ctx, productKey),
  };
}

async function breakdown(t: Traced, name: CapabilityName, operation: (i: number) => Promise<unknown>) {
  const warmups = 3;
  const byQuery = new Map<string, { durations: number[]; query: CompiledQuery }>();
  const totals: number[] = [];
  const stringify: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs + warmups; i++) {
    t.log.length = 0;
    const start = performance.now();
    const answer = await operation(i);
    const elapsed = performance.now() - start;
    const before = performance.now();
    bytes = JSON.stringify(answer).length;
    if (i < warmups) continue;
    stringify.push(performance.now() - before);
    totals.push(elapsed);
    for (const [n, event] of t.log.entries()) {
      const label = `${String(n).padStart(2)} ${event.query.sql.replace(/\s+/g, ' ').slice(0, 120)}`;
      const entry = byQuery.get(label) ?? { durations: [], query: event.query };
      entry.durations.push(event.queryDurationMillis);
      byQuery.set(label, entry);
    }
  }
  const total = summarise(totals).p50;
  console.log(
    `\n## ${name}: in-process p50 ${total.toFixed(1)} ms; its answer ${(bytes / 1024).toFixed(0)} KiB of JSON, ` +
      `JSON.stringify p50 ${summarise(stringify).p50.toFixed(1)} ms; per query p50 (in order; ${runs} runs):\n`,
  );
  let sum = 0;
  const ranked: { p50: number; label: string; query: CompiledQuery }[] = [];
  for (const [label, { durations, query }] of byQuery) {
    const p50 = summarise(durations).p50;
    sum += p50;
    ranked.push({ p50, label, query });
    console.log(`${p50.toFixed(2).padStart(8)} ms  ${label}`);
  }
  console.log(`${sum.toFixed(2).padStart(8)} ms  sum of the queries' p50 (${byQuery.size} queries)`);
  console.log(
    `${(total - sum).toFixed(2).padStart(8)} ms  outside the queries (JavaScript; on PostgreSQL, overlap of parallel queries)`,
  );
  ranked.sort((a, b) => b.p50 - a.p50);
  for (const { p50, label, query } of ranked.slice(0, Number(values.plans))) {
    console.log(`\n### plan of query ${label.slice(0, 2).trim()} (p50 ${p50.toFixed(2)} ms)\n`);
    console.log(query.sql.replace(/\s+/g, ' '));
    console.log(`parameters: ${JSON.stringify(query.parameters).slice(0, 300)}\n`);
    console.log(await t.explain(query));
  }
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
  // As the server runs a GET: straight on the database, no transaction.
  const ops = operations({ trx: t.db, actor, now: () => new Date(), baseUrl: 'http://127.0.0.1' });
  for (const name of only) await breakdown(t, name, ops[name]);
} finally {
  await cleanup.runAll();
}
