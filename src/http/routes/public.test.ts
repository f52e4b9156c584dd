import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem } from '../../../test/factories.ts';
import { type Harness, startHarness } from '../../../test/http-harness.ts';
import { abuseLimits } from '../../domain/abuse-limits.ts';
import { requestLimits } from '../../domain/request.ts';
import { buildServer } from '../server.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await h.request('owner', {
    method: 'PATCH',
    url: '/api/products/PAY',
    payload: { publicIntakeOpen: true },
  });
});
afterAll(() => h.close());

const countRequests = async () =>
  Number(
    (
      await h.database.db
        .selectFrom('requests')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

let address = 0;
/** Each call from its own address, so that only the rate-limit tests meet the limit. */
const submit = (payload: unknown, ip = `10.0.0.${++address}`, productKey = 'PAY', app = h.app) =>
  app.inject({
    method: 'POST',
    url: `/api/public/products/${productKey}/requests`,
    payload: payload as object,
    remoteAddress: ip,
  });

const rowCount = async (table: 'requests' | 'request_links' | 'events' | 'outbox') =>
  Number(
    (
      await h.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const good = {
  title: 'Invoices in Spanish',
  problem: 'Our clients in Spain need Spanish invoices',
  name: 'Lucía',
  email: 'lucia@example.org',
};

describe('the public intake form', () => {
  it('takes a request without an account and answers with the status link only', async () => {
    const response = await submit(good);
    expect(response.statusCode, response.body).toBe(201);
    expect(Object.keys(response.json()).sort()).toEqual(['key', 'statusUrl']);
  });

  const bad: [string, unknown, string, number?][] = [
    ['missing email', { ...good, email: undefined }, 'email'],
    ['malformed email', { ...good, email: 'lucia at example' }, 'email'],
    ['missing title', { ...good, title: undefined }, 'title'],
    ['over-long title', { ...good, title: 'x'.repeat(requestLimits.titleLength + 1) }, 'title'],
    ['over-long problem', { ...good, problem: 'x'.repeat(requestLimits.problemLength + 1) }, 'problem'],
    ['unknown field', { ...good, dealValue: 5 }, 'body'],
    ['oversized body', { ...good, problem: 'x'.repeat(40_000) }, '', 413],
  ];
  for (const [name, payload, field, status] of bad) {
    it(`refuses ${name} and writes nothing`, async () => {
      const before = await countRequests();
      const response = await submit(payload);
      expect(response.statusCode, response.body).toBe(status ?? 400);
      if (field)
        expect(response.json().error.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(await countRequests()).toBe(before);
    });
  }

  it('refuses malformed JSON', async () => {
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/public/products/PAY/requests',
      payload: '{"title": "x",',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('malformed_json');
  });

  it('keeps a script in the text as text', async () => {
    const title = '<script>alert(1)</script> export';
    const response = await submit({ ...good, title });
    const status = await h.app.inject({
      method: 'GET',
      url: `/api/public/requests/${response.json().statusUrl.split('/status/')[1]}`,
    });
    expect(status.json().title).toBe(title);
    expect(status.headers['content-type']).toContain('application/json');
  });

  it('answers a filled honeypot exactly like a success, and stores nothing', async () => {
    const tables = ['requests', 'request_links', 'events', 'outbox'] as const;
    const before = await Promise.all(tables.map(rowCount));
    const robot = await submit({ ...good, website: 'http://spam.example' });
    expect(await Promise.all(tables.map(rowCount))).toEqual(before);
    const person = await submit(good);
    expect(robot.statusCode, robot.body).toBe(person.statusCode);
    expect(robot.headers['content-type']).toBe(person.headers['content-type']);
    expect(Object.keys(robot.json()).sort()).toEqual(Object.keys(person.json()).sort());
    expect(robot.json().key).toMatch(/^PAY-R\d+$/);
    const shape = (url: string) => url.replace(/req_[\w-]{43}$/, 'req_…');
    expect(shape(robot.json().statusUrl)).toBe(shape(person.json().statusUrl));
    const link = await h.app.inject({
      method: 'GET',
      url: `/api/public/requests/${robot.json().statusUrl.split('/status/')[1]}`,
    });
    expect(link.statusCode).toBe(404);
  });

  const { max } = abuseLimits.publicRequest;

  it('slows down 50 rapid submissions from one address, saying when to try again', async () => {
    const before = await countRequests();
    const statuses: number[] = [];
    for (let i = 0; i < 50; i++)
      statuses.push((await submit({ ...good, title: `Flood ${i}` }, '192.0.2.7')).statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(max);
    expect(statuses.filter((s) => s === 429)).toHaveLength(50 - max);
    const limited = await submit({ ...good, title: 'One more' }, '192.0.2.7');
    expect(limited.json().error).toMatchObject({
      code: 'rate_limited',
      message: 'Too many requests from your address: try again in 1 hour',
      details: { limit: 'public-request' },
    });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(3500);
    expect(await countRequests()).toBe(before + max);
  });

  it('counts per product: one product’s form does not use up another’s', async () => {
    const created = await h.request('admin', {
      method: 'POST',
      url: '/api/products',
      payload: { key: 'OPS', name: 'Operations' },
    });
    expect(created.statusCode, created.body).toBe(201);
    await h.request('admin', {
      method: 'PATCH',
      url: '/api/products/OPS',
      payload: { publicIntakeOpen: true },
    });
    for (let i = 0; i < max; i++) expect((await submit(good, '192.0.2.8')).statusCode).toBe(201);
    expect((await submit(good, '192.0.2.8')).statusCode).toBe(429);
    expect((await submit(good, '192.0.2.8', 'OPS')).statusCode).toBe(201);
    expect((await submit(good, '192.0.2.9')).statusCode).toBe(201);
  });

  it('shares the count between two instances on one database', async () => {
    const other = await buildServer({ database: h.database, webDir: '/nonexistent/' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < max + 2; i++)
        statuses.push((await submit(good, '192.0.2.10', 'PAY', i % 2 ? other : h.app)).statusCode);
      expect(statuses.filter((s) => s === 201)).toHaveLength(max);
      expect(statuses.slice(max)).toEqual([429, 429]);
    } finally {
      await other.close();
    }
  });

  it('limits answers behind status links per address too', async () => {
    const { statusUrl } = (await submit(good)).json();
    await h.database.db
      .insertInto('limit_counters')
      .values({
        key: `${abuseLimits.publicReply.name}:192.0.2.11`,
        hits: abuseLimits.publicReply.max,
        resets_at: new Date(Date.now() + 60_000),
      })
      .execute();
    const response = await h.app.inject({
      method: 'POST',
      url: `/api/public/requests/${statusUrl.split('/status/')[1]}/replies`,
      payload: { body: 'more' },
      remoteAddress: '192.0.2.11',
    });
    expect(response.statusCode, response.body).toBe(429);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(50);
  });

  it('is closed unless the owner opens it', async () => {
    await h.request('owner', {
      method: 'PATCH',
      url: '/api/products/PAY',
      payload: { publicIntakeOpen: false },
    });
    expect((await submit(good)).statusCode).toBe(404);
    expect((await h.app.inject({ method: 'GET', url: '/api/public/products/PAY' })).statusCode).toBe(404);
    await h.request('owner', {
      method: 'PATCH',
      url: '/api/products/PAY',
      payload: { publicIntakeOpen: true },
    });
    expect((await h.app.inject({ method: 'GET', url: '/api/public/products/PAY' })).json()).toEqual({
      key: 'PAY',
      name: 'Payments',
      isOpen: true,
    });
  });
});

describe('the status page', () => {
  it('shows the requester their request and the item after a merge, and no internal field', async () => {
    const item = await buildItem(h.world, {
      title: 'Spanish invoices',
      estimate: 8,
      tags: ['i18n-secret'],
      problem: 'INTERNAL NOTE',
      requesters: [{ name: 'Other Customer', email: 'other@example.com' }],
    });
    await h.request('member', {
      method: 'POST',
      url: `/api/items/${item.key}/comments`,
      payload: { body: 'internal comment' },
    });
    const submitted = (await submit(good)).json();
    const merge = await h.request('owner', {
      method: 'POST',
      url: `/api/requests/${submitted.key}/merge`,
      payload: { into: item.key },
    });
    expect(merge.statusCode, merge.body).toBe(200);
    const token = submitted.statusUrl.split('/status/')[1];
    const page = await h.app.inject({ method: 'GET', url: `/api/public/requests/${token}` });
    expect(page.statusCode).toBe(200);
    const body = page.json();
    expect(body).toMatchObject({
      state: 'merged',
      stateLabel: 'Joined an existing item',
      item: { title: 'Spanish invoices', status: 'open' },
    });
    expect(Object.keys(body).sort()).toEqual([
      'decisionNote',
      'item',
      'key',
      'messages',
      'problem',
      'product',
      'state',
      'stateLabel',
      'submittedAt',
      'title',
    ]);
    expect(Object.keys(body.item).sort()).toEqual(['status', 'statusLabel', 'title']);
    const text = page.body;
    for (const secret of [
      'i18n-secret',
      'INTERNAL NOTE',
      'internal comment',
      'other@example.com',
      'Other Customer',
      item.key,
      '"estimate"',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('answers 404 to a wrong or malformed token, and reads nothing else', async () => {
    expect(
      (await h.app.inject({ method: 'GET', url: `/api/public/requests/req_${'x'.repeat(43)}` })).statusCode,
    ).toBe(404);
    expect((await h.app.inject({ method: 'GET', url: '/api/public/requests/guess' })).statusCode).toBe(400);
    expect((await h.app.inject({ method: 'GET', url: '/api/products/PAY/items' })).statusCode).toBe(401);
  });
});
