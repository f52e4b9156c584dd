import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, startCliHarness } from '../../test/cli-harness.ts';
import { testDbKind } from '../../test/test-db-config.ts';

/**
 * Intake, triage and the work on items from the terminal: each command's `--json` is the API's
 * own answer. The commands only speak HTTP, so this runs on the embedded database alone.
 */

let c: CliHarness;
const keys: Record<string, string> = {};

beforeAll(async () => {
  c = await startCliHarness();
  const owner = c.client();
  for (const [name, title] of [
    ['export', 'Export invoices as CSV'],
    ['totals', 'Totals off by a cent'],
    ['refunds', 'Refund a card payment'],
  ] as const) {
    keys[name] = (await owner.createItem('PAY', { type: 'story', title, estimate: 3 })).key;
  }
  const stakeholder = c.client('stakeholder');
  for (const title of ['Dark mode', 'CSV export please', 'A report for the bank', 'Fax invoices']) {
    keys[title] = (await stakeholder.submitRequest('PAY', { title })).request.key;
  }
}, 120_000);
afterAll(() => c.close());

describe.skipIf(testDbKind !== 'embedded')('ordo for triage and items', () => {
  it('triages the inbox: accept, merge, ask and reply, then declines many at once', async () => {
    const inbox = (await c.json(['triage', 'inbox', 'PAY'])) as { data: { key: string }[] };
    expect(inbox).toEqual(await c.client().triageInbox('PAY'));
    expect(inbox.data.map((r) => r.key)).toContain(keys['Dark mode']);

    const accepted = (await c.json([
      'triage',
      'accept',
      keys['Dark mode'] as string,
      '--type',
      'story',
      '--top',
    ])) as {
      item: { key: string };
    };
    expect((await c.client().listItems('PAY', { limit: 1 })).data[0]?.key).toBe(accepted.item.key);

    const merged = (await c.json([
      'triage',
      'merge',
      keys['CSV export please'] as string,
      keys.export as string,
    ])) as {
      item: { key: string; demand: number };
    };
    expect(merged.item.key).toBe(keys.export);

    await c.json(['triage', 'ask', keys['A report for the bank'] as string, 'Which bank?']);
    const replied = (await c.json(['requests', 'reply', keys['A report for the bank'] as string, 'Ours'], {
      as: 'stakeholder',
    })) as { messages: { body: string }[] };
    expect(replied.messages.map((m) => m.body)).toEqual(['Which bank?', 'Ours']);

    const bulk = ['triage', 'bulk', 'PAY', `${keys['A report for the bank']},${keys['Fax invoices']}`];
    const unasked = await c.ordo([...bulk, '--decline', 'Out of scope']);
    expect(unasked.code).toBe(1);
    expect(unasked.stderr).toContain('--yes');
    const declined = (await c.json([...bulk, '--decline', 'Out of scope', '--yes'])) as {
      data: { state: string }[];
    };
    expect(declined.data.map((r) => r.state)).toEqual(['declined', 'declined']);

    const shown = await c.json(['requests', 'show', keys['Fax invoices'] as string]);
    expect(shown).toEqual(await c.client().getRequest(keys['Fax invoices'] as string));
    const text = await c.ordo(['triage', 'count', 'PAY']);
    expect(text.stdout).toContain('0 waiting');
  }, 600_000);

  it('comments, watches, links, archives and restores, splits and changes many items', async () => {
    const exportKey = keys.export as string;
    const totals = keys.totals as string;
    const refunds = keys.refunds as string;
    await c.json(['items', 'comment', exportKey, 'Finance says CSV is enough'], { as: 'member' });
    expect(await c.json(['items', 'watch', exportKey], { as: 'stakeholder' })).toEqual({ watching: true });
    await c.json(['items', 'link', exportKey, 'blocks', totals]);
    const shown = (await c.json(['items', 'show', exportKey])) as { links: unknown[]; comments: unknown[] };
    expect(shown).toEqual(await c.client().getItem(exportKey));
    expect(shown.links).toContainEqual(expect.objectContaining({ kind: 'blocks', key: totals }));
    expect(shown.comments).toHaveLength(1);

    const unasked = await c.ordo(['items', 'archive', totals]);
    expect(unasked.code).toBe(1);
    const archived = (await c.json(['items', 'archive', totals, '--reason', 'duplicate', '--yes'])) as {
      archivedAt: string | null;
    };
    expect(archived.archivedAt).not.toBeNull();
    await c.json(['items', 'restore', totals]);

    const split = (await c.json([
      'items',
      'split',
      refunds,
      '--part',
      'Refund in full',
      '--part',
      'Refund in part',
    ])) as {
      data: { title: string }[];
    };
    expect(split.data.map((i) => i.title)).toEqual(['Refund in full', 'Refund in part']);
    const changed = await c.json([
      'items',
      'bulk',
      'PAY',
      `${exportKey},${totals}`,
      '--tag',
      'billing',
      '--yes',
    ]);
    expect(changed).toEqual({ changed: [exportKey, totals] });

    const history = await c.json(['items', 'history', exportKey]);
    expect(history).toEqual(await c.client().history(exportKey));
  }, 600_000);

  it('scores items and orders the backlog by WSJF', async () => {
    const totals = keys.totals as string;
    const scored = (await c.json([
      'scoring',
      'set',
      totals,
      '--business-value',
      '20',
      '--time-criticality',
      '20',
      '--risk-reduction',
      '10',
    ])) as { key: string };
    expect(scored.key).toBe(totals);
    await c.json(['scoring', 'set', totals, '--job-size', '1', '--moscow', 'must']);
    const preview = await c.json(['scoring', 'preview', 'PAY', '--by', 'wsjf']);
    expect(preview).toEqual(await c.client().previewScoreOrder('PAY', 'wsjf'));
    const applied = (await c.json(['scoring', 'apply', 'PAY', '--by', 'wsjf', '--yes'])) as {
      moved: string[];
    };
    expect(applied.moved).toContain(totals);
    expect((await c.client().listItems('PAY', { limit: 1 })).data[0]?.key).toBe(totals);
  }, 600_000);
});
