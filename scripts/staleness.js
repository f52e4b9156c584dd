// Whether a build is older than what it is built from: one rule for the web app and the server.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time under `path` (a file or a directory), leaving out `skip`. */
export function newestChange(path, skip = []) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) {
    const child = join(path, name);
    if (!skip.includes(child)) newest = Math.max(newest, newestChange(child, skip));
  }
  return newest;
}

/** `built` is missing, or older than one of `sources` (those that exist), `skip` left out. */
export function isStale(built, sources, skip = []) {
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return sources
    .filter((source) => existsSync(source))
    .some((source) => newestChange(source, skip) > builtAt);
}
