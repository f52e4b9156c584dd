import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { DatabaseKind } from '../src/db/database.ts';
import type { Iterations } from './load.ts';
import { round, type Summary } from './measure.ts';

/** The results: one row per (database, size), the foundation's targets, and the files they go to. */

export interface RunResult {
  database: DatabaseKind;
  size: number;
  /** Whether the bench ran ANALYZE after seeding (always on PostgreSQL, as autovacuum would; --analyze on embedded). */
  analyzed: boolean;
  seedSeconds: number;
  create: { total: number; concurrency: number; seconds: number; perSecond: number };
  move: Summary;
  page: Summary;
  search: Summary;
  searchHits: Record<string, number>;
  memory: { rssMb: number; peakMb: number };
  bareMove: Summary;
  apiToSqlRatio: number;
  /** The share of all CPUs that other processes used during the HTTP measurements. */
  otherCpuPercent: number;
}

export interface TargetCheck {
  database: DatabaseKind;
  size: number;
  target: string;
  measured: string;
  pass: boolean | null;
}

const targetSize = 100_000;

/** The foundation issue's targets, checked at 100,000 items (or the largest size measured). */
export function checkTargets(results: RunResult[], database: DatabaseKind): TargetCheck[] {
  const rows = results.filter((row) => row.database === database).sort((a, b) => a.size - b.size);
  const row = rows.find((r) => r.size === targetSize) ?? rows.at(-1);
  if (!row) return [];
  const small = rows.find((r) => r.size === 10_000);
  const check = (target: string, measured: string, pass: boolean | null): TargetCheck => ({
    database,
    size: row.size,
    target,
    measured,
    pass,
  });
  const growth = small && small !== row ? row.move.p50 / small.move.p50 : null;
  return [
    check('move p50 ≤ 3 ms', `${round(row.move.p50)} ms`, row.move.p50 <= 3),
    check(
      'move p50 within 20% of 10,000',
      growth === null
        ? 'needs both sizes'
        : `${round((growth - 1) * 100, 1)}% (${round(small?.move.p50 ?? 0)} ms)`,
      growth === null ? null : growth <= 1.2,
    ),
    check('page p50 ≤ 5 ms', `${round(row.page.p50)} ms`, row.page.p50 <= 5),
    check('search p50 ≤ 30 ms', `${round(row.search.p50)} ms`, row.search.p50 <= 30),
    check('RSS ≤ 500 MB', `${round(row.memory.rssMb, 0)} MB`, row.memory.rssMb <= 500),
    check('API move ≤ 4× bare SQL', `${round(row.apiToSqlRatio, 1)}×`, row.apiToSqlRatio <= 4),
  ];
}

export function markdownReport(results: RunResult[], iterations: Iterations, startedAt: Date): string {
  const lines = [
    `# Ordo benchmark, ${startedAt.toISOString()}`,
    '',
    `Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}); server and client on one machine.`,
    `Iterations: ${iterations.creates} creates at concurrency ${iterations.createConcurrency}, ` +
      `${iterations.moves} moves (after ${iterations.moveWarmups}), ${iterations.pages} pages, ` +
      `${iterations.searches} searches, ${iterations.bareMoves} bare moves.`,
    '',
    'Other work on the machine skews the figures: "other CPU" is the share of the CPUs that processes other than',
    'the bench and its server used while it measured over HTTP (on PostgreSQL, the database server counts too);',
    'near 0% is a quiet machine.',
    '',
    '| database | items | bench ran ANALYZE | create items/s | move p50 ms | move p95 ms | page p50 ms | search p50 ms | RSS MB | bare move SQL p50 ms | API/SQL | other CPU |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...results.map(
      (r) =>
        `| ${r.database} | ${r.size.toLocaleString('en')} | ${r.analyzed ? 'yes' : 'no'} | ${round(r.create.perSecond, 0)} | ` +
        `${round(r.move.p50)} | ${round(r.move.p95)} | ${round(r.page.p50)} | ${round(r.search.p50)} | ` +
        `${round(r.memory.rssMb, 0)} | ${round(r.bareMove.p50, 3)} | ${round(r.apiToSqlRatio, 1)}× | ${round(r.otherCpuPercent, 0)}% |`,
    ),
  ];
  const databases = [...new Set(results.map((r) => r.database))];
  for (const database of databases) {
    const checks = checkTargets(results, database);
    const size = checks[0]?.size ?? 0;
    const official =
      database === 'embedded' && size === targetSize ? ' (the foundation targets)' : ' (for information)';
    lines.push('', `## Targets on ${database} at ${size.toLocaleString('en')} items${official}`, '');
    lines.push('| target | measured | result |', '| --- | --- | --- |');
    for (const c of checks) {
      lines.push(`| ${c.target} | ${c.measured} | ${c.pass === null ? 'n/a' : c.pass ? 'PASS' : 'MISS'} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function writeResults(
  results: RunResult[],
  iterations: Iterations,
  startedAt: Date,
): { json: string; markdown: string } {
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const json = `${dir}${startedAt.toISOString().replace(/[:.]/g, '-')}.json`;
  const markdown = `${dir}latest.md`;
  const targets = [...new Set(results.map((r) => r.database))].flatMap((db) => checkTargets(results, db));
  const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model };
  writeFileSync(json, `${JSON.stringify({ startedAt, machine, iterations, results, targets }, null, 2)}\n`);
  writeFileSync(markdown, markdownReport(results, iterations, startedAt));
  return { json, markdown };
}
