import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's directory (where package.json is), found by walking up from this module: the
 * same answer from the sources in src/ and from the build in dist/server/, whose chunks sit at
 * other depths. Files read at run time (migrations, the built web app) are found from here.
 */
function findPackageRoot(dir: string): string {
  if (existsSync(join(dir, 'package.json'))) return dir;
  const parent = dirname(dir);
  if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
  return findPackageRoot(parent);
}

export const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
