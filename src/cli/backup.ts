import { createWriteStream, statSync } from 'node:fs';
import type { Command } from 'commander';
import { clientFromCredentials } from './credentials.ts';
import { example } from './options.ts';
import { saveDownload, startProgress } from './progress.ts';

const defaultFile = () => `ordo-backup-${new Date().toISOString().slice(0, 10)}.tar.gz`;

/**
 * `ordo backup`: a copy of the embedded database, from the running server (as an admin signed in
 * with `ordo login`), or with `--offline` straight from the data directory while no server runs.
 */
async function backup(options: { out?: string; offline?: boolean }): Promise<void> {
  const out = options.out ?? defaultFile();
  const progress = startProgress({ label: 'Backing up', unit: 'bytes' });
  try {
    if (options.offline) {
      // Only this opens the database: the server's modules load here, not for every command.
      const [{ backupDataDir }, { readConfig }] = await Promise.all([
        import('./local-backup.ts'),
        import('../config.ts'),
      ]);
      await backupDataDir(readConfig(), out, (bytes) => progress.advance(bytes));
    } else {
      await saveDownload(
        await clientFromCredentials().backup(),
        createWriteStream(out, { mode: 0o600 }),
        progress,
      );
    }
  } finally {
    progress.done();
  }
  console.log(`Wrote ${out} (${(statSync(out).size / 1024 / 1024).toFixed(1)} MB).`);
}

/** `ordo restore FILE`: a backup made into a new data directory, which must not hold a database. */
async function restore(file: string): Promise<void> {
  const [{ restoreDataDir, restoreSteps }, { readConfig }] = await Promise.all([
    import('./local-backup.ts'),
    import('../config.ts'),
  ]);
  const progress = startProgress({ label: 'Restoring', total: restoreSteps.length });
  let isFirstStep = true;
  let summary: string;
  try {
    summary = await restoreDataDir(readConfig(), file, (step) => {
      // A step starting means the one before it is done.
      progress.advance(isFirstStep ? 0 : 1, step);
      isFirstStep = false;
    });
  } finally {
    progress.done();
  }
  console.log(summary);
}

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description(
      'copy the embedded database: from the running server (admins), or --offline from its data directory',
    )
    .option('--out <file>', 'where to write it (default ordo-backup-YYYY-MM-DD.tar.gz)')
    .option('--offline', 'read ORDO_DATA_DIR directly (only while no server runs on it)')
    .addHelpText('after', example('ordo backup --out nightly.tar.gz'))
    .action((options) => backup(options));
  program
    .command('restore')
    .description('turn a backup into a new data directory (ORDO_DATA_DIR, which must not hold a database)')
    .argument('<file>', 'a file written by ordo backup')
    .addHelpText('after', example('ORDO_DATA_DIR=/srv/ordo-new ordo restore nightly.tar.gz'))
    .action((file: string) => restore(file));
}
