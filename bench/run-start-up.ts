import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildServerIfStale } from '../scripts/build-server.js';
import { openEmbedded } from '../src/db/database.ts';
import { benchToken } from './load.ts';
import { benchAdmin, productKey, seedBacklog } from './seed-items.ts';
import { startServer } from './server-process.ts';
import { type Checkout, measureCliStartUp, measureServerStartUp } from './start-up.ts';

/**
 * `npm run bench:start-up -- [--data-dir DIR] [--size 100000] [--rounds 7] [--starts 3] [--compare DIR]`
 * The CLI's and the server's start-up (bench/start-up.ts) on an embedded database of `size` items,
 * seeded into DIR when it holds none (and kept there for the next run). `--compare` times another
 * checkout too (the code before, say), alternating with this one in the same run.
 */

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    size: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '7' },
    starts: { type: 'string', default: '3' },
    compare: { type: 'string' },
  },
});
const size = Number(values.size);
const here = fileURLToPath(new URL('..', import.meta.url));
const checkouts: Checkout[] = [
  { label: 'this checkout', dir: here },
  ...(values.compare ? [{ label: values.compare, dir: resolve(values.compare) }] : []),
];
const kept = values['data-dir'];
const scratch = kept ? undefined : mkdtempSync(join(tmpdir(), 'ordo-start-up-'));
const dataDir = kept ?? join(scratch as string, 'data');

try {
  await buildServerIfStale();
  if (!existsSync(join(dataDir, 'pg', 'PG_VERSION'))) {
    console.log(`Seeding ${size.toLocaleString('en')} items into ${dataDir}`);
    const database = await openEmbedded({ dataDir });
    try {
      await seedBacklog(database, size, (line) => console.log(line));
      await database.pglite.exec('VACUUM (ANALYZE)');
    } finally {
      await database.close();
    }
  }

  console.log('Timing the CLI against a running server');
  const server = await startServer({ env: { ORDO_DATA_DIR: dataDir, ORDO_LOG_LEVEL: 'warn' } });
  let cli: Awaited<ReturnType<typeof measureCliStartUp>>;
  try {
    const token = await benchToken(server.baseUrl, benchAdmin.email, benchAdmin.password);
    cli = await measureCliStartUp({
      checkouts,
      rounds: Number(values.rounds),
      server: { baseUrl: server.baseUrl, token, productKey },
    });
  } finally {
    await server.stop();
  }
  console.log('Timing the server from start to its first answer');
  const servers = await measureServerStartUp({ checkouts, dataDir, starts: Number(values.starts) });

  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const lines = [
    `Start-up, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Node ${process.version}: medians of ` +
      `${values.rounds} rounds (\`node -e 0\` ${ms(cli.nodeMs)} in the same rounds) and of ${values.starts} server starts ` +
      `on ${size.toLocaleString('en')} items (embedded).`,
    '',
    '| checkout | `ordo --help` | ÷ `node -e 0` | `ordo items list ' +
      productKey +
      '` | ÷ `node -e 0` | server start to first answer | RSS after start MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...cli.results.map((result, at) => {
      const started = servers[at];
      return `| ${result.label} | ${ms(result.help.ms)} | ${result.help.ratio.toFixed(1)}× | ${ms(result.itemsList?.ms ?? Number.NaN)} | ${(result.itemsList?.ratio ?? Number.NaN).toFixed(1)}× | ${ms(started?.firstAnswerMs ?? Number.NaN)} | ${(started?.rssMb ?? Number.NaN).toFixed(0)} |`;
    }),
  ];
  console.log(`\n${lines.join('\n')}\n`);
  const dir = join(here, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `start-up-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ size, rounds: values.rounds, cli, servers }, null, 2)}\n`);
  console.log(`Wrote ${file}`);
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
