import type { Readable } from 'node:stream';
import type { Database } from '../../db/database.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';

/**
 * A copy of the whole embedded database, for an admin: a gzipped tarball of its data directory,
 * taken between transactions while the server runs and streamed as it is packed; `ordo restore` turns it back into one.
 * Run it outside a transaction: the copy waits for the embedded database's one connection.
 */
export async function takeBackup(ctx: Ctx, database: Pick<Database, 'kind' | 'backup'>): Promise<Readable> {
  await authorize(ctx, 'workspace.backup', null);
  const backup = await database.backup();
  if (!backup) {
    throw new AppError(
      'not_available',
      'This server runs on PostgreSQL: back it up with pg_dump (or your provider’s backups)',
    );
  }
  return backup;
}
