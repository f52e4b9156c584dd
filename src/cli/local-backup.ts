import { createWriteStream, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Config } from '../config.ts';
import { openEmbedded } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

/**
 * Backup and restore straight on an embedded data directory (no server running on it). Loaded by
 * `ordo backup --offline` and `ordo restore` alone: the other commands never open a database.
 */

/** Writes the data directory's database to `out`; `onBytes` hears each piece written. */
export async function backupDataDir(
  config: Config,
  out: string,
  onBytes: (bytes: number) => void,
): Promise<void> {
  const database = await openEmbedded({ dataDir: config.dataDir });
  try {
    const tarball = (await database.backup()) as Readable;
    tarball.on('data', (chunk: Buffer) => onBytes(chunk.length));
    await pipeline(tarball, createWriteStream(out, { mode: 0o600 }));
  } finally {
    await database.close();
  }
}

/** What a restore does, in order: its progress names each step as it starts. */
export const restoreSteps = ['reading the backup', 'loading it', 'migrating', 'counting'] as const;
export type RestoreStep = (typeof restoreSteps)[number];

/** `ordo restore FILE`: a backup made into a new data directory, which must not hold a database. */
export async function restoreDataDir(
  config: Config,
  file: string,
  onStep: (step: RestoreStep) => void,
): Promise<string> {
  if (existsSync(join(config.dataDir, 'pg', 'PG_VERSION'))) {
    throw new Error(
      `${config.dataDir} already holds a database: restore into a new directory (set ORDO_DATA_DIR), then point Ordo at it`,
    );
  }
  if (!existsSync(file)) throw new Error(`no backup file ${file}`);
  let database: Awaited<ReturnType<typeof openEmbedded>>;
  try {
    onStep('reading the backup');
    const tarball = new Blob([readFileSync(file)]);
    onStep('loading it');
    database = await openEmbedded({ dataDir: config.dataDir, loadDataDir: tarball });
  } catch (error) {
    // A half-written directory would refuse the next attempt: leave nothing behind.
    rmSync(join(config.dataDir, 'pg'), { recursive: true, force: true });
    throw new Error(
      `${file} could not be restored (${(error as Error).message}): is it a file ordo backup wrote?`,
    );
  }
  try {
    onStep('migrating');
    await migrate(database);
    onStep('counting');
    const counts = await database.db
      .selectNoFrom((eb) => [
        eb.selectFrom('products').select(eb.fn.countAll<string>().as('n')).as('products'),
        eb.selectFrom('items').select(eb.fn.countAll<string>().as('n')).as('items'),
        eb.selectFrom('people').select(eb.fn.countAll<string>().as('n')).as('people'),
      ])
      .executeTakeFirstOrThrow();
    return `Restored ${file} into ${config.dataDir}: ${counts.products} products, ${counts.items} items, ${counts.people} people.`;
  } finally {
    await database.close();
  }
}
