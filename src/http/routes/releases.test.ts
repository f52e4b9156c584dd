import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem } from '../../../test/factories.ts';
import { type Harness, startHarness } from '../../../test/http-harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const releaseCount = async () =>
  (await h.request('owner', { method: 'GET', url: '/api/products/PAY/releases' })).json().data.length;

describe('releases over HTTP', () => {
  it('creates, plans, ships and draws a release, and shows it on the item', async () => {
    const created = await h.request('editor', {
      method: 'POST',
      url: '/api/products/PAY/releases',
      payload: { name: 'Spring', targetDate: '2027-04-30' },
    });
    expect(created.statusCode).toBe(201);
    const release = created.json();
    const item = await buildItem(h.world, { estimate: 3 });
    const planned = await h.request('editor', {
      method: 'POST',
      url: `/api/releases/${release.id}/items`,
      payload: { itemKeys: [item.key] },
    });
    expect(planned.json()).toEqual({ planned: [item.key] });
    const detail = await h.request('viewer', { method: 'GET', url: `/api/items/${item.key}` });
    expect(detail.json().release).toEqual({ id: release.id, name: 'Spring' });
    const burnUp = await h.request('stakeholder', {
      method: 'GET',
      url: `/api/releases/${release.id}/burn-up`,
    });
    expect(burnUp.json().series.at(-1)).toMatchObject({ scope: 3, done: 0 });
    const shipped = await h.request('owner', {
      method: 'PATCH',
      url: `/api/releases/${release.id}`,
      payload: { shippedOn: '2027-04-28' },
    });
    expect(shipped.json()).toMatchObject({ name: 'Spring', shippedOn: '2027-04-28' });
    const out = await h.request('owner', {
      method: 'DELETE',
      url: `/api/releases/${release.id}/items/${item.key}`,
    });
    expect(out.statusCode).toBe(204);
    const notes = await h.request('viewer', {
      method: 'GET',
      url: `/api/products/PAY/release-notes?release=${release.id}`,
    });
    expect(notes.body).toContain('# ');
  });

  it('answers bad input with a 4xx naming the field, and writes nothing', async () => {
    const before = await releaseCount();
    const cases = [
      { payload: {}, field: 'name' },
      { payload: { name: '   ' }, field: 'name' },
      { payload: { name: 'x'.repeat(81) }, field: 'name' },
      { payload: { name: 'Dated', targetDate: '30/04/2027' }, field: 'targetDate' },
      { payload: { name: 'Extra', colour: 'red' }, field: '' },
    ];
    for (const { payload, field } of cases) {
      const response = await h.request('owner', {
        method: 'POST',
        url: '/api/products/PAY/releases',
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.body).toContain(field);
    }
    const notAnId = await h.request('owner', { method: 'GET', url: '/api/releases/nope/burn-up' });
    expect(notAnId.statusCode).toBe(400);
    expect(notAnId.body).toContain('releaseId');
    const unknown = await h.request('owner', {
      method: 'GET',
      url: '/api/releases/00000000-0000-4000-8000-000000000000/burn-up',
    });
    expect(unknown.statusCode).toBe(404);
    expect(await releaseCount()).toBe(before);
  });
});
