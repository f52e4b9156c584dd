import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OrdoClient } from '../src/client/ordo-client.ts';
import { exited, type ServerProcess, spawnServer, startServer } from './server-process.ts';
import { testDbKind } from './test-db-config.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'ordo-crash-'));
const password = 'crash-test-password';
const env = { ORDO_DATA_DIR: dataDir, ORDO_SAMPLE: '1', ORDO_SAMPLE_PASSWORD: password };
const running: ServerProcess[] = [];

afterAll(async () => {
  for (const server of running) server.child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

async function signedInClient(baseUrl: string): Promise<OrdoClient> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'owner@sample.test', password }),
  });
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const session = new OrdoClient({
    baseUrl,
    fetch: (url, init) => fetch(url, { ...init, headers: { ...init?.headers, cookie } }),
  });
  const { token } = await session.createToken('crash test');
  return new OrdoClient({ baseUrl, token });
}

describe.skipIf(testDbKind !== 'embedded')('the embedded database survives a crash', () => {
  it('keeps every acknowledged write and no partial one after SIGKILL mid-stream', async () => {
    const first = await startServer(env);
    running.push(first);
    const client = await signedInClient(first.baseUrl);
    const acknowledged = new Map<string, string>();
    let writing = true;
    const writer = async (lane: number) => {
      for (let n = 0; writing; n++) {
        const title = `Crash lane ${lane} write ${n}`;
        try {
          const item = await client.createItem('PAY', {
            type: 'story',
            title,
            requesters: [{ name: 'A' }, { name: 'B' }, { name: 'C' }],
            acceptanceCriteria: [{ text: 'one', done: false }],
          });
          acknowledged.set(item.key, title);
        } catch {
          return; // the server is gone: what it did not acknowledge may or may not be there
        }
      }
    };
    const lanes = [1, 2, 3, 4].map(writer);
    // Kill it mid-stream once enough writes are acknowledged (however busy the machine is).
    const started = Date.now();
    while (acknowledged.size <= 20 && Date.now() - started < 60_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    first.child.kill('SIGKILL');
    writing = false;
    await Promise.all(lanes);
    await exited(first.child);
    expect(acknowledged.size).toBeGreaterThan(20);

    const second = await startServer(env);
    running.push(second);
    const after = await signedInClient(second.baseUrl);
    const items = (await after.listItems('PAY', { q: 'crash lane', limit: 500 })).data;
    const byKey = new Map(items.map((item) => [item.key, item]));
    for (const [key, title] of acknowledged) expect(byKey.get(key)?.title, key).toBe(title);
    for (const item of items) {
      const detail = await after.getItem(item.key);
      expect(detail.requesters, `${item.key} is whole`).toHaveLength(3);
      expect(detail.acceptanceCriteria).toHaveLength(1);
      const history = await after.history(item.key);
      expect(history.data.map((entry) => entry.kind)).toContain('item.created');
    }
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
  });

  it('refuses a second server on the same data directory with a clear message', async () => {
    const holder = await startServer(env);
    running.push(holder);
    const intruder = spawnServer({ ...env, PORT: '0' });
    expect(await exited(intruder.child)).toBe(1);
    expect(intruder.output()).toContain('is in use by another Ordo process');
    holder.child.kill('SIGTERM');
    expect(await exited(holder.child)).toBe(0);
  });
});
