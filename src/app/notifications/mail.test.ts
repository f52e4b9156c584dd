import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem, buildWorld, testBaseUrl, type World } from '../../../test/factories.ts';
import { type ReceivedMail, startSmtpSink } from '../../../test/smtp-sink.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { submitPublicRequest } from '../intake/submit-public-request.ts';
import { updateItem } from '../items/update-item.ts';
import { updateProduct } from '../products/update-product.ts';
import { declineRequest } from '../triage/decline-request.ts';
import { mergeRequest } from '../triage/merge-request.ts';
import { sendNextMail, smtpMailer } from './mail-sender.ts';

let database: TestDatabase;
let world: World;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
// The sender's clock: a minute ahead of the requests (made at the real time), so their mail is due.
let clock = new Date(Date.now() + 60_000);

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db);
  sink = await startSmtpSink();
  await world.as('owner', (ctx) => updateProduct(ctx, { key: 'PAY', publicIntakeOpen: true }));
});
afterAll(async () => {
  await sink.close();
  await database.drop();
});

const deps = () => ({ db: database.db, now: () => clock, baseUrl: testBaseUrl });

async function deliverAll(senders = 1): Promise<void> {
  const mailer = smtpMailer(sink.url, 'Ordo <ordo@test.example>');
  const sender = async () => {
    while (await sendNextMail(deps(), mailer)) {
      // drain
    }
  };
  await Promise.all(Array.from({ length: senders }, sender));
  mailer.close();
}

const to = (address: string): ReceivedMail[] => sink.mails.filter((mail) => mail.to.includes(address));

describe('mail to requesters through SMTP', () => {
  it('sends the acknowledgement, the decision and the shipped notice, once each', async () => {
    const item = await buildItem(world, { title: 'Partial payments' });
    const ask = (email: string, title: string) =>
      world.as('owner', (ctx) =>
        submitPublicRequest({ ...ctx, actor: null }, { productKey: 'PAY', title, name: 'Customer', email }),
      );
    const merged = await ask('ana@customer.example', 'Pay an invoice in parts');
    const declined = await ask('bo@customer.example', 'Pay in bitcoin');
    await deliverAll(2);
    await world.as('owner', (ctx) => mergeRequest(ctx, { key: merged.request.key, into: item.key }));
    await world.as('owner', (ctx) =>
      declineRequest(ctx, { key: declined.request.key, reason: 'We will not take crypto payments' }),
    );
    await deliverAll(2);
    await world.as('owner', (ctx) =>
      updateItem(ctx, { key: item.key, version: item.version, changes: { status: 'done' } }),
    );
    await deliverAll(2);
    await deliverAll(2);

    expect(to('ana@customer.example').map((m) => m.subject)).toEqual([
      'We have your request: Pay an invoice in parts',
      'Your request joined an existing item: Pay an invoice in parts',
      'Shipped: Partial payments',
    ]);
    expect(to('bo@customer.example').map((m) => m.subject)).toEqual([
      'We have your request: Pay in bitcoin',
      'Not planned: Pay in bitcoin',
    ]);
    expect(to('bo@customer.example')[1]?.text).toContain('We will not take crypto payments');
    for (const mail of sink.mails)
      expect(mail.text).toMatch(/Follow your request: http:\/\/ordo\.test\/status\/req_/);
  });

  it('retries a mail the server refused, and sends it once', async () => {
    const before = sink.mails.length;
    await world.as('owner', (ctx) =>
      submitPublicRequest(
        { ...ctx, actor: null },
        { productKey: 'PAY', title: 'Retry me', name: 'Cy', email: 'cy@customer.example' },
      ),
    );
    sink.failNext(1);
    await deliverAll();
    expect(sink.mails.length).toBe(before);
    const waiting = await database.db
      .selectFrom('outbox')
      .selectAll()
      .where('to_email', '=', 'cy@customer.example')
      .executeTakeFirstOrThrow();
    expect(waiting).toMatchObject({
      attempts: 1,
      sent_at: null,
      last_error: expect.stringContaining('try again later'),
    });
    clock = new Date(clock.getTime() + 10 * 60_000);
    await deliverAll();
    await deliverAll();
    expect(to('cy@customer.example')).toHaveLength(1);
  });

  it('keeps mail in the outbox, and the request answered, when no SMTP server answers', async () => {
    await world.as('owner', (ctx) =>
      submitPublicRequest(
        { ...ctx, actor: null },
        { productKey: 'PAY', title: 'Offline', name: 'Di', email: 'di@customer.example' },
      ),
    );
    const unreachable = smtpMailer('smtp://127.0.0.1:1', 'Ordo <ordo@test.example>');
    expect(await sendNextMail(deps(), unreachable)).toBe(true);
    unreachable.close();
    const waiting = await database.db
      .selectFrom('outbox')
      .selectAll()
      .where('to_email', '=', 'di@customer.example')
      .executeTakeFirstOrThrow();
    expect(waiting.sent_at).toBeNull();
    expect(waiting.attempts).toBe(1);
  });
});
