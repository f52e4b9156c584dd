import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBaseUrl } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { type ProductDocument, productDocumentSchema } from '../../domain/product-document.ts';
import { listAuditLog } from '../audit/list-audit-log.ts';
import { type Actor, inTransaction, withoutTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { exportProduct } from '../exports/export-product.ts';
import { archiveItem } from '../items/archive-item.ts';
import { listItems } from '../items/list-items.ts';
import { setWatching } from '../items/watch-item.ts';
import { insertPerson } from '../people/insert-person.ts';
import { agreeEstimate, castVote, revealVotes, startPoker } from '../refinement/poker.ts';
import { endSession, joinSession, noteAgendaItem, startSession } from '../refinement/run-session.ts';
import { scheduleSession } from '../refinement/schedule-session.ts';
import { samplePeople, seedSample } from '../sample/seed-sample.ts';
import { importProduct } from './import-product.ts';

/**
 * The product document round-trips: the sample product, with a refinement session, poker votes,
 * a watcher and an archived item added, exported, imported into a fresh database whose people
 * have the same emails, and exported again, is the same document (its export time and the
 * import's own event aside).
 */

let from: TestDatabase;
let to: TestDatabase;
const actorsFrom = new Map<string, Actor>();
const actorsTo = new Map<string, Actor>();

async function actorsOf(database: TestDatabase, into: Map<string, Actor>) {
  const people = await database.db.selectFrom('people').selectAll().execute();
  for (const sample of samplePeople) {
    const person = people.find((p) => p.email === sample.email);
    if (!person) throw new Error(`no ${sample.email}`);
    into.set(sample.role, {
      personId: person.id,
      workspaceId: person.workspace_id,
      name: person.name,
      email: person.email,
      isAdmin: person.is_admin,
    });
  }
}

function as<T>(
  database: TestDatabase,
  actor: Actor | undefined,
  work: Parameters<typeof inTransaction<T>>[2],
) {
  return inTransaction({ db: database.db, now: () => new Date(), baseUrl: testBaseUrl }, actor ?? null, work);
}

async function exported(
  database: TestDatabase,
  actor: Actor | undefined,
  key = 'PAY',
): Promise<ProductDocument> {
  // As the route does: outside a transaction, each page its own read while the stream is written.
  const deps = { db: database.db, now: () => new Date(), baseUrl: testBaseUrl };
  const file = await withoutTransaction(deps, actor ?? null, (ctx) => exportProduct(ctx, key));
  let text = '';
  for await (const chunk of file.stream) text += chunk;
  return productDocumentSchema.parse(JSON.parse(text));
}

beforeAll(async () => {
  [from, to] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  await as(from, undefined, (ctx) => seedSample(ctx, { password: 'sample password here' }));
  await actorsOf(from, actorsFrom);
  const owner = actorsFrom.get('owner');
  const backlog = await as(from, owner, (ctx) => listItems(ctx, { productKey: 'PAY', limit: 4 }));
  const [first, second, third, fourth] = backlog.items.map((item) => item.key) as [
    string,
    string,
    string,
    string,
  ];
  const session = await as(from, owner, (ctx) =>
    scheduleSession(ctx, { productKey: 'PAY', itemKeys: [first, second] }),
  );
  await as(from, owner, (ctx) => startSession(ctx, session.id));
  await as(from, actorsFrom.get('member'), (ctx) => joinSession(ctx, session.id));
  const round = await as(from, owner, (ctx) => startPoker(ctx, { sessionId: session.id, itemKey: first }));
  await as(from, actorsFrom.get('editor'), (ctx) => castVote(ctx, { roundId: round.id, card: '5' }));
  await as(from, actorsFrom.get('member'), (ctx) => castVote(ctx, { roundId: round.id, card: '8' }));
  await as(from, owner, (ctx) => revealVotes(ctx, round.id));
  await as(from, owner, (ctx) => agreeEstimate(ctx, { roundId: round.id, estimate: 5 }));
  await as(from, owner, (ctx) =>
    noteAgendaItem(ctx, {
      sessionId: session.id,
      itemKey: second,
      notes: 'Needs a design',
      outcome: 'clarified',
    }),
  );
  await as(from, owner, (ctx) => endSession(ctx, session.id));
  await as(from, actorsFrom.get('stakeholder'), (ctx) => setWatching(ctx, { key: third, watching: true }));
  await as(from, owner, (ctx) => archiveItem(ctx, { key: fourth, reason: 'obsolete' }));

  // The same people on the other server, by email; nothing else.
  const workspace = await to.db
    .insertInto('workspaces')
    .values({ name: 'Elsewhere' })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const sample of samplePeople) {
    await insertPerson(
      to.db,
      workspace.id,
      {
        name: sample.name,
        email: sample.email,
        password: 'a long enough password',
        isAdmin: sample.role === 'admin',
      },
      new Date(),
    );
  }
  await actorsOf(to, actorsTo);
});
afterAll(() => Promise.all([from.drop(), to.drop()]));

/** The document without what an import cannot keep: the time it was written, the import's own event. */
const comparable = (document: ProductDocument) => ({
  ...document,
  exportedAt: null,
  events: document.events.filter((event) => event.kind !== 'product.imported'),
});

describe('a product moved between two servers', () => {
  it('exports, imports into a fresh database and exports again as the same document', async () => {
    const original = await exported(from, actorsFrom.get('owner'));
    expect(original.items.length).toBeGreaterThan(40);
    expect(original.items.some((item) => item.comments.length > 0)).toBe(true);
    expect(original.items.some((item) => item.links.length > 0)).toBe(true);
    expect(original.items.some((item) => item.requesters.length > 0)).toBe(true);
    expect(original.items.some((item) => item.watchers.length > 0)).toBe(true);
    expect(original.items.some((item) => item.archivedAt)).toBe(true);
    expect(original.sprints.length).toBeGreaterThan(0);
    expect(original.releases.length).toBeGreaterThan(0);
    expect(original.refinementSessions[0]?.pokerRounds[0]?.votes).toHaveLength(2);
    expect(JSON.stringify(original)).not.toMatch(/"(id|personId|productId)":/);

    const report = await as(to, actorsTo.get('admin'), (ctx) => importProduct(ctx, { document: original }));
    expect(report).toMatchObject({
      created: original.items.length,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      failed: 0,
    });
    expect(report.rows[0]).toEqual({ ref: original.items[0]?.key, outcome: 'created', reason: null });

    const again = await exported(to, actorsTo.get('owner'));
    expect(comparable(again)).toEqual(comparable(original));
    const imported = again.events.filter((event) => event.kind === 'product.imported');
    expect(imported).toEqual([
      expect.objectContaining({ actor: { email: 'admin@sample.test', name: 'Avery Admin' }, item: null }),
    ]);
    expect(imported[0]?.data).toEqual({ source: 'ordo', items: original.items.length });
    const audit = await as(to, actorsTo.get('admin'), (ctx) =>
      listAuditLog(ctx, { kind: 'product.imported', limit: 10 }),
    );
    expect(audit.entries.map((entry) => entry.product?.key)).toEqual(['PAY']);
  });

  it('refuses a key that is taken, and renames on request', async () => {
    const document = await exported(from, actorsFrom.get('owner'));
    const admin = actorsTo.get('admin');
    await expect(as(to, admin, (ctx) => importProduct(ctx, { document }))).rejects.toMatchObject({
      code: 'already_exists',
    });
    const report = await as(to, admin, (ctx) => importProduct(ctx, { document, key: 'pay2' }));
    expect(report.product.key).toBe('PAY2');
    const renamed = await exported(to, admin, 'PAY2');
    expect(renamed.items.map((item) => item.key)).toEqual(
      document.items.map((item) => item.key.replace('PAY-', 'PAY2-')),
    );
    expect(renamed.items.flatMap((item) => item.links.map((link) => link.to))).toEqual(
      document.items.flatMap((item) => item.links.map((link) => link.to.replace('PAY-', 'PAY2-'))),
    );
  });

  it('keeps what people without an account here wrote, by their name, and reports them', async () => {
    const document = await exported(from, actorsFrom.get('owner'));
    const stranger = { email: 'gone@elsewhere.test', name: 'Gone Person' };
    document.items[0]?.comments.push({
      author: stranger,
      body: 'Still needed?',
      createdAt: '2026-02-01T10:00:00.000Z',
    });
    document.events.push({
      kind: 'item.watched',
      item: document.items[0]?.key ?? null,
      actor: stranger,
      data: {},
      createdAt: '2026-02-01T10:00:00.000Z',
    });
    const report = await as(to, actorsTo.get('admin'), (ctx) =>
      importProduct(ctx, { document, key: 'PAY3' }),
    );
    expect(report.skipped).toBe(1);
    expect(report.rows.at(-1)).toMatchObject({ ref: 'gone@elsewhere.test', outcome: 'skipped' });
    const again = await exported(to, actorsTo.get('admin'), 'PAY3');
    expect(again.items[0]?.comments).toContainEqual({
      author: { email: 'admin@sample.test', name: 'Avery Admin' },
      body: '*Gone Person (gone@elsewhere.test) wrote:*\n\nStill needed?',
      createdAt: '2026-02-01T10:00:00.000Z',
    });
  });

  it('refuses a document that names what it does not hold, or breaks a rule, and writes nothing', async () => {
    const admin = actorsTo.get('admin');
    const products = async () => (await to.db.selectFrom('products').select('key').execute()).length;
    const before = await products();
    const document = await exported(from, actorsFrom.get('owner'));
    const linked = structuredClone(document);
    const withLink = linked.items.findIndex((item) => item.links.length > 0);
    (linked.items[withLink]?.links[0] as { to: string }).to = 'PAY-99999';
    const refused = await as(to, admin, (ctx) => importProduct(ctx, { document: linked, key: 'BAD1' })).catch(
      (e) => e,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect(refused.details).toEqual([
      { field: `items.${withLink}.links.0.to`, message: 'PAY-99999 is not an item of the document' },
    ]);

    // History of a kind Ordo does not record, or off its kind's shape, is refused by the catalogue.
    const unknown = structuredClone(document);
    unknown.events.push({
      ...(unknown.events[0] as (typeof unknown.events)[number]),
      kind: 'item.teleported',
    });
    await expect(
      as(to, admin, (ctx) => importProduct(ctx, { document: unknown, key: 'BAD4' })),
    ).rejects.toMatchObject({
      details: [{ field: `events.${unknown.events.length - 1}.kind` }],
    });
    const misshapen = structuredClone(document);
    const moved = misshapen.events.findIndex((event) => event.kind === 'item.created');
    (misshapen.events[moved] as { data: unknown }).data = { after: 'a story' };
    await expect(
      as(to, admin, (ctx) => importProduct(ctx, { document: misshapen, key: 'BAD5' })),
    ).rejects.toMatchObject({
      details: [{ field: expect.stringMatching(new RegExp(`^events\\.${moved}\\.data`)) }],
    });

    // Two current sprints for one item: the database's rule, named as the document's fault.
    const twice = structuredClone(document);
    const sprint = twice.sprints[0];
    if (!sprint) throw new Error('the sample has sprints');
    twice.sprints.push({
      ...sprint,
      number: 99,
      items: sprint.items.map((entry) => ({ ...entry, isCurrent: true })),
    });
    sprint.items = sprint.items.map((entry) => ({ ...entry, isCurrent: true }));
    const broken = await as(to, admin, (ctx) => importProduct(ctx, { document: twice, key: 'BAD2' })).catch(
      (e) => e,
    );
    expect(broken).toMatchObject({ code: 'invalid_input' });
    expect(broken.message).toContain('sprint_items');
    expect(await products()).toBe(before);

    const viewer = actorsTo.get('owner');
    await expect(
      as(to, viewer, (ctx) => importProduct(ctx, { document, key: 'BAD3' })),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
