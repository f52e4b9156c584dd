import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem } from '../../../test/factories.ts';
import { type Harness, startHarness } from '../../../test/http-harness.ts';
import { OrdoClient } from '../../client/ordo-client.ts';
import { openEmbedded } from '../../db/database.ts';

let h: Harness;
let baseUrl: string;
const restoreRoot = mkdtempSync(join(tmpdir(), 'ordo-restore-'));

beforeAll(async () => {
  h = await startHarness();
  baseUrl = await h.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await h.close();
  rmSync(restoreRoot, { recursive: true, force: true });
});

async function adminClient(): Promise<OrdoClient> {
  const token = await h.request('admin', {
    method: 'POST',
    url: '/api/tokens',
    payload: { name: 'backups' },
  });
  return new OrdoClient({ baseUrl, token: token.json().token });
}

describe('a backup of the whole database', () => {
  it('copies the embedded database while it serves, and the copy restores with every row', async () => {
    const item = await buildItem(h.world, { title: 'Kept through a backup' });
    const client = await adminClient();
    if (h.database.kind === 'postgres') {
      await expect(client.backup()).rejects.toMatchObject({ status: 409, code: 'not_available' });
      return;
    }
    const response = await h.request('admin', { method: 'GET', url: '/api/backup' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/gzip');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="ordo-backup-\d{4}-\d{2}-\d{2}\.tar\.gz"$/,
    );

    const bytes = await new Response(await client.backup()).arrayBuffer();
    const restored = await openEmbedded({
      dataDir: join(restoreRoot, 'data'),
      loadDataDir: new Blob([bytes]),
    });
    try {
      const count = (db: typeof h.database.db) =>
        db
          .selectFrom('items')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow();
      expect(await count(restored.db)).toEqual(await count(h.database.db));
      const copy = await restored.db
        .selectFrom('items')
        .select('title')
        .where('key', '=', item.key)
        .executeTakeFirst();
      expect(copy?.title).toBe('Kept through a backup');
    } finally {
      await restored.close();
    }
  });
});
