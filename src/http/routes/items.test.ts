import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../../test/http-harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const countItems = async () =>
  Number(
    (
      await h.database.db
        .selectFrom('items')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const countEvents = async () =>
  Number(
    (
      await h.database.db
        .selectFrom('events')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function create(payload: Record<string, unknown>) {
  const response = await h.request('owner', { method: 'POST', url: '/api/products/PAY/items', payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('items over HTTP', () => {
  it('creates an item with every field and reads it back', async () => {
    const other = await create({ type: 'bug', title: 'Totals wrong on credit notes' });
    const item = await create({
      type: 'compliance',
      title: 'E-invoicing for public-sector clients',
      problem: 'Public clients will refuse **PDF** invoices from 2027.',
      serves: 'Owners who bill public bodies',
      outcome: 'Invoices are accepted by the public portal',
      acceptanceCriteria: [{ text: 'A structured invoice validates against the schema', done: false }],
      estimate: 8,
      deadline: '2027-01-01',
      tags: ['Invoices', 'legal'],
      status: 'on_hold',
      holdReason: 'Waiting for the final specification',
      source: 'client_facing',
      requesters: [{ name: 'Priya Raman (Northwind)', email: 'priya@example.com' }],
      links: [{ kind: 'relates_to', key: other.key }],
      wsjf: { businessValue: 8, timeCriticality: 13, riskReduction: 3, jobSize: 8 },
      rice: { reach: 400, impact: 2, confidence: 80, effort: 2 },
      moscow: 'must',
      readyChecks: ['design'],
    });
    expect(item).toMatchObject({
      key: expect.stringMatching(/^PAY-\d+$/),
      version: 1,
      tags: ['invoices', 'legal'],
    });
    const response = await h.request('viewer', { method: 'GET', url: `/api/items/${item.key}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json()).toMatchObject({
      type: 'compliance',
      deadline: '2027-01-01',
      status: 'on_hold',
      holdReason: 'Waiting for the final specification',
      demand: 1,
      requesters: [{ name: 'Priya Raman (Northwind)', email: 'priya@example.com' }],
      links: [{ kind: 'relates_to', direction: 'outgoing', key: other.key }],
      acceptanceCriteria: [{ text: 'A structured invoice validates against the schema', done: false }],
      viewer: { role: 'viewer', isCreator: false, isWatching: false },
      wsjf: { businessValue: 8, timeCriticality: 13, riskReduction: 3, jobSize: 8, score: 3 },
      rice: { reach: 400, impact: 2, confidence: 80, effort: 2, score: 320 },
      moscow: 'must',
      readyChecks: ['design'],
      readiness: { isReady: true, lacks: [] },
    });
  });

  it('lists the backlog in rank order with filters, search and cursor pages', async () => {
    const spike = await create({
      type: 'spike',
      title: 'Explore zebra payouts',
      timeboxDays: 2,
      tags: ['zebra'],
      source: 'internal',
    });
    await create({
      type: 'story',
      title: 'Zebra statements for customers',
      tags: ['zebra', 'statements'],
      source: 'customer',
    });
    const list = async (query: string) => {
      const response = await h.request('stakeholder', {
        method: 'GET',
        url: `/api/products/PAY/items?${query}`,
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as { data: { key: string; title: string }[]; next: string | null };
    };
    expect((await list('q=zebra')).data).toHaveLength(2);
    expect((await list('q=zeb')).data).toHaveLength(2);
    // Words in quotes are a phrase, in that order.
    expect((await list(`q=${encodeURIComponent('"zebra statements"')}`)).data).toHaveLength(1);
    expect((await list(`q=${encodeURIComponent('"statements zebra"')}`)).data).toHaveLength(0);
    expect((await list('q=zebra&type=spike')).data.map((i) => i.key)).toEqual([spike.key]);
    expect((await list('tag=zebra&tag=statements')).data).toHaveLength(1);
    expect((await list('source=customer,internal&tag=zebra')).data).toHaveLength(2);
    expect((await list('q=%3Cscript%3E')).data).toHaveLength(0);
    // A key, or its number, finds the item itself.
    const number = spike.key.split('-')[1];
    expect((await list(`q=${spike.key.toLowerCase()}`)).data.map((i) => i.key)).toEqual([spike.key]);
    expect((await list(`q=${number}`)).data.map((i) => i.key)).toContain(spike.key);
    const first = await list('limit=2');
    expect(first.data).toHaveLength(2);
    expect(first.next).not.toBeNull();
    const second = await list(`limit=2&cursor=${first.next}`);
    expect(second.data[0]?.key).not.toBe(first.data[1]?.key);
    const all = await list('limit=500&status=open,in_progress,on_hold,done');
    expect(all.data.slice(2, 4).map((i) => i.key)).toEqual(second.data.map((i) => i.key));
  });

  it('edits with If-Match and answers 409 with the current item when the version is stale', async () => {
    const item = await create({ type: 'story', title: 'Draft' });
    const edit = (version: string | undefined, payload: object) =>
      h.request('editor', {
        method: 'PATCH',
        url: `/api/items/${item.key}`,
        payload,
        headers: version === undefined ? {} : { 'if-match': version },
      });
    const ok = await edit('"1"', { title: 'Export invoices as CSV', estimate: 3 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ title: 'Export invoices as CSV', estimate: 3, version: 2 });
    const stale = await edit('"1"', { title: 'Lost update' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'version_conflict',
      details: { current: { title: 'Export invoices as CSV', version: 2 } },
    });
    const missing = await edit(undefined, { title: 'No version' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toContain('If-Match');
  });

  it('moves, archives, restores, comments, watches and keeps the history', async () => {
    const a = await create({ type: 'story', title: 'First' });
    const b = await create({ type: 'story', title: 'Second' });
    const move = await h.request('owner', {
      method: 'POST',
      url: `/api/items/${b.key}/move`,
      payload: { before: a.key, reason: 'Customer escalation' },
    });
    expect(move.statusCode, move.body).toBe(200);
    const top = await h.request('owner', {
      method: 'POST',
      url: `/api/items/${b.key}/move`,
      payload: { to: 'top' },
    });
    expect(top.statusCode).toBe(200);
    const firstKey = (
      await h.request('owner', { method: 'GET', url: '/api/products/PAY/items?limit=1' })
    ).json().data[0].key;
    expect(firstKey).toBe(b.key);
    const comment = await h.request('stakeholder', {
      method: 'POST',
      url: `/api/items/${b.key}/comments`,
      payload: { body: 'Acme asks weekly' },
    });
    expect(comment.statusCode).toBe(201);
    const watch = await h.request('stakeholder', {
      method: 'PUT',
      url: `/api/items/${b.key}/watching`,
      payload: { watching: true },
    });
    expect(watch.json()).toEqual({ watching: true });
    const archive = await h.request('owner', {
      method: 'DELETE',
      url: `/api/items/${b.key}`,
      payload: { reason: 'duplicate' },
    });
    expect(archive.json()).toMatchObject({ archiveReason: 'duplicate' });
    const listed = (await h.request('owner', { method: 'GET', url: '/api/products/PAY/items?limit=500' }))
      .json()
      .data.map((i: { key: string }) => i.key);
    expect(listed).not.toContain(b.key);
    const restore = await h.request('owner', { method: 'POST', url: `/api/items/${b.key}/restore` });
    expect(restore.statusCode).toBe(200);
    const back = (await h.request('owner', { method: 'GET', url: '/api/products/PAY/items?limit=1' })).json()
      .data[0].key;
    expect(back).toBe(b.key);
    const history = (await h.request('viewer', { method: 'GET', url: `/api/items/${b.key}/history` })).json();
    expect(history.data.map((e: { kind: string }) => e.kind)).toEqual([
      'item.restored',
      'item.archived',
      'item.watched',
      'comment.added',
      'item.moved',
      'item.moved',
      'item.created',
    ]);
    expect(history.data[5]).toMatchObject({
      actor: 'owner person',
      data: { reason: 'Customer escalation', to: { before: a.key } },
    });
  });

  it('answers 404 for items and products that do not exist', async () => {
    expect((await h.request('owner', { method: 'GET', url: '/api/items/PAY-999999' })).statusCode).toBe(404);
    expect((await h.request('owner', { method: 'GET', url: '/api/products/NOPE/items' })).statusCode).toBe(
      404,
    );
    expect((await h.request('owner', { method: 'GET', url: '/api/nothing-here' })).json().error.code).toBe(
      'not_found',
    );
  });
});

describe('bad input gets a 4xx naming the problem and writes nothing', () => {
  const cases: {
    name: string;
    payload: unknown;
    raw?: string;
    field?: string;
    status?: number;
    code?: string;
  }[] = [
    { name: 'missing title', payload: { type: 'story' }, field: 'title' },
    { name: 'missing type', payload: { title: 'x' }, field: 'type' },
    { name: 'empty title', payload: { type: 'story', title: '   ' }, field: 'title' },
    { name: 'title of the wrong type', payload: { type: 'story', title: 42 }, field: 'title' },
    { name: 'unknown type', payload: { type: 'epic', title: 'x' }, field: 'type' },
    { name: 'unknown status', payload: { type: 'story', title: 'x', status: 'doing' }, field: 'status' },
    { name: 'unknown source', payload: { type: 'story', title: 'x', source: 'twitter' }, field: 'source' },
    { name: 'over-long title', payload: { type: 'story', title: 'x'.repeat(201) }, field: 'title' },
    {
      name: 'over-long problem',
      payload: { type: 'story', title: 'x', problem: 'x'.repeat(20_001) },
      field: 'problem',
    },
    { name: 'fractional estimate', payload: { type: 'story', title: 'x', estimate: 2.5 }, field: 'estimate' },
    { name: 'negative estimate', payload: { type: 'story', title: 'x', estimate: -1 }, field: 'estimate' },
    {
      name: 'bad deadline',
      payload: { type: 'compliance', title: 'x', deadline: '31/12/2027' },
      field: 'deadline',
    },
    {
      name: 'timebox on a story',
      payload: { type: 'story', title: 'x', timeboxDays: 3 },
      field: 'timeboxDays',
    },
    {
      name: 'on hold with no reason',
      payload: { type: 'story', title: 'x', status: 'on_hold' },
      field: 'holdReason',
    },
    {
      name: 'too many tags',
      payload: { type: 'story', title: 'x', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) },
      field: 'tags',
    },
    {
      name: 'criterion without text',
      payload: { type: 'story', title: 'x', acceptanceCriteria: [{ done: true }] },
      field: 'acceptanceCriteria.0.text',
    },
    {
      name: 'requester with a bad email',
      payload: { type: 'story', title: 'x', requesters: [{ name: 'A', email: 'nope' }] },
      field: 'requesters.0.email',
    },
    {
      name: 'link to an unknown item',
      payload: { type: 'story', title: 'x', links: [{ kind: 'blocks', key: 'PAY-999999' }] },
      field: 'links.0.key',
    },
    { name: 'unknown field', payload: { type: 'story', title: 'x', priority: 'high' }, field: 'body' },
    {
      name: 'position next to an unknown item',
      payload: { type: 'story', title: 'x', position: { before: 'PAY-999999' } },
      field: 'before',
    },
    {
      name: 'malformed JSON',
      payload: undefined,
      raw: '{"type": "story", "title": ',
      code: 'malformed_json',
    },
    {
      name: 'a body that is not JSON',
      payload: undefined,
      raw: 'type=story',
      code: 'unsupported_media_type',
      status: 415,
    },
  ];

  for (const testCase of cases) {
    it(testCase.name, async () => {
      const [items, events] = [await countItems(), await countEvents()];
      const response = await h.request('owner', {
        method: 'POST',
        url: '/api/products/PAY/items',
        ...(testCase.raw === undefined
          ? { payload: testCase.payload as object }
          : {
              payload: testCase.raw,
              headers: {
                'content-type':
                  testCase.code === 'malformed_json'
                    ? 'application/json'
                    : 'application/x-www-form-urlencoded',
              },
            }),
      });
      expect(response.statusCode, response.body).toBe(testCase.status ?? 400);
      const error = response.json().error;
      expect(error.code).toBe(testCase.code ?? 'invalid_input');
      if (testCase.field) {
        expect(error.details.map((d: { field: string }) => d.field)).toContain(testCase.field);
        expect(error.message).toContain(testCase.field);
      }
      expect(await countItems()).toBe(items);
      expect(await countEvents()).toBe(events);
    });
  }

  it('refuses bad edits, moves and queries without writing', async () => {
    const item = await create({ type: 'story', title: 'Target' });
    const [items, events] = [await countItems(), await countEvents()];
    const attempts = [
      { method: 'PATCH' as const, url: `/api/items/${item.key}`, payload: {}, headers: { 'if-match': '1' } },
      {
        method: 'PATCH' as const,
        url: `/api/items/${item.key}`,
        payload: { status: 'on_hold' },
        headers: { 'if-match': '1' },
      },
      {
        method: 'PATCH' as const,
        url: `/api/items/${item.key}`,
        payload: { estimate: 'three' },
        headers: { 'if-match': '1' },
      },
      { method: 'POST' as const, url: `/api/items/${item.key}/move`, payload: { to: 'middle' } },
      { method: 'POST' as const, url: `/api/items/${item.key}/move`, payload: { before: item.key } },
      { method: 'POST' as const, url: `/api/items/${item.key}/move`, payload: {} },
      { method: 'POST' as const, url: `/api/items/${item.key}/comments`, payload: { body: '' } },
      { method: 'GET' as const, url: '/api/products/PAY/items?type=epic' },
      { method: 'GET' as const, url: '/api/products/PAY/items?limit=0' },
      { method: 'GET' as const, url: '/api/products/PAY/items?cursor=%21%21' },
      { method: 'GET' as const, url: '/api/items/not-a-key' },
    ];
    for (const attempt of attempts) {
      const response = await h.request('owner', attempt);
      expect(
        response.statusCode,
        `${attempt.method} ${attempt.url} ${JSON.stringify(attempt.payload)}: ${response.body}`,
      ).toBe(400);
      expect(response.json().error.message.length).toBeGreaterThan(3);
    }
    expect(await countItems()).toBe(items);
    expect(await countEvents()).toBe(events);
  });
});
