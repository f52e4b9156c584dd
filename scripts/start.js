#!/usr/bin/env node
// `npm start`: builds the web app when it is missing or older than its sources, then serves.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const built = 'dist/web/index.html';
const sources = ['src/web', 'src/client', 'src/domain'].filter(existsSync);
const isStale = !existsSync(built) || Math.max(...sources.map(newestChange)) > statSync(built).mtimeMs;
if (isStale) {
  console.log('Building the web app…');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

process.argv = [process.argv[0], 'ordo', 'serve'];
await import('../bin/ordo.js');
