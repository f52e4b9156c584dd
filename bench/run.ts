import { parseArgs } from 'node:util';
import { buildServerIfStale } from '../scripts/build-server.js';
import { buildWebIfStale } from '../scripts/build-web.js';
import { chromiumPath } from '../scripts/chromium.js';
import type { DatabaseKind } from '../src/db/database.ts';
import { Cleanup } from './cleanup.ts';
import { fullIterations, quickIterations } from './load.ts';
import { markdownReport, type RunResult, writeResults } from './report.ts';
import { type Phase, phases, runScenario } from './scenario.ts';

/**
 * `npm run bench [-- --sizes 10000,100000] [--quick] [--databases embedded,postgres] [--analyze] [--profile]
 *   [--only foundation|capabilities]`
 * PostgreSQL runs too when DATABASE_URL is set, on a fresh database that is dropped afterwards.
 * The foundation rows run first; the capability rows then add history to the same backlog.
 */

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    quick: { type: 'boolean', default: false },
    databases: { type: 'string' },
    analyze: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});

const sizes = values.sizes.split(',').map((size) => Number(size.replace(/_/g, '')));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  throw new Error(`--sizes takes whole numbers separated by commas, not ${values.sizes}`);
}
const postgresUrl = process.env.DATABASE_URL || undefined;
const databases = (values.databases?.split(',') ?? [
  'embedded',
  ...(postgresUrl ? ['postgres'] : []),
]) as DatabaseKind[];
if (databases.some((db) => db !== 'embedded' && db !== 'postgres')) {
  throw new Error(`--databases takes embedded and/or postgres, not ${values.databases}`);
}
const only = values.only?.split(',') as Phase[] | undefined;
if (only?.some((phase) => !phases.includes(phase))) {
  throw new Error(`--only takes ${phases.join(' and/or ')}, not ${values.only}`);
}
const iterations = values.quick ? quickIterations : fullIterations;
const startedAt = new Date();
const progress = (line: string) =>
  console.log(`[${((Date.now() - startedAt.getTime()) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const cleanup = new Cleanup();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    progress(`${signal}: cleaning up`);
    void cleanup.runAll().finally(() => process.exit(130));
  });
}

// The server runs built (bin/ordo.js would build it, but inside the first start's timing);
// the backlog page's transfer size is measured in Chromium against the built web app.
await buildServerIfStale();
if (chromiumPath()) buildWebIfStale();

const results: RunResult[] = [];
try {
  for (const database of databases) {
    for (const size of sizes) {
      results.push(
        await runScenario({
          database,
          size,
          iterations,
          phases: only ?? phases,
          analyzeEmbedded: values.analyze,
          profile: values.profile,
          postgresUrl,
          cleanup,
          progress,
        }),
      );
    }
  }
} catch (error) {
  console.error(`bench: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanup.runAll();
}
if (results.length) {
  const files = writeResults(results, iterations, startedAt);
  console.log(`\n${markdownReport(results, iterations, startedAt)}`);
  console.log(`Wrote ${files.json} and ${files.markdown}`);
}
