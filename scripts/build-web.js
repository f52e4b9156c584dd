#!/usr/bin/env node
// The web app, built by Vite into dist/web when it is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStale } from './staleness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'dist/web/index.html');
const sources = ['src/web', 'src/client', 'src/domain', 'vite.config.ts'].map((path) => join(root, path));

export const isWebStale = () => isStale(built, sources);

/** Builds the web app when stale; `say` tells why it waits. Throws when Vite fails. */
export function buildWebIfStale(say = (line) => console.error(line)) {
  if (!isWebStale()) return;
  say('Building the web app…');
  // Vitest sets NODE_ENV=test, which would make Vite build React's development bundle.
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error('the web app did not build (npx vite build)');
}
