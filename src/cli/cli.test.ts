import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPassword } from '../../test/factories.ts';
import { type Harness, startHarness } from '../../test/http-harness.ts';
import { runOrdo } from '../../test/run-ordo.ts';
import { credentialsPath } from './credentials.ts';

let h: Harness;
let baseUrl: string;
const home = mkdtempSync(join(tmpdir(), 'ordo-cli-'));

beforeAll(async () => {
  h = await startHarness();
  baseUrl = await h.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await h.close();
  rmSync(home, { recursive: true, force: true });
});

function ordo(args: string[], input?: string, extraEnv: Record<string, string> = {}) {
  const { ORDO_URL: _url, ORDO_TOKEN: _token, ORDO_PROFILE: _profile, ...env } = process.env;
  return runOrdo(args, { ...env, HOME: home, XDG_CONFIG_HOME: '', ...extraEnv }, input);
}

/** util-linux `script` runs a command on a pseudo-terminal: a person typing at a real terminal. */
const script = ['/usr/bin/script', '/bin/script'].find((path) => existsSync(path));

describe('the ordo command', () => {
  it.skipIf(!script)('asks for the password at a terminal without showing it', async () => {
    const terminalHome = mkdtempSync(join(tmpdir(), 'ordo-cli-tty-'));
    try {
      const command = [
        process.execPath,
        'bin/ordo.js',
        'login',
        '--url',
        baseUrl,
        '--email',
        h.world.actors.editor.email,
      ];
      const child = spawn(script as string, ['-qec', command.join(' '), '/dev/null'], {
        env: { ...process.env, HOME: terminalHome, XDG_CONFIG_HOME: '' },
      });
      let shown = '';
      child.stdout.on('data', (chunk) => {
        shown += chunk;
        if (shown.includes('Password: ') && !child.stdin.writableEnded) child.stdin.end(`${testPassword}\r`);
      });
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(shown).toContain('Logged in');
      expect(shown).not.toContain(testPassword);
      expect(code).toBe(0);
    } finally {
      rmSync(terminalHome, { recursive: true, force: true });
    }
  });

  it.skipIf(!script)('asks nothing with --no-input: the password must come on standard input', async () => {
    const command = [
      process.execPath,
      'bin/ordo.js',
      '--no-input',
      'login',
      '--url',
      baseUrl,
      '--email',
      'a@b.test',
    ];
    const child = spawn(script as string, ['-qec', command.join(' '), '/dev/null'], {
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: '' },
    });
    let shown = '';
    child.stdout.on('data', (chunk) => {
      shown += chunk;
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(shown).toContain('--password-stdin');
    expect(shown).not.toContain('Password: ');
    expect(code).toBe(2);
  });

  it('says its version, and exits 2 on a usage mistake', async () => {
    const version = await ordo(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(version.code).toBe(0);
    const help = await ordo(['--help']);
    expect(help.stdout).toContain('Exit codes:');
    expect(help.code).toBe(0);
    expect((await ordo(['items', 'list', 'PAY', '--limit', 'many'])).code).toBe(2);
    expect((await ordo(['items', 'lisst'])).code).toBe(2);
    expect((await ordo(['--frobnicate'])).code).toBe(2);
  });

  it('keeps a login per profile, and uses the one named', async () => {
    const profileHome = mkdtempSync(join(tmpdir(), 'ordo-cli-profiles-'));
    const env = { HOME: profileHome };
    try {
      const login = (email: string, profile: string[]) =>
        ordo(
          [...profile, 'login', '--url', baseUrl, '--email', email, '--password-stdin'],
          `${testPassword}\n`,
          env,
        );
      expect((await login(h.world.actors.owner.email, [])).code).toBe(0);
      const work = await login(h.world.actors.viewer.email, ['--profile', 'work']);
      expect(work.stdout).toContain('(profile "work")');
      const listed = await ordo(['profiles'], undefined, env);
      expect(listed.stdout).toMatch(/\*\s+default \(default\)/);
      expect(listed.stdout).toMatch(/^\s+work\s+http/m);
      const asViewer = await ordo(['tokens', 'list', '--json', '--profile', 'work'], undefined, env);
      const viaEnv = await ordo(['tokens', 'list', '--json'], undefined, { ...env, ORDO_PROFILE: 'work' });
      expect(asViewer.stdout).toContain('ordo CLI on');
      expect(viaEnv.stdout).toBe(asViewer.stdout);
      expect((await ordo(['tokens', 'list', '--profile', 'nowhere'], undefined, env)).code).toBe(2);
      expect((await ordo(['profiles', 'use', 'work'], undefined, env)).code).toBe(0);
      expect((await ordo(['profiles', '--json'], undefined, env)).stdout).toContain('"isCurrent": true');
    } finally {
      rmSync(profileHome, { recursive: true, force: true });
    }
  });

  it('logs in, then adds, lists, shows, edits and moves items', async () => {
    const notYet = await ordo(['items', 'list', 'PAY']);
    expect(notYet.code).toBe(5);
    expect(notYet.stderr).toContain('ordo login');

    const login = await ordo(
      ['login', '--url', baseUrl, '--email', h.world.actors.owner.email, '--password-stdin'],
      `${testPassword}\n`,
    );
    expect(login.stderr).toBe('');
    expect(login.stdout).toContain('Logged in');
    expect(statSync(credentialsPath({ HOME: home })).mode & 0o777).toBe(0o600);

    const first = await ordo([
      'items',
      'add',
      'PAY',
      '--type',
      'story',
      '--title',
      'Export invoices as CSV',
      '--tag',
      'export,invoices',
      '--estimate',
      '3',
    ]);
    expect(first.stdout).toMatch(/Created PAY-\d+: Export invoices as CSV/);
    const firstKey = /Created (PAY-\d+)/.exec(first.stdout)?.[1] as string;
    const second = await ordo([
      'items',
      'add',
      'PAY',
      '--type',
      'bug',
      '--title',
      'Totals off by a cent',
      '--json',
    ]);
    const secondKey = JSON.parse(second.stdout).key as string;

    const move = await ordo([
      'items',
      'move',
      secondKey,
      '--before',
      firstKey,
      '--reason',
      'Customers noticed',
    ]);
    expect(move.stdout).toContain(`Moved ${secondKey}`);
    const listed = await ordo(['items', 'list', 'PAY', '--json']);
    const keys = JSON.parse(listed.stdout).data.map((item: { key: string }) => item.key);
    expect(keys.indexOf(secondKey)).toBe(keys.indexOf(firstKey) - 1);
    const table = await ordo(['items', 'list', 'PAY', '--tag', 'export']);
    expect(table.stdout).toContain('Export invoices as CSV');
    expect(table.stdout).not.toContain('Totals off by a cent');

    const edit = await ordo([
      'items',
      'edit',
      firstKey,
      '--status',
      'on_hold',
      '--hold-reason',
      'Waiting for the bank',
    ]);
    expect(edit.stdout).toContain('version 2');
    const show = await ordo(['items', 'show', firstKey, '--history']);
    expect(show.stdout).toContain('On hold (Waiting for the bank)');
    expect(show.stdout).toMatch(
      /\d{4}-\d{2}-\d{2} \d{2}:\d{2} {2}owner person changed status from Open to On hold; hold reason from none to “Waiting for the bank”/,
    );
    expect(show.stdout).not.toContain('item.updated');
  });

  it('submits a request, showing similar items, and lists the triage inbox', async () => {
    const added = await ordo([
      'request',
      'add',
      'PAY',
      '--title',
      'CSV export for accountants',
      '--accounts',
      '3',
      '--deal-value',
      '40000',
      '--urgency',
      'high',
    ]);
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(/Logged PAY-R\d+: CSV export for accountants/);
    expect(added.stdout).toMatch(/Follow it: http:\/\/localhost:3000\/status\/req_/);
    expect(added.stdout).toContain('Export invoices as CSV');
    const inbox = await ordo(['triage', 'inbox', 'PAY']);
    expect(inbox.stdout).toContain('CSV export for accountants');
    const refused = await ordo([
      'request',
      'add',
      'PAY',
      '--title',
      'x',
      '--source',
      'internal',
      '--deal-value',
      '5',
    ]);
    expect(refused.code).toBe(6);
    expect(refused.stderr).toContain('dealValue');
  });

  it('shows the custodian view and runs the stale rule dry, then for real, then undoes it', async () => {
    const old = await ordo([
      'items',
      'add',
      'PAY',
      '--type',
      'task',
      '--title',
      'Forgotten upgrade of the queue',
      '--json',
    ]);
    const key = JSON.parse(old.stdout).key as string;
    await h.database.db
      .updateTable('items')
      .set({ last_activity_at: new Date('2024-01-10T00:00:00Z') })
      .where('key', '=', key)
      .execute();
    const view = await ordo(['custodian', 'PAY']);
    expect(view.stdout).toMatch(/Health \d+\/100/);
    expect(view.stdout).toMatch(/\d+ {2}stale/);
    const dry = await ordo(['stale', 'PAY', '--dry-run']);
    expect(dry.stdout).toContain(key);
    expect(dry.stdout).toContain('untouched since Q1 2024');
    const applied = await ordo(['stale', 'PAY', '--apply', '--yes']);
    expect(applied.stdout).toContain(`Archived 1 stale items: ${key}`);
    const runId = /--undo (\S+)/.exec(applied.stdout)?.[1] as string;
    const undone = await ordo(['stale', 'PAY', '--undo', runId]);
    expect(undone.stdout).toContain('Restored 1 items');
  });

  it('says whether the server is ready, a check a line', async () => {
    const answer = await ordo(['ready', '--url', baseUrl]);
    expect(answer.stderr).toBe('');
    expect(answer.code).toBe(0);
    expect(answer.stdout).toMatch(/^ok {3}database: answered in [\d.]+ ms$/m);
    expect(answer.stdout).toContain('ok   migrations: current');
    expect(answer.stdout.trim().split('\n').at(-1)).toBe('ready');
    const nowhere = await ordo(['ready', '--url', 'http://127.0.0.1:9']);
    expect(nowhere.code).toBe(1);
  });

  it('says what is wrong, with a failing exit code', async () => {
    const bad = await ordo(['items', 'add', 'PAY', '--type', 'epic', '--title', 'x']);
    expect(bad.code).toBe(6);
    expect(bad.stderr).toContain('type');
    const nowhere = await ordo(['items', 'move', 'PAY-1']);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('say where');
  });
});
