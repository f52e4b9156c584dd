import { createWriteStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { buildItem, buildWorld } from '../../test/factories.ts';
import { runOrdo } from '../../test/run-ordo.ts';
import { testDbKind } from '../../test/test-db-config.ts';
import { openEmbedded } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

const root = mkdtempSync(join(tmpdir(), 'ordo-backup-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ordo = (args: string[], dataDir: string) =>
  runOrdo(args, { ...process.env, ORDO_DATA_DIR: dataDir, DATABASE_URL: '' });

// The embedded database's own backup: the PostgreSQL run has nothing to add to it. Five `ordo`
// processes start one after another, so it gets time to spare on a busy machine.
describe.skipIf(testDbKind !== 'embedded')('ordo backup and ordo restore', () => {
  it('restores a backup into a new data directory, backs that up offline, and refuses to overwrite', async () => {
    const source = await openEmbedded();
    await migrate(source);
    const world = await buildWorld(source.db);
    await buildItem(world, { title: 'First' });
    await buildItem(world, { title: 'Second' });
    const file = join(root, 'source.tar.gz');
    await pipeline((await source.backup()) as Readable, createWriteStream(file));
    await source.close();

    const restored = await ordo(['restore', file], join(root, 'one'));
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toMatch(/Restored .* 1 products, 2 items, \d+ people\./);

    const copy = join(root, 'copy.tar.gz');
    const offline = await ordo(['backup', '--offline', '--out', copy], join(root, 'one'));
    expect(offline.stdout).toContain(`Wrote ${copy}`);
    expect(existsSync(copy)).toBe(true);
    const again = await ordo(['restore', copy], join(root, 'two'));
    expect(again.stdout).toMatch(/1 products, 2 items/);

    const over = await ordo(['restore', copy], join(root, 'one'));
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('already holds a database');

    // Not a backup: refused, and nothing is left behind to block the next attempt.
    const junk = join(root, 'junk.tar.gz');
    writeFileSync(junk, 'not a backup at all');
    const bad = await ordo(['restore', junk], join(root, 'three'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('could not be restored');
    expect(existsSync(join(root, 'three', 'pg', 'PG_VERSION'))).toBe(false);
  }, 180_000);
});
