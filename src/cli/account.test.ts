import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, startCliHarness } from '../../test/cli-harness.ts';
import { testDbKind } from '../../test/test-db-config.ts';

/**
 * One's own account, the workspace and a product's settings from the terminal: each command's
 * `--json` is the API's own answer. The commands only speak HTTP, so this runs on the embedded
 * database alone.
 */

let c: CliHarness;

beforeAll(async () => {
  c = await startCliHarness();
}, 120_000);
afterAll(() => c.close());

describe.skipIf(testDbKind !== 'embedded')('ordo for accounts, the workspace and settings', () => {
  it('shows who you are and changes your profile', async () => {
    const editor = c.client('editor');
    expect(await c.json(['whoami'], { as: 'editor' })).toEqual(await editor.me());
    const edited = (await c.json(['profile', 'edit', '--mail-digest', 'off'], { as: 'editor' })) as {
      mailDigest: boolean;
    };
    expect(edited.mailDigest).toBe(false);

    const profile = await c.json(['profile', 'show'], { as: 'editor' });
    expect(profile).toEqual(await editor.getProfile());
  }, 600_000);

  it('sets up people, the workspace and a product’s settings, and asks before archiving', async () => {
    expect(await c.json(['setup', '--check', '--url', c.baseUrl])).toEqual({ isSetUp: true });
    const workspace = await c.json(['workspace', 'edit', '--name', 'Tally'], { as: 'admin' });
    expect(workspace).toEqual(await c.client('admin').getWorkspace());
    await c.json(['people', 'create', 'kim@tally.example', '--name', 'Kim', '--password-stdin'], {
      as: 'admin',
      input: 'a long enough password\n',
    });
    const kim = (await c.json(['people', 'edit', 'kim@tally.example', '--admin', 'on'], { as: 'admin' })) as {
      isAdmin: boolean;
    };
    expect(kim.isAdmin).toBe(true);

    const edited = (await c.json([
      'products',
      'edit',
      'PAY',
      '--ready',
      'problem,estimate',
      '--ready-min-criteria',
      '2',
      '--public-intake',
      'on',
      '--stale-quarters',
      '2',
    ])) as { definitionOfReady: Record<string, unknown>; staleRule: { quarters: number } };
    expect(edited.definitionOfReady).toMatchObject({
      problem: true,
      estimate: true,
      outcome: false,
      minCriteria: 2,
    });
    expect(edited.staleRule.quarters).toBe(2);
    expect(await c.json(['products', 'show', 'PAY'])).toEqual(await c.client().getProduct('PAY'));
    const unasked = await c.ordo(['products', 'archive', 'PAY'], { as: 'admin' });
    expect(unasked.code).toBe(1);
    expect(unasked.stderr).toContain('--yes');
    expect((await c.client().getProduct('PAY')).archivedAt).toBeNull();

    expect(await c.json(['notifications', 'list'])).toEqual(await c.client().notifications());
    expect(await c.json(['notifications', 'read'])).toMatchObject({ marked: expect.any(Number) });
  }, 600_000);
});
