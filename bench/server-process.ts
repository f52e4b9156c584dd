import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The real server, `node bin/ordo.js serve`, as a child process of the bench. */

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

export interface ServerProcess {
  pid: number;
  baseUrl: string;
  /** SIGTERM, then SIGKILL if it has not exited within 15 s. */
  stop(): Promise<void>;
  /** The last lines the server printed, for error messages. */
  output(): string;
}

export interface ServerOptions {
  /** ORDO_DATA_DIR or DATABASE_URL. */
  env: Record<string, string>;
  /** Extra flags for node, e.g. --cpu-prof. */
  nodeArgs?: string[];
  /** The checkout whose bin/ordo.js runs (another one, to compare): this one by default. */
  cwd?: string;
  /** What answers once the server is up: /api/setup (the default), or /api/health. */
  readyPath?: string;
  /** How often to ask meanwhile (100 ms). */
  pollMs?: number;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function waitUntilReady(
  url: string,
  pollMs: number,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 120_000;
  let hasExited = false;
  child.once('exit', () => {
    hasExited = true;
  });
  while (Date.now() < deadline) {
    if (hasExited) throw new Error(`the server exited before it was ready:\n${output()}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  throw new Error(`the server was not ready within 120 s:\n${output()}`);
}

export async function startServer(options: ServerOptions): Promise<ServerProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.ORDO_DATA_DIR;
  delete env.NODE_OPTIONS;
  Object.assign(env, { PORT: String(port), HOST: '127.0.0.1', ORDO_SAMPLE: '0' }, options.env);
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), 'bin/ordo.js', 'serve'], {
    cwd: options.cwd ?? repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => lines.join('\n');
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited(child);
    clearTimeout(timer);
  };
  if (child.pid === undefined) throw new Error('could not start the server');
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(
      `${baseUrl}${options.readyPath ?? '/api/setup'}`,
      options.pollMs ?? 100,
      child,
      output,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { pid: child.pid, baseUrl, stop, output };
}

/**
 * The resident set of a process, from /proc/<pid>/status: now (VmRSS) and at its peak (VmHWM).
 * Checks that the pid is the server's node process itself, not a wrapper's.
 */
export function residentMemory(pid: number): { rssMb: number; peakMb: number } {
  const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  if (!cmdline.includes('bin/ordo.js')) throw new Error(`pid ${pid} is not the server: ${cmdline.join(' ')}`);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}
