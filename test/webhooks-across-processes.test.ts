import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildWorld, testPassword, type World } from './factories.ts';
import { exited, type ServerProcess, startServer } from './server-process.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';
import { testDbKind } from './test-db-config.ts';
import { startWebhookReceiver } from './webhook-receiver.ts';

const servers: ServerProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
const secretKey = 'a key of at least thirty-two characters for webhooks';
// Retries a moment apart: the specification's schedule would take a day.
const fastRetries = { ORDO_WEBHOOK_RETRY_DELAYS: '0.2,0.2,0.2,0.2,0.2', ORDO_SECRET_KEY: secretKey };

afterEach(async () => {
  for (const server of servers.splice(0)) server.child.kill('SIGKILL');
  for (const cleanup of cleanups.splice(0)) await cleanup();
});
afterAll(async () => {
  for (const server of servers) server.child.kill('SIGKILL');
});

async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
}

function api(baseUrl: string, cookie: string) {
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: { cookie, origin: baseUrl, ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return text ? JSON.parse(text) : null;
  };
}

/** A live-update stream's `change` events, as they come. */
async function follow(baseUrl: string, cookie: string) {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/products/PAY/events`, {
    headers: { cookie },
    signal: controller.signal,
  });
  const seen: { id: string; seq: string; itemKey: string | null }[] = [];
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) return;
        buffer += decoder.decode(chunk.value, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (/^event: change$/m.test(block) && data) seen.push(JSON.parse(data));
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // aborted
    }
  })();
  cleanups.push(() => controller.abort());
  return seen;
}

async function until(check: () => boolean | Promise<boolean>, what: () => string, timeoutMs = 60_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out: ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(testDbKind !== 'postgres')('webhooks and live updates across two instances', () => {
  let database: TestDatabase;
  let world: World;

  it('delivers every event exactly once, in order per item, with writers on both instances', async () => {
    database = await createTestDatabase();
    cleanups.push(() => database.drop());
    world = await buildWorld(database.db);
    const env = { DATABASE_URL: database.url ?? '', ...fastRetries };
    const [a, b] = await Promise.all([startServer(env), startServer(env)]);
    if (!a || !b) throw new Error('no servers');
    servers.push(a, b);
    const receiver = await startWebhookReceiver();
    cleanups.push(() => receiver.close());
    const owner = world.actors.owner.email;
    const [onA, onB] = [
      api(a.baseUrl, await signIn(a.baseUrl, owner, testPassword)),
      api(b.baseUrl, await signIn(b.baseUrl, owner, testPassword)),
    ];
    const webhook = await onA('POST', '/webhooks', { product: 'PAY', url: receiver.url });
    receiver.state.secrets = [webhook.secret];
    const liveA = await follow(a.baseUrl, await signIn(a.baseUrl, world.actors.viewer.email, testPassword));
    const liveB = await follow(b.baseUrl, await signIn(b.baseUrl, world.actors.viewer.email, testPassword));

    // What the product had before the webhook and the streams (its creation) is not theirs.
    const { before } = await database.db
      .selectFrom('event_order')
      .innerJoin('products', 'products.id', 'event_order.scope_id')
      .select((eb) => eb.fn.max('event_order.seq').as('before'))
      .where('products.key', '=', 'PAY')
      .executeTakeFirstOrThrow();
    const keys: string[] = [];
    for (let n = 0; n < 6; n++)
      keys.push((await onA('POST', '/products/PAY/items', { type: 'story', title: `Busy ${n}` })).key);
    // Four writers, two on each instance, moving the same items at once.
    await Promise.all(
      [onA, onB, onA, onB].map(async (call, lane) => {
        for (let n = 0; n < 20; n++) {
          const key = keys[(lane + n) % keys.length] as string;
          await call('POST', `/items/${key}/move`, { to: n % 2 ? 'top' : 'bottom' });
        }
      }),
    );
    const events = await database.db
      .selectFrom('event_order')
      .innerJoin('products', 'products.id', 'event_order.scope_id')
      .select('event_order.event_id as id')
      .where('products.key', '=', 'PAY')
      .where('event_order.seq', '>', before)
      .execute();
    const expected = events.map((event) => event.id).sort();
    await until(
      () =>
        receiver.received.length >= expected.length &&
        liveA.length >= expected.length &&
        liveB.length >= expected.length,
      () =>
        `receiver ${receiver.received.length}, A ${liveA.length}, B ${liveB.length} of ${expected.length}`,
    );
    const sent = receiver.received.map((r) => String(r.payload.data.eventId));
    expect([...sent].sort()).toEqual(expected);
    expect(new Set(sent).size).toBe(sent.length);
    // In order per item: each item's events arrive numbered 1, 2, 3…
    const byItem = new Map<string, number[]>();
    for (const r of receiver.received) {
      const item = r.payload.data.item as string | null;
      if (item) byItem.set(item, [...(byItem.get(item) ?? []), r.payload.data.itemSequence as number]);
    }
    for (const [item, sequence] of byItem) {
      expect(sequence, item).toEqual(sequence.map((_, index) => index + 1));
    }
    for (const live of [liveA, liveB]) {
      expect(live.map((notice) => notice.id).sort()).toEqual(expected);
      const seqs = live.map((notice) => Number(notice.seq));
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    }
  }, 180_000);
});

describe.skipIf(testDbKind !== 'embedded')('webhooks survive a crash', () => {
  it('delivers a change whose server was killed between its commit and its delivery', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ordo-webhook-crash-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const password = 'webhook-crash-password';
    const env = { ORDO_DATA_DIR: dataDir, ORDO_SAMPLE: '1', ORDO_SAMPLE_PASSWORD: password, ...fastRetries };
    const receiver = await startWebhookReceiver();
    cleanups.push(() => receiver.close());
    // The first delivery is never answered: it is in flight when the server dies.
    let hung = false;
    receiver.state.hold = () => {
      if (hung) return false;
      hung = true;
      return true;
    };
    const first = await startServer(env);
    servers.push(first);
    const onFirst = api(first.baseUrl, await signIn(first.baseUrl, 'owner@sample.test', password));
    const webhook = await onFirst('POST', '/webhooks', {
      product: 'PAY',
      url: receiver.url,
      kinds: ['item.created'],
    });
    receiver.state.secrets = [webhook.secret];
    const item = await onFirst('POST', '/products/PAY/items', { type: 'bug', title: 'Sent after the crash' });
    await until(
      () => hung,
      () => 'the first attempt never came',
    );
    first.child.kill('SIGKILL');
    await exited(first.child);

    const second = await startServer(env);
    servers.push(second);
    // The dead server's claim runs out (its send timeout and a margin), then the new one sends it.
    await until(
      () => receiver.received.some((r) => r.payload.data.item === item.key),
      () => `received ${receiver.received.length}`,
      60_000,
    );
    const delivered = receiver.received.find((r) => r.payload.data.item === item.key);
    expect(delivered?.payload.type).toBe('item.created');
    expect(delivered?.headers['webhook-id']).toBe(`msg_${delivered?.payload.data.eventId}`);
  }, 180_000);
});
