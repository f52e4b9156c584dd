import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../../test/http-harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('requests from people with accounts', () => {
  it('counts the inbox, shows the conversation in it, and lets the requester answer in the app', async () => {
    const submitted = await h.request('stakeholder', {
      method: 'POST',
      url: '/api/products/PAY/requests',
      payload: { title: 'Invoices in Spanish', accountsAffected: 2, urgency: 'medium' },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const key = submitted.json().request.key as string;
    expect(
      (await h.request('owner', { method: 'GET', url: '/api/products/PAY/requests/count' })).json(),
    ).toEqual({ waiting: 1, oldestDays: 0 });
    expect(
      (await h.request('stakeholder', { method: 'GET', url: '/api/products/PAY/requests/count' })).statusCode,
    ).toBe(403);

    await h.request('editor', {
      method: 'POST',
      url: `/api/requests/${key}/ask`,
      payload: { message: 'For which countries?' },
    });
    const own = await h.request('stakeholder', { method: 'GET', url: `/api/requests/${key}` });
    expect(own.json()).toMatchObject({ state: 'needs_info', decisionNote: 'For which countries?' });
    expect(own.json()).not.toHaveProperty('requester');
    expect((await h.request('member', { method: 'GET', url: `/api/requests/${key}` })).statusCode).toBe(404);
    expect(
      (
        await h.request('member', {
          method: 'POST',
          url: `/api/requests/${key}/replies`,
          payload: { body: 'Spain' },
        })
      ).statusCode,
    ).toBe(404);

    const answered = await h.request('stakeholder', {
      method: 'POST',
      url: `/api/requests/${key}/replies`,
      payload: { body: 'Spain and Mexico' },
    });
    expect(answered.statusCode, answered.body).toBe(201);
    const inbox = (await h.request('owner', { method: 'GET', url: '/api/products/PAY/requests' })).json()
      .data;
    expect(inbox[0]).toMatchObject({
      key,
      state: 'new',
      accountsAffected: 2,
      messages: [
        { from: 'team', body: 'For which countries?' },
        { from: 'requester', body: 'Spain and Mexico' },
      ],
    });
    const full = await h.request('owner', { method: 'GET', url: `/api/requests/${key}` });
    expect(full.json()).toMatchObject({ key, requester: { hasAccount: true }, status: { state: 'new' } });
  });
});
