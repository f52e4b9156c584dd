import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The password of every sample person in the end-to-end tests. */
export const samplePassword = 'e2e-sample-password';

export const people = {
  owner: 'owner@sample.test',
  editor: 'editor@sample.test',
  member: 'member@sample.test',
  stakeholder: 'stakeholder@sample.test',
  viewer: 'viewer@sample.test',
} as const;

export interface RunningServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

const repoRoot = new URL('..', import.meta.url).pathname;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** What the built web app is made from: a change to any of these makes the build stale. */
const webSources = ['src/web', 'src/client', 'src/domain', 'vite.config.ts'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/**
 * The server serves the built web app: build it when it is missing, or older than its sources
 * (so the tests never run against yesterday's build).
 */
export function ensureWebBuilt(): void {
  const index = join(repoRoot, 'dist/web/index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  const changedAt = Math.max(...webSources.map((source) => newestChange(join(repoRoot, source))));
  if (builtAt > changedAt) return;
  // Vitest sets NODE_ENV=test, which would make Vite build React's development bundle.
  const build = spawnSync('npx', ['vite', 'build'], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error('npx vite build failed');
}

async function waitUntilUp(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`ordo serve exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/setup`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`ordo serve did not answer within 60 s:\n${output()}`);
}

/**
 * Starts the real server (`node bin/ordo.js serve`) on a free port (or `port`) with a fresh
 * embedded database and the sample product, and `env` besides; `stop` ends it with SIGTERM and
 * removes its data.
 */
export async function startServer(
  options: { port?: number; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  ensureWebBuilt();
  const port = options.port ?? (await freePort());
  const dataDir = mkdtempSync(join(tmpdir(), 'ordo-e2e-'));
  const { DATABASE_URL: _embeddedOnly, ...env } = process.env;
  const child = spawn(process.execPath, ['bin/ordo.js', 'serve'], {
    cwd: repoRoot,
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ORDO_DATA_DIR: dataDir,
      ORDO_SAMPLE: '1',
      ORDO_SAMPLE_PASSWORD: samplePassword,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timeout);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(baseUrl, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
