import { parse } from 'csv-parse/sync';
import { generateNKeysBetween } from 'fractional-indexing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem } from '../../../test/factories.ts';
import { type Harness, startHarness } from '../../../test/http-harness.ts';
import { defaultBacklogColumns, exportPageSize } from '../../domain/export.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await buildItem(h.world, {
    title: 'Refunds, "partial" ones\nand whole',
    tags: ['billing', 'refunds'],
    estimate: 5,
  });
  await buildItem(h.world, { title: '=HYPERLINK("http://evil.example")', type: 'bug', tags: ['billing'] });
  await buildItem(h.world, { title: 'Éclair café ☕ 日本', source: 'customer' });
  // More than a page of items, written straight in: the export must read page after page.
  const product = await h.database.db
    .selectFrom('products')
    .select(['id', 'next_item_number'])
    .where('key', '=', 'PAY')
    .executeTakeFirstOrThrow();
  const last = await h.database.db
    .selectFrom('items')
    .select('rank')
    .orderBy('rank', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const count = exportPageSize + 50;
  const ranks = generateNKeysBetween(last.rank, null, count);
  await h.database.db
    .insertInto('items')
    .values(
      ranks.map((rank, i) => ({
        product_id: product.id,
        number: product.next_item_number + i,
        key: `PAY-${product.next_item_number + i}`,
        type: 'task' as const,
        title: `Bulk ${i}`,
        source: 'internal' as const,
        rank,
        acceptance_criteria: '[]',
        updated_at: new Date(),
        last_activity_at: new Date(),
      })),
    )
    .execute();
  await h.database.db
    .updateTable('products')
    .set({ next_item_number: product.next_item_number + count })
    .where('id', '=', product.id)
    .execute();
});
afterAll(() => h.close());

/** Every key of the backlog in its order, as the list answers it. */
async function listedKeys(query = ''): Promise<string[]> {
  const keys: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { data: { key: string }[]; next: string | null } = (
      await h.request('viewer', {
        method: 'GET',
        url: `/api/products/PAY/items?limit=500${query}${cursor ? `&cursor=${cursor}` : ''}`,
      })
    ).json();
    keys.push(...page.data.map((item: { key: string }) => item.key));
    cursor = page.next;
  } while (cursor);
  return keys;
}

describe('the backlog export', () => {
  it('writes CSV a parser reads back: every item of the list, in its order, lists in one cell', async () => {
    const response = await h.request('viewer', {
      method: 'GET',
      url: '/api/products/PAY/export?columns=key,title,tags,estimate,ready',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="PAY-backlog-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.body.startsWith('\uFEFF')).toBe(false);
    const rows: Record<string, string>[] = parse(response.body, { columns: true });
    expect(rows.map((row) => row.key)).toEqual(await listedKeys());
    expect(rows.length).toBeGreaterThan(exportPageSize);
    const refunds = rows.find((row) => row.title?.startsWith('Refunds'));
    expect(refunds).toMatchObject({
      title: 'Refunds, "partial" ones\nand whole',
      tags: 'billing; refunds',
      estimate: '5',
      ready: 'no',
    });
    // A formula is written as text.
    expect(rows.some((row) => row.title === `'=HYPERLINK("http://evil.example")`)).toBe(true);
    expect(rows.some((row) => row.title === 'Éclair café ☕ 日本')).toBe(true);
  });

  it('starts with a byte-order mark for Excel when asked, and keeps the view’s filters and order', async () => {
    const response = await h.request('viewer', {
      method: 'GET',
      url: '/api/products/PAY/export?bom=true&tag=billing&sort=demand',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows: Record<string, string>[] = parse(response.body, { columns: true, bom: true });
    expect(Object.keys(rows[0] ?? {})).toEqual(defaultBacklogColumns);
    expect(rows.map((row) => row.key)).toEqual(await listedKeys('&tag=billing&sort=demand'));
    expect(rows).toHaveLength(2);
  });

  it('writes a JSON array of the chosen columns, typed', async () => {
    const response = await h.request('viewer', {
      method: 'GET',
      url: '/api/products/PAY/export?format=json&columns=key,tags,estimate,createdAt&q=refunds',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/\.json"$/);
    const items = response.json();
    expect(items).toEqual([
      { key: expect.any(String), tags: ['billing', 'refunds'], estimate: 5, createdAt: expect.any(String) },
    ]);
    const none = await h.request('viewer', {
      method: 'GET',
      url: '/api/products/PAY/export?format=json&q=nothingmatches',
    });
    expect(none.json()).toEqual([]);
  });

  it('refuses what it cannot write, naming it, and what the person may not see', async () => {
    const column = await h.request('viewer', {
      method: 'GET',
      url: '/api/products/PAY/export?columns=key,secret',
    });
    expect(column.statusCode).toBe(400);
    expect(column.json().error.message).toContain('columns');
    const format = await h.request('viewer', { method: 'GET', url: '/api/products/PAY/export?format=xlsx' });
    expect(format.statusCode).toBe(400);
    expect((await h.request('stranger', { method: 'GET', url: '/api/products/PAY/export' })).statusCode).toBe(
      404,
    );
    expect((await h.request(null, { method: 'GET', url: '/api/products/PAY/export' })).statusCode).toBe(401);
  });
});
