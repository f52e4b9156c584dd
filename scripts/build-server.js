#!/usr/bin/env node
// The server and the CLI, built by esbuild from src/ (not src/web) into dist/server: `ordo` runs
// JavaScript, never TypeScript through a loader. Packages stay in node_modules (not bundled);
// each `await import()` becomes a chunk of its own, so a command loads only what it needs.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStale } from './staleness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const serverOutDir = join(root, 'dist/server');
/** What bin/ordo.js runs. */
export const serverEntry = join(serverOutDir, 'ordo.js');
const sources = ['src', 'package.json', 'scripts/build-server.js'].map((path) => join(root, path));
const notSources = [join(root, 'src/web')];

/** esbuild's options for the build; a test reads the same build's metafile. */
export const serverBuildOptions = {
  absWorkingDir: root,
  entryPoints: { ordo: 'src/cli/main.ts' },
  bundle: true,
  packages: 'external',
  format: 'esm',
  splitting: true,
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  logLevel: 'warning',
};

export const isServerStale = () => isStale(serverEntry, sources, notSources);

/**
 * Builds into a directory of its own, then swaps it in whole: a process starting meanwhile finds
 * the old build or none (and builds too), never half of one.
 */
export async function buildServer() {
  const { build } = await import('esbuild');
  const building = `${serverOutDir}.${process.pid}.tmp`;
  rmSync(building, { recursive: true, force: true });
  await build({ ...serverBuildOptions, outdir: building });
  rmSync(serverOutDir, { recursive: true, force: true });
  renameSync(building, serverOutDir);
}

/** Builds the server when stale; `say` tells why it waits. */
export async function buildServerIfStale(say = (line) => console.error(line)) {
  if (!isServerStale()) return;
  say('Building the server…');
  await buildServer();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildServer();
  if (!existsSync(serverEntry)) throw new Error(`no ${serverEntry} after the build`);
}
