import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem, buildSprint } from '../../../test/factories.ts';
import { type Harness, startHarness } from '../../../test/http-harness.ts';
import { commitToSprint } from '../../app/sprints/plan-sprint.ts';
import { startSprint } from '../../app/sprints/run-sprint.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** The answer is checked against its declared schema by the server under test. */
describe('insights over HTTP', () => {
  it('draws progress and flow, with the active sprint’s burn-up', async () => {
    const sprint = await buildSprint(h.world);
    const item = await buildItem(h.world, { estimate: 2 });
    await h.world.as('owner', (ctx) => commitToSprint(ctx, { sprintId: sprint.id, itemKeys: [item.key] }));
    await h.world.as('owner', (ctx) => startSprint(ctx, sprint.id));
    const insights = await h.request('stakeholder', {
      method: 'GET',
      url: '/api/products/PAY/insights?weeks=4',
    });
    expect(insights.statusCode).toBe(200);
    const body = insights.json();
    expect(body.burnUp.sprint).toBe(sprint.name);
    expect(body.cumulativeFlow).toHaveLength(4);
    expect(body.throughput[0].byType).toMatchObject({
      story: expect.any(Number),
      compliance: expect.any(Number),
    });
    expect(body.requests.customer).toEqual({ new: 0, needs_info: 0, accepted: 0, merged: 0, declined: 0 });
  });
});
