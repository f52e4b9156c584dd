#!/usr/bin/env node
// `npm test`: unit and integration tests on the embedded database; the integration suite again on
// PostgreSQL when DATABASE_URL is set; end-to-end tests in headless Chromium when it is installed.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromiumPath } from './chromium.js';

const resultsDir = '.ordo-test/results';
mkdirSync(resultsDir, { recursive: true });
const extraArgs = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedRuns = 0;

function vitest(label, projects, env = {}) {
  console.log(`\n=== ${label} ===`);
  const output = `${resultsDir}/${label.replace(/\W+/g, '-')}.json`;
  const args = [
    'vitest',
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${output}`,
    ...extraArgs,
  ];
  const run = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (run.status !== 0) failedRuns++;
  if (existsSync(output)) {
    const report = JSON.parse(readFileSync(output, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
  } else if (run.status !== 0) {
    totals.failed++;
  }
}

vitest('unit and integration on the embedded database', ['unit', 'integration'], {
  ORDO_TEST_DB: 'embedded',
});

if (process.env.DATABASE_URL) {
  vitest('integration on PostgreSQL', ['integration'], {
    ORDO_TEST_DB: 'postgres',
    ORDO_TEST_RUN: randomBytes(4).toString('hex'),
  });
} else {
  console.log('\nDATABASE_URL is not set: the integration suite ran on the embedded database only.');
}

const chromium = chromiumPath();
if (chromium) {
  if (!existsSync('dist/web/index.html') || process.env.CI) {
    const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) failedRuns++;
  }
  vitest('end-to-end in headless Chromium', ['e2e'], { ORDO_CHROMIUM: chromium });
} else {
  const banner = '!'.repeat(78);
  console.log(`\n${banner}\n!! BROWSER TESTS SKIPPED: no Chromium at /usr/bin/chromium (or ORDO_CHROMIUM).`);
  console.log('!! Install it to run them:  apt-get update && apt-get install -y chromium');
  console.log(`${banner}`);
  if (process.env.ORDO_REQUIRE_E2E) {
    console.log('ORDO_REQUIRE_E2E is set: failing because the browser tests could not run.');
    failedRuns++;
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedRuns > 0 || totals.failed > 0 ? 1 : 0);
