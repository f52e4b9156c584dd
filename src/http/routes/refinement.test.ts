import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem } from '../../../test/factories.ts';
import { type Harness, startHarness } from '../../../test/http-harness.ts';

let h: Harness;
let baseUrl: string;

beforeAll(async () => {
  h = await startHarness();
  baseUrl = await h.app.listen({ port: 0, host: '127.0.0.1' });
  await h.request('owner', { method: 'PATCH', url: '/api/products/PAY', payload: { velocityPoints: 10 } });
});
afterAll(() => h.close());

const ok = async (
  role: Parameters<Harness['request']>[0],
  options: Parameters<Harness['request']>[1],
  status = 200,
) => {
  const response = await h.request(role, options);
  expect(response.statusCode, `${options.method} ${options.url}: ${response.body}`).toBe(status);
  return response.statusCode === 204 ? null : response.json();
};

const complete = {
  problem: 'Owners chase late payers by hand',
  serves: 'Small business owners',
  outcome: 'Invoices are paid sooner',
  acceptanceCriteria: [{ text: 'A reminder is sent 3 days before the due date', done: false }],
};

/** Collects the raw text of the product's live stream while `work` runs. */
async function streamDuring(role: 'member', work: () => Promise<void>): Promise<string> {
  const sessionCookie = (
    await h.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: h.world.actors[role].email, password: 'correct horse battery' },
    })
  ).cookies.find((c) => c.name === 'ordo_session');
  const stream = await fetch(`${baseUrl}/api/products/PAY/events`, {
    headers: { cookie: `ordo_session=${sessionCookie?.value}` },
  });
  const reader = stream.body?.getReader();
  let text = '';
  const reading = (async () => {
    for (;;) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) return;
      text += new TextDecoder().decode(chunk.value);
    }
  })();
  await work();
  await new Promise((resolve) => setTimeout(resolve, 300));
  await reader?.cancel();
  await reading.catch(() => {});
  return text;
}

describe('a refinement session, from agenda to summary', () => {
  it('proposes the top items that are not ready, runs poker with hidden votes, and sums up', async () => {
    const ready = await buildItem(h.world, { title: 'Ready already', estimate: 5, ...complete });
    const thin = await buildItem(h.world, { title: 'Send reminders for unpaid invoices' });
    const big = await buildItem(h.world, {
      title: 'Rebuild the whole invoicing engine',
      ...complete,
      estimate: 40,
    });
    const stale = await buildItem(h.world, { title: 'An idea nobody wants any more' });

    const scheduled = await ok(
      'editor',
      { method: 'POST', url: '/api/products/PAY/refinement-sessions', payload: {} },
      201,
    );
    const session = await ok('member', { method: 'GET', url: `/api/refinement-sessions/${scheduled.id}` });
    const agendaKeys = session.agenda.map((entry: { item: { key: string } }) => entry.item.key);
    expect(agendaKeys).toEqual([thin.key, stale.key]);
    expect(agendaKeys).not.toContain(ready.key);
    expect(session.agenda[0].lacks.map((l: { check: string }) => l.check)).toEqual([
      'problem',
      'serves',
      'outcome',
      'criteria',
      'estimate',
    ]);

    await ok('editor', {
      method: 'PUT',
      url: `/api/refinement-sessions/${scheduled.id}/agenda`,
      payload: { itemKeys: [thin.key, big.key, stale.key] },
    });
    await ok('owner', { method: 'POST', url: `/api/refinement-sessions/${scheduled.id}/start` });
    await ok('member', { method: 'POST', url: `/api/refinement-sessions/${scheduled.id}/join` });
    await ok('editor', { method: 'POST', url: `/api/refinement-sessions/${scheduled.id}/join` });

    // Clarify the thin item together.
    await ok('editor', {
      method: 'PATCH',
      url: `/api/items/${thin.key}`,
      payload: complete,
      headers: { 'if-match': '1' },
    });
    await ok(
      'owner',
      {
        method: 'PUT',
        url: `/api/refinement-sessions/${scheduled.id}/items/${thin.key}`,
        payload: { notes: 'Agreed: email only', outcome: 'clarified' },
      },
      204,
    );
    // The agenda can change while the session runs (an item added after another) and keeps what
    // was noted on the items already on it.
    const added = await buildItem(h.world, { title: 'Added during the session' });
    await ok('owner', {
      method: 'PUT',
      url: `/api/refinement-sessions/${scheduled.id}/agenda`,
      payload: { itemKeys: [thin.key, added.key, big.key, stale.key] },
    });
    const during = await ok('member', { method: 'GET', url: `/api/refinement-sessions/${scheduled.id}` });
    expect(during.agenda.map((entry: { item: { key: string } }) => entry.item.key)).toEqual([
      thin.key,
      added.key,
      big.key,
      stale.key,
    ]);
    expect(during.agenda[0]).toMatchObject({ notes: 'Agreed: email only', outcome: 'clarified' });
    await ok('owner', {
      method: 'PUT',
      url: `/api/refinement-sessions/${scheduled.id}/agenda`,
      payload: { itemKeys: [thin.key, big.key, stale.key] },
    });

    // Planning poker with three voters; no card is visible before the reveal.
    const round = await ok(
      'owner',
      {
        method: 'POST',
        url: `/api/refinement-sessions/${scheduled.id}/poker`,
        payload: { itemKey: thin.key },
      },
      201,
    );
    const stream = await streamDuring('member', async () => {
      await ok('owner', { method: 'PUT', url: `/api/poker-rounds/${round.id}/vote`, payload: { card: '5' } });
      await ok('editor', {
        method: 'PUT',
        url: `/api/poker-rounds/${round.id}/vote`,
        payload: { card: '8' },
      });
      const mine = await ok('member', {
        method: 'PUT',
        url: `/api/poker-rounds/${round.id}/vote`,
        payload: { card: '13' },
      });
      expect(mine.myCard).toBe('13');
      expect(mine.votes.map((v: { card: string | null }) => v.card)).toEqual([null, null, null]);
      const asOwner = await ok('owner', { method: 'GET', url: `/api/poker-rounds/${round.id}` });
      expect(asOwner.votes.map((v: { card: string | null }) => v.card)).toEqual([null, null, null]);
      expect(asOwner.summary).toBeNull();
      const sessionView = JSON.stringify(
        await ok('viewer', { method: 'GET', url: `/api/refinement-sessions/${scheduled.id}` }),
      );
      expect(sessionView).not.toMatch(/"card":"(5|8|13)"/);
    });
    expect(stream).toContain('poker.voted');
    expect(stream).not.toContain('"card"');

    const revealed = await ok('owner', { method: 'POST', url: `/api/poker-rounds/${round.id}/reveal` });
    expect(revealed.votes.map((v: { card: string }) => v.card)).toEqual(['5', '8', '13']);
    expect(revealed.summary).toMatchObject({ votes: 3, lowest: 5, highest: 13, isUnanimous: false });
    const again = await ok('owner', { method: 'POST', url: `/api/poker-rounds/${round.id}/revote` });
    expect(again.votes).toEqual([]);
    for (const role of ['owner', 'editor', 'member'] as const) {
      await ok(role, { method: 'PUT', url: `/api/poker-rounds/${round.id}/vote`, payload: { card: '8' } });
    }
    await ok('owner', { method: 'POST', url: `/api/poker-rounds/${round.id}/reveal` });
    await ok('owner', {
      method: 'POST',
      url: `/api/poker-rounds/${round.id}/agree`,
      payload: { estimate: 8 },
    });
    const estimated = await ok('viewer', { method: 'GET', url: `/api/items/${thin.key}` });
    expect(estimated).toMatchObject({ estimate: 8, readiness: { isReady: true } });
    // The table also clarified it: the summary still counts it as estimated.
    await ok(
      'owner',
      {
        method: 'PUT',
        url: `/api/refinement-sessions/${scheduled.id}/items/${thin.key}`,
        payload: { outcome: 'clarified' },
      },
      204,
    );

    // Split the big one, archive the stale one.
    const split = await ok('editor', {
      method: 'POST',
      url: `/api/items/${big.key}/split`,
      payload: {
        parts: [
          { title: 'New invoice numbering', estimate: 8 },
          { title: 'New invoice PDF layout', estimate: 13 },
        ],
      },
      headers: { 'if-match': '1' },
    });
    expect(split.data).toHaveLength(2);
    await ok(
      'owner',
      {
        method: 'PUT',
        url: `/api/refinement-sessions/${scheduled.id}/items/${big.key}`,
        payload: { outcome: 'split' },
      },
      204,
    );
    await ok('owner', { method: 'DELETE', url: `/api/items/${stale.key}`, payload: { reason: 'obsolete' } });
    await ok(
      'owner',
      {
        method: 'PUT',
        url: `/api/refinement-sessions/${scheduled.id}/items/${stale.key}`,
        payload: { outcome: 'archived' },
      },
      204,
    );

    const ended = await ok('owner', { method: 'POST', url: `/api/refinement-sessions/${scheduled.id}/end` });
    expect(ended.summary).toMatchObject({
      discussed: 3,
      outcomes: { clarified: 1, estimated: 1, split: 1, archived: 1 },
      nowReady: 1,
    });
    expect(ended.summary.readyPoints).toBe(5 + 8 + 8);
    expect(ended.summary.sprintsOfReadyWork).toBe(2.1);
    const history = await ok('viewer', { method: 'GET', url: '/api/products/PAY/refinement-sessions' });
    expect(history.data[0]).toMatchObject({ id: scheduled.id, state: 'ended' });
    const thinHistory = await ok('viewer', { method: 'GET', url: `/api/items/${thin.key}/history` });
    expect(thinHistory.data.map((e: { kind: string }) => e.kind)).toContain('refinement.noted');
  });

  it('keeps the requesters, links and history of a split item', async () => {
    const other = await buildItem(h.world, { title: 'Related work' });
    const item = await buildItem(h.world, {
      title: 'Everything about exports',
      requesters: [{ name: 'Ana', email: 'ana@example.com' }, { name: 'Bo' }],
      links: [{ kind: 'blocks', key: other.key }],
    });
    const split = await ok('owner', {
      method: 'POST',
      url: `/api/items/${item.key}/split`,
      payload: { parts: [{ title: 'CSV export' }, { title: 'PDF export' }, { title: 'Excel export' }] },
      headers: { 'if-match': '1' },
    });
    expect(split.data.map((p: { title: string }) => p.title)).toEqual([
      'CSV export',
      'PDF export',
      'Excel export',
    ]);
    expect(split.data[0].key).toBe(item.key);
    for (const part of split.data.slice(1)) {
      const detail = await ok('viewer', { method: 'GET', url: `/api/items/${part.key}` });
      expect(detail.requesters.map((r: { name: string }) => r.name)).toEqual(['Ana', 'Bo']);
      expect(detail.links).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'blocks', key: other.key }),
          expect.objectContaining({ kind: 'relates_to', key: item.key }),
        ]),
      );
    }
    const keys = (await ok('owner', { method: 'GET', url: '/api/products/PAY/items?limit=500' })).data.map(
      (i: { key: string }) => i.key,
    );
    const at = keys.indexOf(item.key);
    expect(keys.slice(at, at + 3)).toEqual(split.data.map((p: { key: string }) => p.key));
    const history = await ok('viewer', { method: 'GET', url: `/api/items/${item.key}/history` });
    expect(history.data.map((e: { kind: string }) => e.kind)).toEqual([
      'item.split',
      'item.updated',
      'item.created',
    ]);
  });
});

describe('order by score', () => {
  it('previews the proposed order without changing it, then applies part of it', async () => {
    await h.request('owner', { method: 'PATCH', url: '/api/products/PAY', payload: {} });
    const rows = (await ok('owner', { method: 'GET', url: '/api/products/PAY/items?limit=500' })).data;
    for (const row of rows)
      await h.request('owner', {
        method: 'DELETE',
        url: `/api/items/${row.key}`,
        payload: { reason: 'obsolete' },
      });
    const low = await buildItem(h.world, {
      title: 'Low value',
      wsjf: { businessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 3 },
    });
    const high = await buildItem(h.world, {
      title: 'High value',
      wsjf: { businessValue: 13, timeCriticality: 8, riskReduction: 3, jobSize: 3 },
    });
    const mid = await buildItem(h.world, {
      title: 'Mid value',
      wsjf: { businessValue: 5, timeCriticality: 5, riskReduction: 2, jobSize: 3 },
    });
    const unscored = await buildItem(h.world, { title: 'Not scored' });
    const order = async () =>
      (await ok('owner', { method: 'GET', url: '/api/products/PAY/items?limit=500' })).data.map(
        (i: { key: string }) => i.key,
      );
    const before = await order();
    const preview = await ok('viewer', { method: 'GET', url: '/api/products/PAY/score-order?by=wsjf' });
    expect(preview.data.map((p: { key: string }) => p.key)).toEqual([
      high.key,
      mid.key,
      low.key,
      unscored.key,
    ]);
    expect(preview.data[0]).toMatchObject({ score: 8, from: 1, to: 0 });
    expect(await order()).toEqual(before);
    await ok(
      'viewer',
      { method: 'POST', url: '/api/products/PAY/score-order/apply', payload: { by: 'wsjf' } },
      403,
    );
    const applied = await ok('owner', {
      method: 'POST',
      url: '/api/products/PAY/score-order/apply',
      payload: { by: 'wsjf', keys: [high.key] },
    });
    expect(applied.moved).toEqual([high.key]);
    expect(await order()).toEqual([high.key, low.key, mid.key, unscored.key]);
    await ok('owner', {
      method: 'POST',
      url: '/api/products/PAY/score-order/apply',
      payload: { by: 'wsjf' },
    });
    expect(await order()).toEqual([high.key, mid.key, low.key, unscored.key]);
    const moves = await ok('viewer', { method: 'GET', url: `/api/items/${high.key}/history` });
    expect(moves.data[0]).toMatchObject({ kind: 'item.moved', data: { reason: 'Ordered by WSJF score' } });
  });

  it('tells sprint planning whether an item is ready, and whether the product refuses it', async () => {
    const item = await buildItem(h.world, { title: 'Thin item' });
    expect(
      await ok('viewer', { method: 'GET', url: `/api/items/${item.key}/commitment-check` }),
    ).toMatchObject({ isReady: false, isRefused: false });
    await ok('owner', {
      method: 'PATCH',
      url: '/api/products/PAY',
      payload: { refuseUnreadyCommitment: true },
    });
    expect(
      await ok('viewer', { method: 'GET', url: `/api/items/${item.key}/commitment-check` }),
    ).toMatchObject({ isReady: false, isRefused: true });
  });
});
