import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { serverBuildOptions } from '../../scripts/build-server.js';

/**
 * `ordo --help` and the client commands load only what the entry point imports statically: the
 * server, the database and their packages must stay behind an `await import()` inside the actions
 * that need them (serve, seed, backup --offline, restore). Read from the build's own metafile.
 */

const { metafile } = await build({ ...serverBuildOptions, write: false, metafile: true, outdir: 'unused' });

/** Every module `from` reaches through imports of the given kinds. */
function reached(inputs: Metafile['inputs'], from: string, kinds: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const next of inputs[path]?.imports ?? []) if (kinds.includes(next.kind)) visit(next.path);
  };
  visit(from);
  return seen;
}

const serverSide = [
  /^src\/(db|http|app)\//,
  /^(fastify|@fastify\/.*|kysely|pg|@electric-sql\/pglite|pino|pino-pretty)$/,
];
const isServerSide = (path: string) => serverSide.some((pattern) => pattern.test(path));

describe('what the ordo command loads at start', () => {
  const atStart = reached(metafile.inputs, 'src/cli/main.ts', ['import-statement']);

  it('never loads the server, the database or their packages', () => {
    expect([...atStart].filter(isServerSide)).toEqual([]);
  });

  it('loads them for the commands that need them', () => {
    const inTheEnd = reached(metafile.inputs, 'src/cli/main.ts', ['import-statement', 'dynamic-import']);
    expect(inTheEnd).toContain('src/cli/serve.ts');
    expect(inTheEnd).toContain('src/http/server.ts');
    expect(inTheEnd).toContain('src/db/database.ts');
    expect(atStart).toContain('src/cli/items.ts');
  });
});
