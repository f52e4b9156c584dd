import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../test/http-harness.ts';
import { runOrdo } from '../../test/run-ordo.ts';
import { testDbKind } from '../../test/test-db-config.ts';
import { createApiToken } from '../app/tokens/create-api-token.ts';

/**
 * Setting up a team from the terminal: products, people, members, tokens, password, audit. The
 * commands only speak HTTP, so this runs once, on the embedded database (the API's behaviour on
 * PostgreSQL is tested in src/http/routes/people.test.ts).
 */

let h: Harness;
let baseUrl: string;
let adminToken: string;

beforeAll(async () => {
  h = await startHarness();
  baseUrl = await h.app.listen({ port: 0, host: '127.0.0.1' });
  adminToken = (await h.world.as('admin', (ctx) => createApiToken(ctx, { name: 'cli test' }))).token;
});
afterAll(() => h.close());

function ordo(args: string[], options: { token?: string; input?: string } = {}) {
  return runOrdo(
    args,
    { ...process.env, ORDO_URL: baseUrl, ORDO_TOKEN: options.token ?? adminToken },
    options.input,
  );
}

const json = async (args: string[], options?: Parameters<typeof ordo>[1]) => {
  const result = await ordo([...args, '--json'], options);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
};

describe.skipIf(testDbKind !== 'embedded')('ordo for setting up a team', () => {
  it('creates a product, invites someone into it, changes their role, and archives it', async () => {
    const product = await json([
      'products',
      'create',
      'CLI',
      '--name',
      'Command line',
      '--visibility',
      'members',
    ]);
    expect(product).toMatchObject({ key: 'CLI', visibility: 'members' });
    const invited = await json([
      'people',
      'invite',
      'kim@cli.example',
      '--name',
      'Kim',
      '--product',
      'CLI:viewer',
    ]);
    expect(invited.link).toMatch(/\/set-password#ordo_i_/);
    const listed = await ordo(['people', 'list', '--status', 'invited']);
    expect(listed.stdout).toMatch(/kim@cli\.example\s+invited/);

    const made = await ordo(['members', 'set-role', 'CLI', 'kim@cli.example', 'editor']);
    expect(made.stdout).toContain('Made Kim: editor in CLI');
    const members = await json(['members', 'list', 'CLI']);
    expect(members.data).toContainEqual(
      expect.objectContaining({ email: 'kim@cli.example', role: 'editor' }),
    );
    const wrongRole = await ordo(['members', 'set-role', 'CLI', 'kim@cli.example', 'boss']);
    expect(wrongRole.code).toBe(2);
    expect(wrongRole.stderr).toContain('a role is one of owner, editor, member, stakeholder, viewer');

    const deactivated = await json(['people', 'deactivate', 'kim@cli.example']);
    expect(deactivated.status).toBe('deactivated');
    const audit = await ordo(['audit', '--kind', 'person.deactivated']);
    expect(audit.stdout).toContain('Ada Admin deactivated a person: Kim (kim@cli.example)');

    await json(['products', 'archive', 'CLI', '--yes']);
    const products = await json(['products', 'list']);
    expect(products.data.map((p: { key: string }) => p.key)).not.toContain('CLI');
    const all = await ordo(['products', 'list', '--archived']);
    expect(all.stdout).toMatch(/CLI\s+admin\s+members\s+archived/);
  });

  it('creates and revokes tokens, and changes a password from standard input', async () => {
    const own = (await h.world.as('viewer', (ctx) => createApiToken(ctx, { name: 'viewer cli' }))).token;
    const created = await json(['tokens', 'create', 'nightly', '--expires-in', '30'], { token: own });
    expect(created.token).toMatch(/^ordo_t_/);
    const list = await ordo(['tokens', 'list'], { token: own });
    expect(list.stdout).toMatch(/nightly/);
    expect(list.stdout).not.toContain(created.token);
    const revoked = await ordo(['tokens', 'revoke', created.id], { token: own });
    expect(revoked.code, revoked.stderr).toBe(0);
    const refused = await ordo(['tokens', 'list'], { token: created.token });
    expect(refused.code).toBe(5);

    const weak = await ordo(['password'], {
      token: own,
      input: 'correct horse battery\npassword\npassword\n',
    });
    expect(weak.code).toBe(6);
    expect(weak.stderr).toContain('newPassword: at least 15 characters');
    const changed = await ordo(['password'], {
      token: own,
      input: 'correct horse battery\na fresh viewer passphrase\na fresh viewer passphrase\n',
    });
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.stdout).toContain('Password changed');
  });
});
