import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, startCliHarness } from '../../test/cli-harness.ts';
import { testDbKind } from '../../test/test-db-config.ts';
import type { Insights } from '../client/ordo-client.ts';

/**
 * Refinement, planning poker, sprints, releases and what they tell, from the terminal: each
 * command's `--json` is the API's own answer. The commands only speak HTTP, so this runs on the
 * embedded database alone.
 */

let c: CliHarness;
let first: string;
let second: string;
let third: string;

beforeAll(async () => {
  c = await startCliHarness();
  const owner = c.client();
  const item = async (title: string, estimate: number | null) =>
    (await owner.createItem('PAY', { type: 'story', title, estimate })).key;
  first = await item('Pay by bank transfer', 5);
  second = await item('Send receipts by mail', 3);
  third = await item('Split a bill', null);
}, 120_000);
afterAll(() => c.close());

describe.skipIf(testDbKind !== 'embedded')('ordo for refinement and delivery', () => {
  it('runs a refinement session with a round of planning poker', async () => {
    const session = (await c.json(['refinement', 'schedule', 'PAY', '--items', `${third},${second}`])) as {
      number: number;
    };
    const number = String(session.number);
    await c.json(['refinement', 'start', 'PAY', number]);
    await c.json(['refinement', 'join', 'PAY', number], { as: 'member' });
    await c.json(['poker', 'start', 'PAY', number, third]);
    await c.json(['poker', 'vote', 'PAY', number, '8'], { as: 'member' });
    const hidden = (await c.json(['poker', 'show', 'PAY', number])) as { votes: { card: string | null }[] };
    expect(hidden.votes).toEqual([{ name: 'member person', card: null }]);
    const revealed = (await c.json(['poker', 'reveal', 'PAY', number])) as { votes: { card: string }[] };
    expect(revealed.votes.map((v) => v.card)).toEqual(['8']);
    const agreed = (await c.json(['poker', 'agree', 'PAY', number, '8'])) as { agreedEstimate: number };
    expect(agreed.agreedEstimate).toBe(8);
    await c.json([
      'refinement',
      'note',
      'PAY',
      number,
      third,
      '--notes',
      'Even split only',
      '--outcome',
      'estimated',
    ]);
    await c.json(['refinement', 'end', 'PAY', number]);
    const shown = (await c.json(['refinement', 'show', 'PAY', number])) as { id: string; state: string };
    expect(shown).toEqual(await c.client().getSession(shown.id));
    expect(shown.state).toBe('ended');
    const check = await c.json(['refinement', 'commitment-check', third]);
    expect(check).toEqual(await c.client().commitmentCheck(third));
  }, 600_000);

  it('plans, runs and closes a sprint, then ships a release with its notes', async () => {
    await c.json([
      'sprints',
      'create',
      'PAY',
      '--starts',
      '2026-12-01',
      '--ends',
      '2026-12-14',
      '--capacity',
      '10',
    ]);
    const sprint = (await c.client().listSprints('PAY')).data[0];
    const proposal = await c.json(['sprints', 'plan', 'PAY', '1']);
    expect(proposal).toEqual(await c.client().sprintProposal(sprint?.id as string));
    const committed = (await c.json(['sprints', 'commit', 'PAY', '1', `${first},${second}`])) as {
      committed: string[];
    };
    expect(committed.committed).toEqual([first, second]);
    await c.json(['sprints', 'start', 'PAY', '1']);
    await c.json(['sprints', 'move', 'PAY', '1', first, '--status', 'done']);
    const board = await c.json(['sprints', 'board', 'PAY', '1']);
    expect(board).toEqual(await c.client().sprintBoard(sprint?.id as string));
    const closed = (await c.json(['sprints', 'close', 'PAY', '1', '--carry-over', 'top'])) as {
      state: string;
      completedPoints: number;
    };
    expect(closed).toMatchObject({ state: 'closed', completedPoints: 5 });
    expect((await c.client().listItems('PAY', { limit: 1 })).data[0]?.key).toBe(second);
    expect(await c.json(['sprints', 'forecast', 'PAY'])).toEqual(await c.client().forecast('PAY'));

    await c.json(['releases', 'create', 'PAY', '2027.1', '--target', '2027-01-31']);
    const planned = (await c.json(['releases', 'add', 'PAY', '2027.1', `${first},${second}`])) as {
      planned: string[];
    };
    expect(planned.planned.sort()).toEqual([first, second].sort());
    await c.json(['releases', 'remove', 'PAY', '2027.1', second]);
    const shipped = (await c.json(['releases', 'edit', 'PAY', '2027.1', '--shipped', '2026-12-02'])) as {
      id: string;
      shippedOn: string;
    };
    expect(shipped.shippedOn).toBe('2026-12-02');
    const releases = (await c.json(['releases', 'list', 'PAY'])) as { items: number }[];
    expect(releases).toEqual(await c.client().releases('PAY'));
    expect(releases[0]?.items).toBe(1);
    expect(await c.json(['releases', 'burn-up', 'PAY', '2027.1'])).toEqual(
      await c.client().releaseBurnUp(shipped.id),
    );
    const notes = await c.ordo(['releases', 'notes', 'PAY', '--release', '2027.1']);
    expect(notes.stdout).toContain('Pay by bank transfer');
    expect(notes.stdout).not.toContain('Send receipts by mail');
  }, 600_000);

  it('shows the roadmap and the insights as the API tells them', async () => {
    expect(await c.json(['roadmap', 'PAY'])).toEqual(await c.client().roadmap('PAY'));
    // The cumulative flow ends at the moment of asking: the one field two answers cannot share.
    const withoutNow = ({ cumulativeFlow, ...insights }: Insights) => ({
      ...insights,
      cumulativeFlow: cumulativeFlow.slice(0, -1),
    });
    const insights = (await c.json(['insights', 'PAY', '--weeks', '4'])) as Insights;
    expect(withoutNow(insights)).toEqual(withoutNow(await c.client().insights('PAY', 4)));
    const text = await c.ordo(['insights', 'PAY']);
    expect(text.stdout).toContain('Velocity (completed of committed):');
  }, 600_000);
});
