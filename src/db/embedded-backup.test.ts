import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbedded } from './database.ts';

const root = mkdtempSync(join(tmpdir(), 'ordo-embedded-backup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const snapshots = (dataDir: string) => readdirSync(dataDir).filter((name) => name.startsWith('backup-'));

describe('a backup of a data directory', () => {
  it('streams a copy taken between transactions, serves writes while it streams, and cleans up', async () => {
    const dataDir = join(root, 'source');
    const source = await openEmbedded({ dataDir });
    await source.script('create table notes (id int primary key, body text not null)');
    await sql`insert into notes select n, repeat('note ', 200) from generate_series(1, 2000) n`.execute(
      source.db,
    );
    const stream = await source.backup();
    if (!stream) throw new Error('no backup from the embedded database');
    expect(snapshots(dataDir)).toHaveLength(1);
    // Written after the copy was taken: served at once, and not in this backup.
    await sql`insert into notes values (2001, 'later')`.execute(source.db);
    const bytes = await bytesOf(stream);
    await expect.poll(() => snapshots(dataDir), { message: 'the copy is removed once streamed' }).toEqual([]);
    await source.close();

    const restored = await openEmbedded({
      dataDir: join(root, 'restored'),
      loadDataDir: new Blob([new Uint8Array(bytes)]),
    });
    try {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from notes`.execute(restored.db);
      expect(rows[0]?.n).toBe(2000);
    } finally {
      await restored.close();
    }
  });

  it('removes a copy left behind by a process that died while streaming it', async () => {
    const dataDir = join(root, 'leftover');
    mkdirSync(join(dataDir, 'backup-abc123', 'pg'), { recursive: true });
    const database = await openEmbedded({ dataDir });
    await database.close();
    expect(existsSync(join(dataDir, 'backup-abc123'))).toBe(false);
  });
});
