import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildItem } from '../../../test/factories.ts';
import { type Harness, startHarness, testSecretKey } from '../../../test/http-harness.ts';
import { startWebhookReceiver } from '../../../test/webhook-receiver.ts';
import { createSecretBox } from '../../app/auth/secret-box.ts';
import { inTransaction } from '../../app/context.ts';
import { appendEvent } from '../../app/events/append-event.ts';
import { moveItem } from '../../app/ranking/move-item.ts';
import { startWebhookDispatcher } from '../../app/webhooks/webhook-dispatcher.ts';
import { silentLog } from '../../log.ts';

let h: Harness;
let dispatcher: Awaited<ReturnType<typeof startWebhookDispatcher>>;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  h = await startHarness();
  dispatcher = await startWebhookDispatcher(
    h.database,
    {
      db: h.database.db,
      now: () => new Date(),
      baseUrl: 'http://ordo.test',
      secretBox: createSecretBox(testSecretKey),
    },
    // Short waits between attempts: the specification's schedule would take a day.
    { log: silentLog, retryDelaysMs: [50, 50, 50], intervalMs: 50 },
  );
});
afterAll(async () => {
  await dispatcher.stop();
  await h.close();
});
afterEach(async () => {
  // Each test's webhooks go with it: a closed receiver would fail and turn them off later.
  await h.database.db.deleteFrom('webhook_attempts').execute();
  await h.database.db.deleteFrom('webhook_deliveries').execute();
  await h.database.db.deleteFrom('webhooks').execute();
  await receiver?.close();
});

async function addWebhook(body: Record<string, unknown>, role: 'owner' | 'admin' = 'owner') {
  receiver = await startWebhookReceiver();
  const response = await h.request(role, {
    method: 'POST',
    url: '/api/webhooks',
    payload: { product: 'PAY', url: receiver.url, ...body },
  });
  expect(response.statusCode, response.body).toBe(201);
  const webhook = response.json() as { id: string; secret: string };
  receiver.state.secrets = [webhook.secret];
  return webhook;
}

async function deliveries(webhookId: string) {
  const response = await h.request('owner', { method: 'GET', url: `/api/webhooks/${webhookId}/deliveries` });
  expect(response.statusCode, response.body).toBe(200);
  return (
    response.json() as { data: { kind: string; state: string; attempts: number; attemptLog: unknown[] }[] }
  ).data;
}

async function until(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('webhooks', () => {
  it('sends every change, signed, in order per item, with what a receiver needs', async () => {
    const webhook = await addWebhook({ kinds: ['item.created', 'item.moved'], description: 'CI' });
    expect(webhook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    await buildItem(h.world, { title: 'Another' });
    const item = await buildItem(h.world, { title: 'Hooked' });
    for (const to of ['top', 'bottom', 'top'] as const) {
      await h.world.as('owner', (ctx) => moveItem(ctx, { key: item.key, target: { to } }));
    }
    await receiver.until(5);
    const ofItem = receiver.received.filter((r) => r.payload.data.item === item.key);
    expect(ofItem.map((r) => r.payload.type)).toEqual([
      'item.created',
      'item.moved',
      'item.moved',
      'item.moved',
    ]);
    expect(ofItem.map((r) => r.payload.data.itemSequence)).toEqual([1, 2, 3, 4]);
    const moved = ofItem[1];
    expect(moved?.headers['webhook-id']).toBe(`msg_${moved?.payload.data.eventId}`);
    expect(moved?.payload.data).toMatchObject({
      product: 'PAY',
      item: item.key,
      actor: { name: h.world.actors.owner.name },
      change: { to: { after: null } },
      url: `http://ordo.test/api/events/${moved?.payload.data.eventId}`,
    });
    // Only the kinds asked for: a comment is not sent.
    await until(async () => (await deliveries(webhook.id)).every((d) => d.state === 'delivered'));
    const log = await deliveries(webhook.id);
    expect(log).toHaveLength(5);
    expect(log.every((d) => ['item.created', 'item.moved'].includes(d.kind))).toBe(true);
  });

  it('never delivers a change that rolled back', async () => {
    await addWebhook({});
    const item = await buildItem(h.world);
    await receiver.until(1);
    await expect(
      inTransaction(
        { db: h.database.db, now: () => new Date(), baseUrl: '' },
        h.world.actors.owner,
        async (ctx) => {
          await appendEvent(ctx, {
            productId: item.productId,
            itemId: item.id,
            itemKey: item.key,
            kind: 'item.watched',
            data: {},
          });
          throw new Error('rolled back');
        },
      ),
    ).rejects.toThrow('rolled back');
    const watched = await buildItem(h.world, { title: 'After the rollback' });
    await until(async () => receiver.received.some((r) => r.payload.data.item === watched.key));
    expect(receiver.received.some((r) => r.payload.type === 'item.watched')).toBe(false);
  });

  it('retries a failing receiver until it answers, and logs each attempt', async () => {
    const webhook = await addWebhook({ kinds: ['item.created'] });
    receiver.state.answer = (count) => (count < 2 ? 503 : 200);
    await buildItem(h.world);
    await until(async () => (await deliveries(webhook.id))[0]?.state === 'delivered');
    const [delivery] = await deliveries(webhook.id);
    expect(delivery).toMatchObject({ state: 'delivered', attempts: 3 });
    expect(delivery?.attemptLog).toEqual([
      expect.objectContaining({ attempt: 1, responseStatus: 503, responseBody: 'status 503' }),
      expect.objectContaining({ attempt: 2, responseStatus: 503 }),
      expect.objectContaining({ attempt: 3, responseStatus: 200 }),
    ]);
  });

  it('turns a webhook off on 410 Gone, or when every retry failed, and tells its owner', async () => {
    const gone = await addWebhook({ kinds: ['item.created'] });
    receiver.state.answer = () => 410;
    await buildItem(h.world);
    await until(async () => (await deliveries(gone.id))[0]?.state === 'failed');
    const off = await h.request('owner', { method: 'GET', url: `/api/webhooks/${gone.id}` });
    expect(off.json()).toMatchObject({ isEnabled: false, disabledReason: 'its receiver answered 410 Gone' });
    await receiver.close();

    const failing = await addWebhook({ kinds: ['item.created'] });
    receiver.state.answer = () => 500;
    await buildItem(h.world);
    await until(async () => (await deliveries(failing.id))[0]?.state === 'failed');
    expect((await deliveries(failing.id))[0]?.attempts).toBe(4);
    const notices = await h.database.db
      .selectFrom('notifications')
      .select(['title', 'link'])
      .where('person_id', '=', h.world.actors.owner.personId)
      .where('kind', '=', 'webhook_disabled')
      .execute();
    expect(notices).toHaveLength(2);
    expect(notices[0]?.link).toBe('/p/PAY/webhooks');
    const mail = await h.database.db
      .selectFrom('outbox')
      .select('subject')
      .where('to_email', '=', h.world.actors.owner.email)
      .where('subject', 'like', 'A webhook was turned off%')
      .execute();
    expect(mail).toHaveLength(2);

    // Turned on again and redelivered: what failed goes out.
    receiver.state.answer = () => 200;
    await h.request('owner', {
      method: 'PATCH',
      url: `/api/webhooks/${failing.id}`,
      payload: { isEnabled: true },
    });
    const again = await h.request('owner', {
      method: 'POST',
      url: `/api/webhooks/${failing.id}/redeliver`,
      payload: { failed: true },
    });
    expect(again.json()).toEqual({ redelivered: 1 });
    await receiver.until(1);
  });

  it('signs with both secrets while a rotation overlaps, and sends a test event', async () => {
    const webhook = await addWebhook({});
    const rotated = await h.request('owner', {
      method: 'POST',
      url: `/api/webhooks/${webhook.id}/rotate-secret`,
    });
    const { secret } = rotated.json() as { secret: string };
    expect(secret).not.toBe(webhook.secret);
    receiver.state.secrets = [webhook.secret, secret];
    const test = await h.request('owner', { method: 'POST', url: `/api/webhooks/${webhook.id}/test` });
    expect(test.statusCode).toBe(202);
    await receiver.until(1);
    expect(receiver.received[0]?.payload.type).toBe('webhook.test');
    expect(receiver.received[0]?.signedBy).toEqual([0, 1]);
    expect(String(receiver.received[0]?.headers['webhook-signature']).split(' ')).toHaveLength(2);
  });

  it('refuses a receiver on a private address unless the server allows it, naming why', async () => {
    process.env.ORDO_WEBHOOKS_ALLOW_PRIVATE = '0';
    try {
      const refused = await h.request('owner', {
        method: 'POST',
        url: '/api/webhooks',
        payload: { product: 'PAY', url: 'http://169.254.169.254/latest/meta-data' },
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.message).toMatch(/169\.254\.169\.254.*link-local/);
      const local = await h.request('owner', {
        method: 'POST',
        url: '/api/webhooks',
        payload: { product: 'PAY', url: 'http://localhost:9/hook' },
      });
      expect(local.statusCode).toBe(400);
    } finally {
      process.env.ORDO_WEBHOOKS_ALLOW_PRIVATE = '1';
    }
  });

  it('sends a link to the API instead of data over 20 KB', async () => {
    const webhook = await addWebhook({ kinds: ['item.updated'] });
    // Before and after, 18,000 characters each.
    const item = await buildItem(h.world, { problem: 'The first long problem. '.repeat(750) });
    const long = 'A long problem statement. '.repeat(700);
    const updated = await h.request('owner', {
      method: 'PATCH',
      url: `/api/items/${item.key}`,
      headers: { 'if-match': `"${item.version}"` },
      payload: { problem: long },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    await receiver.until(1);
    const [received] = receiver.received;
    expect(Buffer.byteLength(received?.body ?? '')).toBeLessThan(20_000);
    expect(received?.payload.data.change).toBeNull();
    const eventId = String(received?.payload.data.eventId);
    const event = await h.request('viewer', { method: 'GET', url: `/api/events/${eventId}` });
    expect(event.statusCode, event.body).toBe(200);
    expect(event.json().data.after.problem).toBe(long);
    expect((await deliveries(webhook.id))[0]?.kind).toBe('item.updated');
  });

  it('checks the address again at every send: a receiver that turned private is refused', async () => {
    const webhook = await addWebhook({ kinds: ['item.created'] });
    process.env.ORDO_WEBHOOKS_ALLOW_PRIVATE = '0';
    try {
      await buildItem(h.world);
      await until(async () => ((await deliveries(webhook.id))[0]?.attempts ?? 0) >= 1);
      const [delivery] = await deliveries(webhook.id);
      expect(delivery?.attemptLog[0]).toMatchObject({
        responseStatus: null,
        error: expect.stringMatching(/127\.0\.0\.1.*loopback/),
      });
      expect(receiver.received).toHaveLength(0);
    } finally {
      process.env.ORDO_WEBHOOKS_ALLOW_PRIVATE = '1';
    }
  });

  it('keeps the workspace’s webhooks for admins, and every kind goes to them', async () => {
    const denied = await h.request('owner', { method: 'GET', url: '/api/webhooks' });
    expect(denied.statusCode).toBe(403);
    receiver = await startWebhookReceiver();
    const created = await h.request('admin', {
      method: 'POST',
      url: '/api/webhooks',
      payload: { url: receiver.url, kinds: ['token.created', 'item.created'] },
    });
    expect(created.statusCode, created.body).toBe(201);
    receiver.state.secrets = [created.json().secret];
    await h.request('admin', { method: 'POST', url: '/api/tokens', payload: { name: 'for the hook' } });
    await buildItem(h.world);
    await receiver.until(2);
    expect(receiver.received.map((r) => r.payload.type).sort()).toEqual(['item.created', 'token.created']);
    expect(
      receiver.received.find((r) => r.payload.type === 'token.created')?.payload.data.product,
    ).toBeNull();
  });
});
