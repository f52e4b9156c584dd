import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem, buildWorld, type World } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { replyToRequest, requestStatusByToken } from '../intake/request-status.ts';
import { submitPublicRequest } from '../intake/submit-public-request.ts';
import { submitRequest } from '../intake/submit-request.ts';
import { suggestDuplicates } from '../intake/suggest-duplicates.ts';
import { getItem } from '../items/get-item.ts';
import { listItems } from '../items/list-items.ts';
import { updateItem } from '../items/update-item.ts';
import { updateProduct } from '../products/update-product.ts';
import { acceptRequest } from './accept-request.ts';
import { askRequester } from './ask-requester.ts';
import { bulkTriage } from './bulk-triage.ts';
import { declineRequest } from './decline-request.ts';
import { mergeRequest } from './merge-request.ts';
import { triageInbox } from './triage-inbox.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db);
  await world.as('owner', (ctx) => updateProduct(ctx, { key: 'PAY', publicIntakeOpen: true }));
});
afterAll(() => database.drop());

const tokenOf = (statusUrl: string) => statusUrl.split('/status/')[1] as string;

const fromSales = (title: string, problem = '') =>
  world.as('stakeholder', (ctx) =>
    submitRequest(ctx, {
      productKey: 'PAY',
      title,
      problem,
      source: 'client_facing',
      channel: 'app',
      accountsAffected: 3,
      dealValue: 40_000,
      urgency: 'high',
    }),
  );

const fromCustomer = (title: string, email = 'kim@customer.example') =>
  world.as(null as never, (ctx) =>
    submitPublicRequest({ ...ctx, actor: null }, { productKey: 'PAY', title, name: 'Kim Customer', email }),
  );

describe('intake', () => {
  it('acknowledges at once with a status link, and keeps the request out of the backlog', async () => {
    const before = await world.as('owner', (ctx) => listItems(ctx, { productKey: 'PAY', limit: 500 }));
    const { request, statusUrl } = await fromSales(
      'Export invoices as CSV',
      'Acme cannot export invoices as CSV; renewal at risk',
    );
    expect(request).toMatchObject({
      state: 'new',
      source: 'client_facing',
      dealValue: 40_000,
      requester: { personId: world.actors.stakeholder.personId },
    });
    expect(statusUrl).toMatch(/^http:\/\/ordo\.test\/status\/req_/);
    const after = await world.as('owner', (ctx) => listItems(ctx, { productKey: 'PAY', limit: 500 }));
    expect(after.items).toHaveLength(before.items.length);
    const ack = await database.db
      .selectFrom('outbox')
      .selectAll()
      .where('to_email', '=', world.actors.stakeholder.email)
      .execute();
    expect(ack).toHaveLength(1);
    expect(ack[0]?.subject).toContain('We have your request');
    expect(ack[0]?.body).not.toMatch(/by \d|within|date:/i);
  });

  it('refuses commercial fields on requests that are not client-facing', async () => {
    await expect(
      world.as('member', (ctx) =>
        submitRequest(ctx, {
          productKey: 'PAY',
          title: 'x',
          source: 'internal',
          channel: 'app',
          dealValue: 5,
        }),
      ),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('dealValue') });
  });

  it('refuses the public form while the owner keeps it closed', async () => {
    await world.as('owner', (ctx) => updateProduct(ctx, { key: 'PAY', publicIntakeOpen: false }));
    await expect(fromCustomer('Closed form')).rejects.toMatchObject({ code: 'not_found' });
    await world.as('owner', (ctx) => updateProduct(ctx, { key: 'PAY', publicIntakeOpen: true }));
  });
});

describe('duplicate suggestions', () => {
  it('finds items and open requests that look like the same ask, by shared words, by problem statements and despite misspellings', async () => {
    const csv = await buildItem(world, {
      title: 'Export invoices to CSV',
      problem: 'Accountants need a spreadsheet of all invoices',
    });
    await buildItem(world, { title: 'Dark mode for the dashboard' });
    const byTitle = await world.as('stakeholder', (ctx) =>
      suggestDuplicates(ctx, { productKey: 'PAY', title: 'CSV export of invoices' }),
    );
    expect(byTitle.find((s) => s.kind === 'item')?.key).toBe(csv.key);
    expect(byTitle.map((s) => s.title)).not.toContain('Dark mode for the dashboard');
    const byWords = await world.as('stakeholder', (ctx) =>
      suggestDuplicates(ctx, { productKey: 'PAY', title: 'Spreadsheet for accountants' }),
    );
    expect(byWords.map((s) => s.key)).toContain(csv.key);
    expect(byWords.some((s) => s.kind === 'request')).toBe(false);
    const misspelt = await world.as('stakeholder', (ctx) =>
      suggestDuplicates(ctx, { productKey: 'PAY', title: 'Exprot invoices to CVS' }),
    );
    expect(misspelt.find((s) => s.kind === 'item')?.key).toBe(csv.key);
    // One distinctive word shared ("dashboard") is enough when nothing shares more.
    const oneWord = await world.as('stakeholder', (ctx) =>
      suggestDuplicates(ctx, { productKey: 'PAY', title: 'The dashboard is slow' }),
    );
    expect(oneWord.map((s) => s.title)).toContain('Dark mode for the dashboard');
    const requests = await world.as('stakeholder', (ctx) =>
      suggestDuplicates(ctx, { productKey: 'PAY', title: 'Export invoices as CSV file' }),
    );
    expect(requests.some((s) => s.kind === 'request')).toBe(true);
  });
});

describe('triage decisions', () => {
  it('shows the inbox oldest first with age, source, requester and likely duplicates', async () => {
    const inbox = await world.as('editor', (ctx) => triageInbox(ctx, { productKey: 'PAY', limit: 100 }));
    expect(inbox.length).toBeGreaterThan(0);
    const times = inbox.map((entry) => entry.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(inbox[0]?.suggestions.length).toBeGreaterThan(0);
    await expect(
      world.as('stakeholder', (ctx) => triageInbox(ctx, { productKey: 'PAY', limit: 100 })),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('merges a request into an item: demand grows, the requester follows it, their words join it', async () => {
    const item = await buildItem(world, {
      title: 'Recurring invoices',
      source: 'customer',
      requesters: [{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }],
    });
    const { request, statusUrl } = await fromCustomer('Repeat an invoice every month');
    const sales = await fromSales('Recurring billing for retainers');
    await world.as('owner', (ctx) => mergeRequest(ctx, { key: request.key, into: item.key }));
    await world.as('owner', (ctx) => mergeRequest(ctx, { key: sales.request.key, into: item.key }));
    const listed = (
      await world.as('owner', (ctx) => listItems(ctx, { productKey: 'PAY', limit: 500 }))
    ).items.find((i) => i.key === item.key);
    expect(listed?.demand).toBe(6);
    expect(listed?.demandBySource).toEqual({ customer: 5, internal: 0, client_facing: 1 });
    const detail = await world.as('owner', (ctx) => getItem(ctx, item.key));
    expect(detail.requesters.map((r) => r.name)).toContain('Kim Customer');
    expect(detail.watchers.map((w) => w.personId)).toContain(world.actors.stakeholder.personId);
    const status = await world.as('owner', (ctx) => requestStatusByToken(ctx, tokenOf(statusUrl)));
    expect(status).toMatchObject({ state: 'merged', item: { title: 'Recurring invoices', status: 'open' } });
    const byDemand = await world.as('owner', (ctx) =>
      listItems(ctx, { productKey: 'PAY', limit: 1, sort: 'demand' }),
    );
    expect(byDemand.items[0]?.key).toBe(item.key);
    const popular = await world.as('owner', (ctx) =>
      listItems(ctx, { productKey: 'PAY', limit: 500, minDemand: 6 }),
    );
    expect(popular.items.map((i) => i.key)).toEqual([item.key]);
    await expect(
      world.as('owner', (ctx) => mergeRequest(ctx, { key: request.key, into: item.key })),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('accepts a request into the backlog at the place chosen', async () => {
    const top = (await world.as('owner', (ctx) => listItems(ctx, { productKey: 'PAY', limit: 1 }))).items[0];
    const { request } = await fromSales('Multi-currency invoices');
    const { item } = await world.as('owner', (ctx) =>
      acceptRequest(ctx, { key: request.key, type: 'story', position: { before: top?.key as string } }),
    );
    expect(item).toMatchObject({ title: 'Multi-currency invoices', source: 'client_facing' });
    const first = (await world.as('owner', (ctx) => listItems(ctx, { productKey: 'PAY', limit: 1 })))
      .items[0];
    expect(first?.key).toBe(item.key);
    expect(first?.demand).toBe(1);
  });

  it('asks for more information, and the requester answers on the status page', async () => {
    const { request, statusUrl } = await fromCustomer('It is slow');
    await world.as('editor', (ctx) =>
      askRequester(ctx, { key: request.key, message: 'Which page is slow, and since when?' }),
    );
    const token = tokenOf(statusUrl);
    const asked = await world.as('owner', (ctx) => requestStatusByToken(ctx, token));
    expect(asked).toMatchObject({ state: 'needs_info', decisionNote: 'Which page is slow, and since when?' });
    const answered = await world.as('owner', (ctx) =>
      replyToRequest(
        { ...ctx, actor: null },
        { token, body: 'The invoice list, since Monday', address: '10.9.9.9' },
      ),
    );
    expect(answered.state).toBe('new');
    expect(answered.messages.map((m) => [m.fromRequester, m.body])).toEqual([
      [false, 'Which page is slow, and since when?'],
      [true, 'The invoice list, since Monday'],
    ]);
    await expect(
      world.as('owner', (ctx) =>
        replyToRequest({ ...ctx, actor: null }, { token, body: 'again', address: '10.9.9.9' }),
      ),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('declines with a reason the requester sees, and bulk decisions are all or nothing', async () => {
    const { request, statusUrl } = await fromCustomer('Support for fax invoices');
    await world.as('owner', (ctx) =>
      declineRequest(ctx, { key: request.key, reason: 'We do not plan fax support' }),
    );
    const status = await world.as('owner', (ctx) => requestStatusByToken(ctx, tokenOf(statusUrl)));
    expect(status).toMatchObject({
      state: 'declined',
      decisionNote: 'We do not plan fax support',
      item: null,
    });

    const a = await fromCustomer('Bulk one');
    const b = await fromCustomer('Bulk two');
    await expect(
      world.as('owner', (ctx) =>
        bulkTriage(ctx, {
          keys: [a.request.key, request.key],
          action: { decision: 'decline', reason: 'No' },
        }),
      ),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    const still = await world.as('owner', (ctx) => requestStatusByToken(ctx, tokenOf(a.statusUrl)));
    expect(still.state).toBe('new');
    const done = await world.as('owner', (ctx) =>
      bulkTriage(ctx, {
        keys: [a.request.key, b.request.key],
        action: { decision: 'accept', type: 'enhancement', position: { to: 'bottom' } },
      }),
    );
    expect(done.map((r) => r.state)).toEqual(['accepted', 'accepted']);
  });

  it('tells every requester when the item ships, once', async () => {
    const item = await buildItem(world, { title: 'Late fee automation' });
    const one = await fromCustomer('Charge late fees', 'one@customer.example');
    const two = await fromCustomer('Late payment fees', 'two@customer.example');
    await world.as('owner', (ctx) => mergeRequest(ctx, { key: one.request.key, into: item.key }));
    await world.as('owner', (ctx) => mergeRequest(ctx, { key: two.request.key, into: item.key }));
    const shipped = await world.as('owner', (ctx) =>
      updateItem(ctx, { key: item.key, version: item.version, changes: { status: 'done' } }),
    );
    await world.as('owner', (ctx) =>
      updateItem(ctx, { key: item.key, version: shipped.version, changes: { status: 'open' } }),
    );
    await world.as('owner', (ctx) =>
      updateItem(ctx, { key: item.key, version: shipped.version + 1, changes: { status: 'done' } }),
    );
    const notices = await database.db
      .selectFrom('outbox')
      .select(['to_email', 'subject'])
      .where('subject', 'like', 'Shipped:%')
      .where('subject', 'like', '%Late fee%')
      .execute();
    expect(notices.map((n) => n.to_email).sort()).toEqual(['one@customer.example', 'two@customer.example']);
  });
});
