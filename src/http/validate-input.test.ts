import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem } from '../../test/factories.ts';
import { type Harness, startHarness } from '../../test/http-harness.ts';
import { createRelease } from '../app/releases/manage-releases.ts';

let h: Harness;
let releaseId: string;

beforeAll(async () => {
  h = await startHarness();
  releaseId = (await h.world.as('owner', (ctx) => createRelease(ctx, { productKey: 'PAY', name: 'R1' }))).id;
});
afterAll(() => h.close());

const countOf = async (table: 'items' | 'events' | 'releases' | 'products') =>
  Number(
    (
      await h.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('a NUL or an unpaired surrogate in any text', () => {
  it('is refused in a body field, naming it, and writes nothing', async () => {
    const [items, events] = [await countOf('items'), await countOf('events')];
    const nul = await h.request('owner', {
      method: 'POST',
      url: '/api/products/PAY/items',
      payload: { type: 'story', title: 'a\u0000b' },
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.json()).toEqual({
      error: {
        code: 'invalid_input',
        message: 'title: must not contain a NUL character',
        details: [{ field: 'title', in: 'body', message: 'must not contain a NUL character' }],
      },
    });
    const surrogate = await h.request('owner', {
      method: 'POST',
      url: '/api/products/PAY/items',
      payload: { type: 'story', title: 'Fine', acceptanceCriteria: [{ text: 'ok' }, { text: 'x\ud800' }] },
    });
    expect(surrogate.json().error.details).toEqual([
      { field: 'acceptanceCriteria.1.text', in: 'body', message: 'must not contain an unpaired surrogate' },
    ]);
    expect([await countOf('items'), await countOf('events')]).toEqual([items, events]);
  });

  it('is refused in a product name and a release name, where it answered 500', async () => {
    const products = await countOf('products');
    const product = await h.request('admin', {
      method: 'POST',
      url: '/api/products',
      payload: { key: 'NEW', name: 'x\ud800', description: 'fine' },
    });
    expect(product.json().error.message).toBe('name: must not contain an unpaired surrogate');
    const release = await h.request('owner', {
      method: 'PATCH',
      url: `/api/releases/${releaseId}`,
      payload: { name: 'R\u00002' },
    });
    expect(release.statusCode).toBe(400);
    expect(await countOf('products')).toBe(products);
  });

  it('is refused in a path key and a query value, saying where', async () => {
    const item = await buildItem(h.world);
    const path = await h.request('owner', {
      method: 'DELETE',
      url: `/api/releases/${releaseId}/items/${item.key}%00`,
    });
    expect(path.statusCode).toBe(400);
    expect(path.json().error.details).toEqual([
      { field: 'itemKey', in: 'params', message: 'must not contain a NUL character' },
    ]);
    const query = await h.request('owner', {
      method: 'GET',
      url: '/api/products/PAY/duplicates?title=a%00b',
    });
    expect(query.statusCode).toBe(400);
    expect(query.json().error.details).toEqual([
      { field: 'title', in: 'querystring', message: 'must not contain a NUL character' },
    ]);
  });

  it('is refused in a field name too', async () => {
    const response = await h.request('owner', {
      method: 'POST',
      url: '/api/products/PAY/items',
      payload: { type: 'story', title: 'Fine', wsjf: { 'a\u0000': 1 } },
    });
    expect(response.json().error.details).toEqual([
      { field: 'wsjf."a\\u0000"', in: 'body', message: 'its name must not contain a NUL character' },
    ]);
  });

  it('answers a path that is not valid UTF-8 like any bad input', async () => {
    const response = await h.request('owner', { method: 'GET', url: '/api/items/PAY-1%ED%A0%80' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'invalid_input' });
  });
});

describe('a PATCH with nothing to change', () => {
  it('is refused on every PATCH route, saying so', async () => {
    const item = await buildItem(h.world);
    for (const url of [`/api/items/${item.key}`, '/api/products/PAY', `/api/releases/${releaseId}`]) {
      const response = await h.request('owner', {
        method: 'PATCH',
        url,
        payload: {},
        headers: { 'if-match': '1' },
      });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.message, url).toBe('body: nothing to change: name at least one field');
    }
  });
});

describe('a date', () => {
  it('is refused outside the years 1970 to 2999, where year 0 and year 9999 answered 500', async () => {
    const sprint = await h.request('owner', {
      method: 'POST',
      url: '/api/products/PAY/sprints',
      payload: { startsOn: '0000-01-01', endsOn: '2027-01-15', capacityPoints: 20 },
    });
    expect(sprint.statusCode).toBe(400);
    expect(sprint.json().error.message).toBe('startsOn: must be a day in the years 1970 to 2999');
    const settings = await h.request('owner', {
      method: 'PATCH',
      url: '/api/products/PAY',
      payload: { nextRefinementAt: '0000-01-12T09:00:00Z' },
    });
    expect(settings.json().error.message).toBe('nextRefinementAt: must be in the years 1970 to 2999');
    const notes = await h.request('owner', {
      method: 'GET',
      url: '/api/products/PAY/release-notes?from=1970-01-01&to=9999-12-31',
    });
    expect(notes.json().error.message).toBe('to: must be a day in the years 1970 to 2999');
  });
});
