import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { PGlite } from '@electric-sql/pglite';
import { create as packTar } from 'tar';

const snapshotPrefix = 'backup-';
const gzipOffThread = promisify(gzip);

/** Runs `work` while the embedded database's one connection is held: between transactions. */
type Hold = <T>(work: () => Promise<T>) => Promise<T>;

/**
 * A gzipped tarball of the embedded database, as a stream that `ordo restore` (PGlite's
 * `loadDataDir`) reads back.
 *
 * With a data directory, its files are copied aside while the connection is held (requests wait
 * for a plain file copy, not for packing and compressing), then packed and compressed from the
 * copy as the reader reads, holding little in memory; the copy goes when the stream closes. Like
 * a crash, the copy may miss pages still in PostgreSQL's buffers: restoring replays them from the
 * write-ahead log, which every commit has written. An in-memory database is dumped whole.
 */
export async function backupEmbedded(
  pglite: PGlite,
  dataDir: string | undefined,
  hold: Hold,
): Promise<Readable> {
  if (!dataDir) {
    const tarball = await hold(() => pglite.dumpDataDir('none'));
    const bytes = await gzipOffThread(new Uint8Array(await tarball.arrayBuffer()), { level: 1 });
    return Readable.from([bytes], { objectMode: false });
  }
  const snapshot = await mkdtemp(join(dataDir, snapshotPrefix));
  try {
    await hold(() => cp(join(dataDir, 'pg'), join(snapshot, 'pg'), { recursive: true }));
    const cwd = join(snapshot, 'pg');
    const packed = packTar({ cwd, gzip: { level: 1 }, portable: true }, await readdir(cwd));
    const stream = Readable.from(packed, { objectMode: false });
    stream.once('close', () => void rm(snapshot, { recursive: true, force: true }));
    return stream;
  } catch (error) {
    await rm(snapshot, { recursive: true, force: true });
    throw error;
  }
}

/** Removes the copies a backup left behind when the process died while streaming it. */
export async function removeLeftoverSnapshots(dataDir: string): Promise<void> {
  const entries = await readdir(dataDir, { withFileTypes: true });
  await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() && entry.name.startsWith(snapshotPrefix))
      .map((entry) => rm(join(dataDir, entry.name), { recursive: true, force: true })),
  );
}
