import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem, buildWorld, type World } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { archiveItem } from './archive-item.ts';
import { commentOnItem } from './comment-on-item.ts';
import { getItem } from './get-item.ts';
import { itemHistory } from './item-history.ts';
import { listItems, numberInSearch, prefixQuery } from './list-items.ts';
import { updateItem } from './update-item.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db);
});
afterAll(() => database.drop());

describe('creating and editing items', () => {
  it('numbers items per product, normalises tags, and makes the creator a watcher', async () => {
    const first = await buildItem(world, { tags: ['Checkout', 'checkout ', 'Mobile App'] });
    const second = await buildItem(world);
    expect(second.number).toBe(first.number + 1);
    expect(second.key).toBe(`PAY-${second.number}`);
    expect(first.tags).toEqual(['checkout', 'mobile-app']);
    const detail = await world.as('viewer', (ctx) => getItem(ctx, first.key));
    expect(detail.watchers.map((w) => w.personId)).toEqual([world.actors.owner.personId]);
  });

  it('records exactly what changed, before and after, and bumps the version', async () => {
    const item = await buildItem(world, { title: 'Old', estimate: 3 });
    const updated = await world.as('editor', (ctx) =>
      updateItem(ctx, {
        key: item.key,
        version: 1,
        changes: { title: 'New', estimate: 3, status: 'in_progress' },
      }),
    );
    expect(updated.version).toBe(2);
    const history = await world.as('viewer', (ctx) => itemHistory(ctx, { key: item.key, limit: 10 }));
    expect(history.entries[0]).toMatchObject({
      kind: 'item.updated',
      actor: 'editor person',
      data: { before: { title: 'Old', status: 'open' }, after: { title: 'New', status: 'in_progress' } },
    });
  });

  it('changes nothing and writes no event when nothing differs', async () => {
    const item = await buildItem(world, { title: 'Same' });
    const same = await world.as('owner', (ctx) =>
      updateItem(ctx, { key: item.key, version: 1, changes: { title: 'Same' } }),
    );
    expect(same.version).toBe(1);
    const history = await world.as('owner', (ctx) => itemHistory(ctx, { key: item.key, limit: 10 }));
    expect(history.entries.map((e) => e.kind)).toEqual(['item.created']);
  });

  it('clears the hold reason when an item leaves on hold, and refuses on hold without one', async () => {
    const item = await buildItem(world, { status: 'on_hold', holdReason: 'Waiting for legal' });
    await expect(
      world.as('owner', (ctx) => updateItem(ctx, { key: item.key, version: 1, changes: { holdReason: '' } })),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    const resumed = await world.as('owner', (ctx) =>
      updateItem(ctx, { key: item.key, version: 1, changes: { status: 'open' } }),
    );
    expect(resumed.holdReason).toBeNull();
  });

  it('replaces links and shows them from both ends', async () => {
    const [a, b, c] = [await buildItem(world), await buildItem(world), await buildItem(world)];
    await world.as('owner', (ctx) =>
      updateItem(ctx, { key: a.key, version: 1, changes: { links: [{ kind: 'blocks', key: b.key }] } }),
    );
    await world.as('owner', (ctx) =>
      updateItem(ctx, { key: a.key, version: 2, changes: { links: [{ kind: 'parent', key: c.key }] } }),
    );
    const fromA = await world.as('owner', (ctx) => getItem(ctx, a.key));
    expect(fromA.links).toEqual([
      expect.objectContaining({ kind: 'parent', direction: 'outgoing', key: c.key }),
    ]);
    const fromC = await world.as('owner', (ctx) => getItem(ctx, c.key));
    expect(fromC.links).toEqual([
      expect.objectContaining({ kind: 'parent', direction: 'incoming', key: a.key }),
    ]);
    await world.as('owner', (ctx) =>
      updateItem(ctx, { key: b.key, version: 1, changes: { links: [{ kind: 'relates_to', key: c.key }] } }),
    );
    await world.as('owner', (ctx) =>
      updateItem(ctx, { key: c.key, version: 1, changes: { links: [{ kind: 'relates_to', key: b.key }] } }),
    );
    const related = await world.as('owner', (ctx) => getItem(ctx, c.key));
    expect(related.links.filter((link) => link.kind === 'relates_to')).toEqual([
      expect.objectContaining({ direction: 'outgoing', key: b.key }),
    ]);
  });

  it('counts a comment as activity, and an archive keeps the item out of the list but in its history', async () => {
    const clock = new Date('2027-02-01T10:00:00Z');
    const item = await buildItem(world);
    await commentOnItem(
      world.ctx('stakeholder', () => clock),
      { key: item.key, body: 'Still wanted' },
    );
    const detail = await world.as('owner', (ctx) => getItem(ctx, item.key));
    expect(detail.lastActivityAt).toEqual(clock);
    await world.as('owner', (ctx) => archiveItem(ctx, { key: item.key, reason: 'stale' }));
    const page = await world.as('owner', (ctx) => listItems(ctx, { productKey: 'PAY', limit: 500 }));
    expect(page.items.map((i) => i.key)).not.toContain(item.key);
    const archived = await world.as('owner', (ctx) =>
      listItems(ctx, { productKey: 'PAY', limit: 500, includeArchived: true }),
    );
    expect(archived.items.map((i) => i.key)).toContain(item.key);
    const onlyArchived = await world.as('viewer', (ctx) =>
      listItems(ctx, { productKey: 'PAY', limit: 500, onlyArchived: true }),
    );
    expect(onlyArchived.items.map((i) => i.key)).toContain(item.key);
    expect(onlyArchived.items.every((i) => i.archivedAt !== null)).toBe(true);
  });
});

describe('numberInSearch', () => {
  it('reads a key of this product, or a bare number, as an item number', () => {
    expect(numberInSearch('PAY-12', 'PAY')).toBe(12);
    expect(numberInSearch(' pay-7 ', 'PAY')).toBe(7);
    expect(numberInSearch('12', 'PAY')).toBe(12);
    expect(numberInSearch('SHOP-12', 'PAY')).toBeNull();
    expect(numberInSearch('12 invoices', 'PAY')).toBeNull();
  });
});

describe('prefixQuery', () => {
  it('keeps letters and digits only, as prefixes joined by AND', () => {
    expect(prefixQuery('CSV export')).toBe('CSV:* & export:*');
    expect(prefixQuery("o'neil & <script>")).toBe('o:* & neil:* & script:*');
    expect(prefixQuery('!!!')).toBeNull();
    expect(prefixQuery('façade café')).toBe('façade:* & café:*');
    expect(prefixQuery('"card payment" refund')).toBe('(card <-> payment:*) & refund:*');
    expect(prefixQuery('"unclosed phrase')).toBe('(unclosed <-> phrase:*)');
    expect(prefixQuery('"one" two')).toBe('one:* & two:*');
  });
});
