import { createWriteStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { openEmbedded } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { clientFromCredentials } from './credentials.ts';
import { example } from './options.ts';

const defaultFile = () => `ordo-backup-${new Date().toISOString().slice(0, 10)}.tar.gz`;

/**
 * `ordo backup`: a copy of the embedded database, from the running server (as an admin signed in
 * with `ordo login`), or with `--offline` straight from the data directory while no server runs.
 */
async function backup(config: Config, options: { out?: string; offline?: boolean }): Promise<void> {
  const out = options.out ?? defaultFile();
  const file = createWriteStream(out, { mode: 0o600 });
  if (options.offline) {
    const database = await openEmbedded({ dataDir: config.dataDir });
    try {
      await pipeline((await database.backup()) as Readable, file);
    } finally {
      await database.close();
    }
  } else {
    const download = (await clientFromCredentials().backup()) as WebReadableStream<Uint8Array>;
    await pipeline(Readable.fromWeb(download), file);
  }
  console.log(`Wrote ${out} (${(statSync(out).size / 1024 / 1024).toFixed(1)} MB).`);
}

/** `ordo restore FILE`: a backup made into a new data directory, which must not hold a database. */
async function restore(config: Config, file: string): Promise<void> {
  if (existsSync(join(config.dataDir, 'pg', 'PG_VERSION'))) {
    throw new Error(
      `${config.dataDir} already holds a database: restore into a new directory (set ORDO_DATA_DIR), then point Ordo at it`,
    );
  }
  if (!existsSync(file)) throw new Error(`no backup file ${file}`);
  let database: Awaited<ReturnType<typeof openEmbedded>>;
  try {
    database = await openEmbedded({ dataDir: config.dataDir, loadDataDir: new Blob([readFileSync(file)]) });
  } catch (error) {
    // A half-written directory would refuse the next attempt: leave nothing behind.
    rmSync(join(config.dataDir, 'pg'), { recursive: true, force: true });
    throw new Error(
      `${file} could not be restored (${(error as Error).message}): is it a file ordo backup wrote?`,
    );
  }
  try {
    await migrate(database);
    const counts = await database.db
      .selectNoFrom((eb) => [
        eb.selectFrom('products').select(eb.fn.countAll<string>().as('n')).as('products'),
        eb.selectFrom('items').select(eb.fn.countAll<string>().as('n')).as('items'),
        eb.selectFrom('people').select(eb.fn.countAll<string>().as('n')).as('people'),
      ])
      .executeTakeFirstOrThrow();
    console.log(
      `Restored ${file} into ${config.dataDir}: ${counts.products} products, ${counts.items} items, ${counts.people} people.`,
    );
  } finally {
    await database.close();
  }
}

export function registerBackupCommands(program: Command, config: () => Config): void {
  program
    .command('backup')
    .description(
      'copy the embedded database: from the running server (admins), or --offline from its data directory',
    )
    .option('--out <file>', 'where to write it (default ordo-backup-YYYY-MM-DD.tar.gz)')
    .option('--offline', 'read ORDO_DATA_DIR directly (only while no server runs on it)')
    .addHelpText('after', example('ordo backup --out nightly.tar.gz'))
    .action((options) => backup(config(), options));
  program
    .command('restore')
    .description('turn a backup into a new data directory (ORDO_DATA_DIR, which must not hold a database)')
    .argument('<file>', 'a file written by ordo backup')
    .addHelpText('after', example('ORDO_DATA_DIR=/srv/ordo-new ordo restore nightly.tar.gz'))
    .action((file: string) => restore(config(), file));
}
