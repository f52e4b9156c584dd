import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServerIfStale } from '../scripts/build-server.js';
import { buildWebIfStale } from '../scripts/build-web.js';

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

/**
 * The server serves the built web app and runs the built CLI: build them when missing or older
 * than their sources, so the tests never run against yesterday's build.
 */
export async function ensureBuilt(): Promise<void> {
  buildWebIfStale();
  await buildServerIfStale();
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
 * Starts the real server (`node bin/ordo.js serve`) on a free port (or `port`, or
 * `ORDO_E2E_PORT` where ports are shared out among several people on one machine) with a fresh
 * embedded database and the sample product, and `env` besides; `stop` ends it with SIGTERM and
 * removes its data.
 */
export async function startServer(
  options: { port?: number; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  await ensureBuilt();
  const port = options.port ?? (Number(process.env.ORDO_E2E_PORT) || (await freePort()));
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
