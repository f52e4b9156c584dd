import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem } from '../../../test/factories.ts';
import { type Harness, startHarness } from '../../../test/http-harness.ts';
import { dailyRound } from '../../app/custodian/daily.ts';
import { findProductByKey } from '../../app/products/product-queries.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** Every answer is checked against its declared schema by the server under test. */
describe('the custodian over HTTP', () => {
  it('shows the signals and the health trend, runs and undoes the stale rule, changes items in bulk', async () => {
    const untagged = await buildItem(h.world, { title: 'Untagged' });
    const old = await buildItem(h.world, { title: 'Long forgotten', tags: ['billing'] });
    await h.database.db
      .updateTable('items')
      .set({ last_activity_at: new Date('2020-01-15T00:00:00Z') })
      .where('key', '=', old.key)
      .execute();
    const product = await findProductByKey(h.database.db, h.world.productKey);
    await h.world.as('owner', (ctx) => dailyRound(ctx, product.id));

    const view = await h.request('viewer', { method: 'GET', url: '/api/products/PAY/custodian' });
    expect(view.statusCode).toBe(200);
    const signal = view.json().signals.find((s: { name: string }) => s.name === 'untagged');
    expect(signal.items.map((item: { key: string }) => item.key)).toContain(untagged.key);
    expect(view.json().health).toMatchObject({ score: expect.any(Number), isBloated: false });
    const trend = await h.request('viewer', { method: 'GET', url: '/api/products/PAY/health?days=7' });
    expect(trend.json().data).toEqual([
      {
        day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        score: expect.any(Number),
        parts: expect.any(Array),
      },
    ]);

    const stale = await h.request('viewer', { method: 'GET', url: '/api/products/PAY/stale' });
    expect(stale.json().data).toEqual([
      {
        key: old.key,
        title: 'Long forgotten',
        lastActivityAt: '2020-01-15T00:00:00.000Z',
        why: expect.any(String),
      },
    ]);
    const applied = await h.request('owner', {
      method: 'POST',
      url: '/api/products/PAY/stale/apply',
      payload: {},
    });
    expect(applied.json()).toEqual({ runId: expect.any(String), archived: [old.key] });
    const runs = await h.request('viewer', { method: 'GET', url: '/api/products/PAY/stale-runs' });
    expect(runs.json().data[0]).toMatchObject({ archived: [old.key], undoneAt: null });
    const undone = await h.request('owner', {
      method: 'POST',
      url: `/api/stale-runs/${applied.json().runId}/undo`,
    });
    expect(undone.json()).toEqual({ restored: [old.key] });

    const bulk = await h.request('editor', {
      method: 'POST',
      url: '/api/products/PAY/items/bulk',
      payload: { keys: [untagged.key], change: { action: 'tag', tag: 'billing' } },
    });
    expect(bulk.json()).toEqual({ changed: [untagged.key] });
  });
});
