import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { summarise } from './measure.ts';
import { residentMemory, startServer } from './server-process.ts';

/**
 * How long Ordo takes to start: the CLI (`ordo --help`, `ordo items list` against a running
 * server) beside `node -e 0` timed in the same rounds, so the ratio holds on a busy machine too;
 * and the server, from spawning to its first answer, with its resident memory then.
 * A checkout is a directory with bin/ordo.js: this one, or another to compare (the code before).
 */

export interface Checkout {
  label: string;
  dir: string;
}

export interface CliStartUp {
  label: string;
  /** Medians in ms, and each over `node -e 0`'s median of the same rounds. */
  help: { ms: number; ratio: number };
  itemsList?: { ms: number; ratio: number };
}

export interface ServerStartUp {
  label: string;
  /** From spawning `ordo serve` to its first answer (GET /api/health), median of the starts. */
  firstAnswerMs: number;
  rssMb: number;
}

/** Runs a command to its end; answers the wall time in ms, and refuses a failing command. */
export function timeCommand(
  argv: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      if (code === 0) resolve(performance.now() - start);
      else reject(new Error(`${argv.join(' ')} exited with ${code}: ${stderr}`));
    }),
  );
}

const median = (durations: number[]) => summarise(durations).p50;

/**
 * `rounds` rounds, each timing `node -e 0` then each checkout's commands, one after another (never
 * two at once); one untimed round first, which also builds a stale build.
 */
export async function measureCliStartUp(options: {
  checkouts: Checkout[];
  rounds: number;
  /** A running server, its token and a product key; without one, `items list` is not timed. */
  server?: { baseUrl: string; token: string; productKey: string };
}): Promise<{ nodeMs: number; results: CliStartUp[] }> {
  const { server } = options;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(server && { ORDO_URL: server.baseUrl, ORDO_TOKEN: server.token }),
  };
  const node: number[] = [];
  const times = options.checkouts.map(() => ({ help: [] as number[], itemsList: [] as number[] }));
  for (let round = 0; round <= options.rounds; round++) {
    const keep = round > 0; // the first round warms the file cache and builds
    const nodeMs = await timeCommand(['-e', '0'], { cwd: process.cwd() });
    if (keep) node.push(nodeMs);
    for (const [at, checkout] of options.checkouts.entries()) {
      const help = await timeCommand(['bin/ordo.js', '--help'], { cwd: checkout.dir, env });
      if (keep) times[at]?.help.push(help);
      if (!server) continue;
      const list = await timeCommand(['bin/ordo.js', 'items', 'list', server.productKey, '--limit', '20'], {
        cwd: checkout.dir,
        env,
      });
      if (keep) times[at]?.itemsList.push(list);
    }
  }
  const nodeMs = median(node);
  const measured = (durations: number[]) => ({ ms: median(durations), ratio: median(durations) / nodeMs });
  return {
    nodeMs,
    results: options.checkouts.map((checkout, at) => ({
      label: checkout.label,
      help: measured(times[at]?.help ?? []),
      ...(server && { itemsList: measured(times[at]?.itemsList ?? []) }),
    })),
  };
}

/** Starts each checkout's server on `dataDir` `starts` times, alternating; the median of each. */
export async function measureServerStartUp(options: {
  checkouts: Checkout[];
  dataDir: string;
  starts: number;
}): Promise<ServerStartUp[]> {
  const times = options.checkouts.map(() => ({ firstAnswer: [] as number[], rss: [] as number[] }));
  for (let start = 0; start < options.starts; start++) {
    for (const [at, checkout] of options.checkouts.entries()) {
      const spawned = performance.now();
      const server = await startServer({
        cwd: checkout.dir,
        env: { ORDO_DATA_DIR: options.dataDir, ORDO_LOG_LEVEL: 'warn' },
        readyPath: '/api/health',
        pollMs: 10,
      });
      times[at]?.firstAnswer.push(performance.now() - spawned);
      times[at]?.rss.push(residentMemory(server.pid).rssMb);
      await server.stop();
    }
  }
  return options.checkouts.map((checkout, at) => ({
    label: checkout.label,
    firstAnswerMs: median(times[at]?.firstAnswer ?? []),
    rssMb: median(times[at]?.rss ?? []),
  }));
}
