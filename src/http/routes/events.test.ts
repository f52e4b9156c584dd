import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem } from '../../../test/factories.ts';
import { type Harness, startHarness } from '../../../test/http-harness.ts';
import { testDbKind } from '../../../test/test-db-config.ts';
import { commentOnItem } from '../../app/items/comment-on-item.ts';
import { moveItem } from '../../app/ranking/move-item.ts';
import { maxStreamsPerPerson } from '../live-updates.ts';

let h: Harness;
let baseUrl: string;

beforeAll(async () => {
  h = await startHarness();
  baseUrl = await h.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => h.close());

/** Reads server-sent events from a live stream until `count` `change` events have come. */
async function readChanges(response: Response, count: number, timeoutMs = 5_000) {
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no body');
  const decoder = new TextDecoder();
  const changes: { id: string; data: { kind: string; itemKey: string } }[] = [];
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  while (changes.length < count && Date.now() < deadline) {
    const chunk = await Promise.race([
      reader.read(),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), deadline - Date.now())),
    ]);
    if (!chunk || chunk.done) break;
    buffer += decoder.decode(chunk.value, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = Object.fromEntries(
        block
          .split('\n')
          .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
      );
      if (fields.event === 'change')
        changes.push({ id: fields.id ?? '', data: JSON.parse(fields.data ?? '{}') });
      end = buffer.indexOf('\n\n');
    }
  }
  await reader.cancel();
  return changes;
}

async function signedInCookie(role: 'viewer' | 'stranger'): Promise<string> {
  const response = await h.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: h.world.actors[role].email, password: 'correct horse battery' },
  });
  const cookie = response.cookies.find((c) => c.name === 'ordo_session');
  return `ordo_session=${cookie?.value}`;
}

describe('live updates', () => {
  it('streams committed changes of the product to a reader, and nothing that rolled back', async () => {
    await buildItem(h.world);
    const item = await buildItem(h.world);
    const stream = await fetch(`${baseUrl}/api/products/PAY/events`, {
      headers: { cookie: await signedInCookie('viewer') },
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    await expect(
      h.world.as('owner', async (ctx) => {
        await commentOnItem(ctx, { key: item.key, body: 'never committed' });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await h.world.as('owner', (ctx) =>
      moveItem(ctx, { key: item.key, target: { to: 'top' }, reason: 'live' }),
    );
    const changes = await readChanges(stream, 1);
    expect(changes.map((c) => c.data)).toEqual([
      expect.objectContaining({ kind: 'item.moved', itemKey: item.key }),
    ]);
  });

  it('replays what a reconnecting reader missed, from Last-Event-ID', async () => {
    const first = await buildItem(h.world);
    // The SSE id is the event's place in the product's delivery order, not its row id.
    const lastId = (
      await h.database.db
        .selectFrom('event_order')
        .innerJoin('products', 'products.id', 'event_order.scope_id')
        .select('seq')
        .where('products.key', '=', h.world.productKey)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow()
    ).seq;
    await h.world.as('owner', (ctx) => moveItem(ctx, { key: first.key, target: { to: 'top' } }));
    const stream = await fetch(`${baseUrl}/api/products/PAY/events`, {
      headers: { cookie: await signedInCookie('viewer'), 'last-event-id': lastId },
    });
    const changes = await readChanges(stream, 1);
    expect(changes[0]?.data).toMatchObject({ kind: 'item.moved', itemKey: first.key });
  });

  it.skipIf(testDbKind !== 'postgres')(
    'resumes after the database drops the listening connection',
    async () => {
      const [, item] = [await buildItem(h.world), await buildItem(h.world)];
      await sql`select pg_terminate_backend(pid) from pg_stat_activity
      where application_name = 'ordo-listener' and datname = current_database()`.execute(h.database.db);
      const stream = await fetch(`${baseUrl}/api/products/PAY/events`, {
        headers: { cookie: await signedInCookie('viewer') },
      });
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await h.world.as('owner', (ctx) => moveItem(ctx, { key: item.key, target: { to: 'top' } }));
      const changes = await readChanges(stream, 1);
      expect(changes[0]?.data).toMatchObject({ kind: 'item.moved', itemKey: item.key });
    },
  );

  it('refuses the stream to someone who may not read the product', async () => {
    const stream = await fetch(`${baseUrl}/api/products/PAY/events`, {
      headers: { cookie: await signedInCookie('stranger') },
    });
    expect(stream.status).toBe(404);
    const anonymous = await fetch(`${baseUrl}/api/products/PAY/events`);
    expect(anonymous.status).toBe(401);
  });

  it(`keeps at most ${maxStreamsPerPerson} streams per person: the next closes their oldest`, async () => {
    const cookie = await signedInCookie('viewer');
    const open = () => fetch(`${baseUrl}/api/products/PAY/events`, { headers: { cookie } });
    const streams: Response[] = [];
    for (let i = 0; i < maxStreamsPerPerson; i++) streams.push(await open());
    const others = await fetch(`${baseUrl}/api/products/PAY/events`, {
      headers: { cookie: await signedInCookie('stranger') },
    });
    streams.push(await open());
    expect(streams.map((s) => s.status)).toEqual(Array(maxStreamsPerPerson + 1).fill(200));
    expect(await streams[0]?.text()).toContain('event: closed');
    streams.push(await open());
    expect(await streams[1]?.text()).toContain('event: closed');
    await others.body?.cancel();
    for (const stream of streams.slice(2)) await stream.body?.cancel();
  });

  it('asks a stream to reconnect when its reader is taken out of a members-only product, and then refuses it', async () => {
    await h.request('admin', {
      method: 'POST',
      url: '/api/products',
      payload: { key: 'HUSH', name: 'Quiet', visibility: 'members' },
    });
    await h.request('admin', {
      method: 'PUT',
      url: '/api/products/HUSH/members',
      payload: { email: h.world.actors.viewer.email, role: 'viewer' },
    });
    const cookie = await signedInCookie('viewer');
    const stream = await fetch(`${baseUrl}/api/products/HUSH/events`, { headers: { cookie } });
    expect(stream.status).toBe(200);
    const removed = await h.request('admin', {
      method: 'DELETE',
      url: `/api/products/HUSH/members/${h.world.actors.viewer.personId}`,
    });
    expect(removed.statusCode).toBe(204);
    const ended = await Promise.race([
      stream.text(),
      new Promise<string>((resolve) => setTimeout(() => resolve('still open'), 5_000)),
    ]);
    expect(ended).toContain('"reason":"reconnect"');
    const again = await fetch(`${baseUrl}/api/products/HUSH/events`, { headers: { cookie } });
    expect(again.status).toBe(404);
  });
});
