import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { DatabaseKind } from '../src/db/database.ts';
import { measureBareMove } from './bare-move.ts';
import { measureCapabilities } from './capabilities.ts';
import type { Cleanup } from './cleanup.ts';
import { measureCompressionCost } from './compression-cost.ts';
import { type BenchDatabase, embeddedDatabase, postgresDatabase } from './databases.ts';
import { measureCsvExport } from './export.ts';
import {
  benchToken,
  type Iterations,
  measureCreates,
  measureFirstPage,
  measureMoves,
  measureSearch,
  tokenClient,
} from './load.ts';
import { seededRandom } from './measure.ts';
import { watchOtherCpu } from './other-cpu.ts';
import type { CapabilityResult, FoundationResult, RunResult } from './report.ts';
import { seedCapabilities } from './seed-capabilities.ts';
import { benchAdmin, productKey, seedBacklog } from './seed-items.ts';
import { residentMemory, type ServerProcess, startServer } from './server-process.ts';
import { measureTransferSize } from './transfer-size.ts';

/** The foundation rows (creates, pages, searches, moves, memory, bare SQL); the capability rows. */
export const phases = ['foundation', 'capabilities'] as const;
export type Phase = (typeof phases)[number];

export interface ScenarioOptions {
  database: DatabaseKind;
  size: number;
  iterations: Iterations;
  /** Which rows to measure; the backlog is seeded for the foundation rows whichever they are. */
  phases: readonly Phase[];
  /** ANALYZE after seeding even on the embedded database (PostgreSQL's autovacuum would anyway). */
  analyzeEmbedded: boolean;
  /** Start the measured server with --cpu-prof, profiles in bench/results/profiles/. */
  profile: boolean;
  postgresUrl: string | undefined;
  cleanup: Cleanup;
  progress: (line: string) => void;
}

const profileDir = fileURLToPath(new URL('./results/profiles/', import.meta.url));

async function freshDatabase(options: ScenarioOptions): Promise<BenchDatabase> {
  if (options.database === 'embedded') return embeddedDatabase();
  if (!options.postgresUrl) throw new Error('DATABASE_URL is not set');
  return postgresDatabase(options.postgresUrl);
}

const isAnalyzed = (target: BenchDatabase, options: ScenarioOptions) =>
  target.kind === 'postgres' || options.analyzeEmbedded;

async function seed(
  target: BenchDatabase,
  options: ScenarioOptions,
): Promise<{ seconds: number; analyzed: boolean; seededAt: Date }> {
  const start = Date.now();
  const database = await target.open();
  const analyzed = isAnalyzed(target, options);
  try {
    await seedBacklog(database, options.size, options.progress);
    if (analyzed) await sql`VACUUM ANALYZE`.execute(database.db);
  } finally {
    await database.close();
  }
  return { seconds: (Date.now() - start) / 1000, analyzed, seededAt: new Date() };
}

async function withServer<T>(
  target: BenchDatabase,
  options: ScenarioOptions,
  nodeArgs: string[],
  work: (server: ServerProcess) => Promise<T>,
  env: Record<string, string> = {},
): Promise<T> {
  const server = await startServer({ env: { ...target.serverEnv, ...env }, nodeArgs });
  const stop = options.cleanup.add(`stop the server (pid ${server.pid})`, server.stop);
  try {
    return await work(server);
  } finally {
    await stop();
  }
}

function profileArgs(options: ScenarioOptions, name: string): string[] {
  return options.profile ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, name)}`] : [];
}

/**
 * What the server does on its own after it starts: the embedded database's maintenance (VACUUM
 * ANALYZE, 2 s in) and the custodian's daily round. The first request after this waits for them.
 */
const settleMs = 3_000;

/** Drives the real server over HTTP, restarts it for its memory, then times the bare SQL of a move. */
async function measureFoundation(
  target: BenchDatabase,
  options: ScenarioOptions,
  label: string,
): Promise<FoundationResult> {
  const { size, iterations, progress } = options;
  const random = seededRandom(size + 1);
  const nodeArgs = profileArgs(options, `${options.database}-${size}`);
  const measured = await withServer(target, options, nodeArgs, async (server) => {
    const otherCpu = watchOtherCpu(() => [process.pid, process.ppid, server.pid]);
    const client = await tokenClient(server.baseUrl, benchAdmin.email, benchAdmin.password);
    progress(`${label}: ${iterations.creates} creates, concurrency ${iterations.createConcurrency}`);
    const create = await measureCreates(client, random, iterations);
    progress(`${label}: ${Math.round(create.perSecond)} items/s; ${iterations.pages} first pages`);
    const page = await measureFirstPage(client, iterations);
    progress(`${label}: page p50 ${page.p50.toFixed(2)} ms; ${iterations.searches} searches`);
    const search = await measureSearch(client, iterations);
    progress(
      `${label}: search p50 ${search.summary.p50.toFixed(2)} ms; ${iterations.moves} moves to the top`,
    );
    const move = await measureMoves(client, random, size, iterations);
    progress(
      `${label}: move p50 ${move.p50.toFixed(2)} ms, p95 ${move.p95.toFixed(2)} ms; pages as is and in brotli`,
    );
    const token = await benchToken(server.baseUrl, benchAdmin.email, benchAdmin.password);
    const compression = await measureCompressionCost(server.baseUrl, token, iterations.pages);
    progress(
      `${label}: page p50 ${compression.identity.page.p50.toFixed(2)} ms as is (${(compression.identity.bytes / 1024).toFixed(0)} KB), ` +
        `${compression.brotli.page.p50.toFixed(2)} ms in brotli (${(compression.brotli.bytes / 1024).toFixed(0)} KB)`,
    );
    return {
      compression,
      create,
      page,
      search: search.summary,
      searchHits: search.hits,
      move,
      otherCpuPercent: otherCpu(),
    };
  });
  if (measured.otherCpuPercent > 10) {
    progress(
      `${label}: other work used ${measured.otherCpuPercent.toFixed(0)}% of the CPUs: figures are skewed`,
    );
  }
  progress(`${label}: again with no request logs, for what they cost`);
  const plain = await withServer(
    target,
    options,
    [],
    async (server) => {
      const client = await tokenClient(server.baseUrl, benchAdmin.email, benchAdmin.password);
      // As the first server did its creates meanwhile: let the start's maintenance pass first.
      await sleep(settleMs);
      const page = await measureFirstPage(client, iterations);
      const move = await measureMoves(client, random, size, iterations);
      return { page, move };
    },
    { ORDO_LOG_LEVEL: 'silent' },
  );
  const operationsCost = {
    plain,
    pageRatio: measured.page.p50 / plain.page.p50,
    moveRatio: measured.move.p50 / plain.move.p50,
  };
  progress(
    `${label}: without request logs: page p50 ${plain.page.p50.toFixed(2)} ms, move p50 ${plain.move.p50.toFixed(2)} ms ` +
      `(with them: ×${operationsCost.pageRatio.toFixed(2)} and ×${operationsCost.moveRatio.toFixed(2)})`,
  );
  progress(`${label}: restarting the server for its resident memory`);
  const { memory, transfer, csvExport } = await withServer(target, options, [], async (server) => {
    const client = await tokenClient(server.baseUrl, benchAdmin.email, benchAdmin.password);
    await client.listItems(productKey, { limit: 100 });
    const memory = residentMemory(server.pid);
    progress(
      `${label}: RSS ${memory.rssMb.toFixed(0)} MB; opening the backlog in Chromium for its transfer size`,
    );
    const transfer = await measureTransferSize(server.baseUrl);
    progress(`${label}: exporting the backlog as CSV`);
    const csvExport = await measureCsvExport(client, server.pid);
    progress(
      `${label}: CSV export of ${csvExport.rows} items (${csvExport.megabytes.toFixed(1)} MB) in ${csvExport.seconds.toFixed(2)} s, ` +
        `server RSS +${csvExport.rssGrowthMb.toFixed(0)} MB`,
    );
    return { memory, transfer, csvExport };
  });
  progress(
    `${label}: ${transfer ? `the backlog page transferred ${transfer.coldKb.toFixed(0)} KB cold, ${transfer.warmKb.toFixed(0)} KB again` : 'no Chromium: no transfer size'}; ` +
      'timing the bare SQL of a move',
  );
  const session = await target.openSession();
  const closeSession = options.cleanup.add('close the SQL session', session.close);
  const bareMove = await measureBareMove(session, random, size, iterations.bareMoves, iterations.moveWarmups);
  await closeSession();
  progress(`${label}: bare move p50 ${bareMove.p50.toFixed(3)} ms`);
  return {
    ...measured,
    operationsCost,
    memory,
    transfer,
    csvExport,
    bareMove,
    apiToSqlRatio: measured.move.p50 / bareMove.p50,
  };
}

/** Adds history, sprints, scores and requests to the backlog, then times the capability rows over HTTP. */
async function measureCapabilityRows(
  target: BenchDatabase,
  options: ScenarioOptions,
  label: string,
  seededAt: Date,
): Promise<CapabilityResult> {
  const { iterations, progress } = options;
  progress(`${label}: seeding history, sprints, scores and requests for the capability rows`);
  const database = await target.open();
  let seeding: CapabilityResult['seeding'];
  try {
    seeding = await seedCapabilities(database, seededAt, progress);
    if (isAnalyzed(target, options)) await sql`VACUUM ANALYZE`.execute(database.db);
  } finally {
    await database.close();
  }
  progress(
    `${label}: seeded in ${seeding.seconds.toFixed(1)} s (${seeding.historyItems.toLocaleString('en')} items with a history, ` +
      `${seeding.untouchedBeforeCutoff.toLocaleString('en')} untouched since the stale cutoff); starting the server`,
  );
  const nodeArgs = profileArgs(options, `${options.database}-${options.size}-capabilities`);
  const measured = await withServer(target, options, nodeArgs, async (server) => {
    const client = await tokenClient(server.baseUrl, benchAdmin.email, benchAdmin.password);
    await sleep(settleMs);
    const otherCpu = watchOtherCpu(() => [process.pid, process.ppid, server.pid]);
    const rows = await measureCapabilities(
      client,
      options.size,
      { runs: iterations.capabilityRuns, warmups: iterations.capabilityWarmups },
      (line) => progress(`${label}: ${line}`),
    );
    return { rows, memory: residentMemory(server.pid), otherCpuPercent: otherCpu() };
  });
  if (measured.otherCpuPercent > 10) {
    progress(
      `${label}: other work used ${measured.otherCpuPercent.toFixed(0)}% of the CPUs: figures are skewed`,
    );
  }
  return { seeding, ...measured };
}

/** One row of each table: seed a fresh database, drive the real server over HTTP, time bare SQL. */
export async function runScenario(options: ScenarioOptions): Promise<RunResult> {
  const { size, progress } = options;
  const label = `${options.database} ${size.toLocaleString('en')}`;
  const target = await freshDatabase(options);
  const dispose = options.cleanup.add(`dispose of the ${options.database} database`, target.dispose);
  try {
    progress(`${label}: seeding ${size.toLocaleString('en')} items`);
    const seeded = await seed(target, options);
    progress(`${label}: seeded in ${seeded.seconds.toFixed(1)} s; starting the server`);
    const foundation = options.phases.includes('foundation')
      ? await measureFoundation(target, options, label)
      : undefined;
    const capabilities = options.phases.includes('capabilities')
      ? await measureCapabilityRows(target, options, label, seeded.seededAt)
      : undefined;
    return {
      database: options.database,
      size,
      analyzed: seeded.analyzed,
      seedSeconds: seeded.seconds,
      ...(foundation && { foundation }),
      ...(capabilities && { capabilities }),
    };
  } finally {
    await dispose();
  }
}
