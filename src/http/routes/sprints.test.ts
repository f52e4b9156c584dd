import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem } from '../../../test/factories.ts';
import { type Harness, startHarness } from '../../../test/http-harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const complete = {
  problem: 'Owners chase late payers by hand',
  serves: 'Small business owners',
  outcome: 'Invoices are paid sooner',
  acceptanceCriteria: [{ text: 'A reminder is sent 3 days before the due date', done: false }],
};

/** Every answer is checked against its declared schema by the server under test. */
describe('sprints over HTTP', () => {
  it('plans, runs and closes a sprint, then forecasts, maps and writes the notes', async () => {
    const created = await h.request('owner', {
      method: 'POST',
      url: '/api/products/PAY/sprints',
      payload: { goal: 'Reminders', startsOn: '2027-01-04', endsOn: '2027-01-15', capacityPoints: 8 },
    });
    expect(created.statusCode).toBe(201);
    const sprint = created.json();
    expect(sprint).toMatchObject({
      goal: 'Reminders',
      startsOn: '2027-01-04',
      state: 'planned',
      summary: null,
    });
    const ready = await buildItem(h.world, { title: 'Send reminders', estimate: 3, ...complete });
    const unready = await buildItem(h.world, { title: 'Reminder wording', estimate: 5 });

    const proposal = await h.request('viewer', { method: 'GET', url: `/api/sprints/${sprint.id}/proposal` });
    expect(proposal.statusCode).toBe(200);
    expect(proposal.json()).toMatchObject({ capacity: 8, alreadyCommitted: 0 });
    expect(proposal.json().proposed).toContain(ready.key);
    expect(proposal.json().skipped).toContainEqual({ key: unready.key, reason: 'not_ready' });

    const committed = await h.request('owner', {
      method: 'POST',
      url: `/api/sprints/${sprint.id}/items`,
      payload: { itemKeys: [ready.key, unready.key] },
    });
    expect(committed.json()).toMatchObject({ committed: [ready.key, unready.key] });
    expect(committed.json().warnings).toEqual([{ key: unready.key, lacks: expect.any(Array) }]);

    const started = await h.request('owner', { method: 'POST', url: `/api/sprints/${sprint.id}/start` });
    expect(started.json()).toMatchObject({ state: 'active', activatedAt: expect.any(String) });
    const moved = await h.request('member', {
      method: 'POST',
      url: `/api/sprints/${sprint.id}/board/move`,
      payload: { itemKey: ready.key, status: 'done' },
    });
    expect(moved.json()).toMatchObject({ key: ready.key, status: 'done' });
    const board = await h.request('viewer', { method: 'GET', url: `/api/sprints/${sprint.id}/board` });
    expect(board.json().cards.map((card: { key: string }) => card.key)).toEqual([ready.key, unready.key]);

    const returned = await h.request('owner', {
      method: 'POST',
      url: `/api/sprints/${sprint.id}/return`,
      payload: { itemKey: unready.key },
    });
    expect(returned.statusCode).toBe(204);
    expect(returned.body).toBe('');
    const closed = await h.request('owner', {
      method: 'POST',
      url: `/api/sprints/${sprint.id}/close`,
      payload: { unfinished: { to: 'backlog', place: 'top' } },
    });
    expect(closed.json()).toMatchObject({
      state: 'closed',
      completedPoints: 3,
      summary: { done: { items: 1, points: 3 }, returned: [], carriedOver: [] },
    });
    const sprints = await h.request('viewer', { method: 'GET', url: '/api/products/PAY/sprints' });
    expect(sprints.json().data[0]).toMatchObject({ id: sprint.id, state: 'closed' });

    const forecast = await h.request('viewer', { method: 'GET', url: '/api/products/PAY/forecast' });
    expect(forecast.json()).toMatchObject({ velocity: 3, basis: 'history' });
    const roadmap = await h.request('stakeholder', { method: 'GET', url: '/api/products/PAY/roadmap' });
    expect(roadmap.json()).toEqual({ now: [], next: expect.any(Array), later: expect.any(Array) });
    const notes = await h.request('viewer', {
      method: 'GET',
      url: `/api/products/PAY/release-notes?sprint=${sprint.id}`,
    });
    expect(notes.headers['content-type']).toContain('text/markdown');
    expect(notes.body).toContain('Send reminders');
  });
});
