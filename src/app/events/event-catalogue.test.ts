import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem, buildWorld, type World } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { testDbKind } from '../../../test/test-db-config.ts';
import { auditKindNames } from '../../domain/audit.ts';
import { eventCatalogue, eventKinds } from '../../domain/event-catalogue.ts';
import { openApiDocument } from '../../http/openapi-document.ts';
import { inTransaction } from '../context.ts';
import { seedSample } from '../sample/seed-sample.ts';
import { appendEvent, type NewEvent } from './append-event.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db);
});
afterAll(() => database.drop());

const seqOf = async (eventId: string) =>
  (
    await database.db
      .selectFrom('event_order')
      .select(['seq', 'item_seq'])
      .where('event_id', '=', eventId)
      .executeTakeFirstOrThrow()
  ).seq;

describe('the event catalogue', () => {
  it('refuses a kind it lacks, data off its shape, and an event about the wrong thing', async () => {
    const item = await buildItem(world);
    const append = (event: unknown) => world.as('owner', (ctx) => appendEvent(ctx, event as NewEvent));
    await expect(append({ productId: item.productId, kind: 'item.teleported', data: {} })).rejects.toThrow(
      'event kind item.teleported is not in the event catalogue',
    );
    await expect(
      append({ productId: item.productId, itemId: item.id, kind: 'item.split', data: { into: 'PAY-1' } }),
    ).rejects.toThrow(/item.split has data off its catalogued shape/);
    await expect(
      append({ productId: item.productId, itemId: item.id, kind: 'item.watched', data: { extra: 1 } }),
    ).rejects.toThrow(/off its catalogued shape/);
    await expect(append({ productId: item.productId, kind: 'item.watched', data: {} })).rejects.toThrow(
      'event item.watched is about a item: its product or item is missing',
    );
    await expect(
      append({ productId: item.productId, kind: 'token.revoked', data: { tokenId: 'x' } }),
    ).rejects.toThrow(/about a workspace/);
  });

  it('catalogues every kind the sample product writes, and every kind the audit log names', async () => {
    const sample = await createTestDatabase();
    try {
      await inTransaction(
        { db: sample.db, now: () => new Date(), baseUrl: 'http://ordo.test' },
        null,
        (ctx) => seedSample(ctx, { password: 'sample password' }),
      );
      const written = await sample.db.selectFrom('events').select('kind').distinct().execute();
      expect(written.length).toBeGreaterThanOrEqual(10);
      for (const { kind } of written) expect(eventKinds).toContain(kind);
    } finally {
      await sample.drop();
    }
    for (const kind of auditKindNames) expect(eventCatalogue[kind].about).not.toBe('item');
  });

  it('describes every kind, with its payload, in the OpenAPI document’s webhooks section', () => {
    const document = openApiDocument('http://ordo.test') as { webhooks?: Record<string, unknown> };
    const webhooks = document.webhooks ?? {};
    expect(Object.keys(webhooks).sort()).toEqual([...eventKinds, 'webhook.test'].sort());
    const moved = JSON.stringify(webhooks['item.moved']);
    expect(moved).toContain('"itemSequence"');
    expect(moved).toContain('"reason"');
  });

  it('numbers events in the order they commit, not the order they were written', async () => {
    const item = await buildItem(world);
    const event = (note: string): NewEvent => ({
      productId: item.productId,
      itemId: item.id,
      itemKey: item.key,
      kind: 'refinement.noted',
      data: { sessionId: '00000000-0000-4000-8000-000000000000', notes: note },
    });
    if (testDbKind === 'embedded') {
      // One connection: transactions take turns, so the order of ids is the order of commits.
      const first = await world.as('owner', (ctx) => appendEvent(ctx, event('first')));
      const second = await world.as('owner', (ctx) => appendEvent(ctx, event('second')));
      expect(BigInt(await seqOf(second))).toBe(BigInt(await seqOf(first)) + 1n);
      return;
    }
    // On PostgreSQL: the earlier-written event commits last, and comes after in the order.
    let releaseLate: () => void = () => {};
    const lateMayCommit = new Promise<void>((resolve) => {
      releaseLate = resolve;
    });
    let lateWritten: () => void = () => {};
    const written = new Promise<void>((resolve) => {
      lateWritten = resolve;
    });
    const late = world.as('owner', async (ctx) => {
      const id = await appendEvent(ctx, event('written first, committed last'));
      lateWritten();
      await lateMayCommit;
      return id;
    });
    await written;
    const early = await world.as('owner', (ctx) => appendEvent(ctx, event('written last, committed first')));
    releaseLate();
    const lateId = await late;
    expect(BigInt(lateId)).toBeLessThan(BigInt(early));
    expect(BigInt(await seqOf(lateId))).toBeGreaterThan(BigInt(await seqOf(early)));
    const { rows } = await sql<{ gaps: number }>`
      select count(*)::int as gaps from (
        select seq - lag(seq) over (order by seq) as step from event_order where scope_id = ${item.productId}
      ) steps where step <> 1`.execute(database.db);
    expect(rows[0]?.gaps).toBe(0);
  });
});
