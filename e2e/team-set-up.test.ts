import { spawnSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { timeStep, totpCode } from '../src/app/auth/totp.ts';
import { type ReceivedMail, startSmtpSink } from '../test/smtp-sink.ts';
import { launchBrowser, type OpenPage, openPage, screenshotOnFailure, signIn } from './browser.ts';
import { people, type RunningServer, samplePassword, startServer } from './server.ts';

/**
 * A team set up through the web app alone, with mail going to a real SMTP server: a product, an
 * invitation followed from its mail, a role, an edit, a deactivation seen at once; a reset by
 * mail; a token from the profile used by the CLI until it is revoked.
 */

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let server: RunningServer;
let browser: Browser;
let admin: OpenPage;

beforeAll(async () => {
  sink = await startSmtpSink();
  [server, browser] = await Promise.all([startServer({ env: { SMTP_URL: sink.url } }), launchBrowser()]);
  admin = await openPage(browser);
  admin.page.on('dialog', (dialog) => void dialog.accept());
  await signIn(admin.page, server.baseUrl, 'admin@sample.test');
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await sink?.close();
});

/** The link in the newest mail to `address`, once the server's mail sender has sent it. */
async function linkMailedTo(address: string, count = 1): Promise<string> {
  const mails = () => sink.mails.filter((mail: ReceivedMail) => mail.to.includes(address));
  await expect.poll(() => mails().length, { timeout: 30_000, message: `mail to ${address}` }).toBe(count);
  const link = mails()
    .at(-1)
    ?.text.match(/http\S+\/set-password#\S+/)?.[0];
  if (!link) throw new Error(`no link in the mail to ${address}`);
  return link;
}

async function choosePassword(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await page.getByTestId('new-password').fill(password);
  await page.getByTestId('new-password-repeat').fill(password);
  await page.getByTestId('set-password-submit').click();
}

it('sets up a product and a person who joins by mail, gets a role, edits, and is signed out when deactivated', async (test) => {
  const jo = await openPage(browser);
  screenshotOnFailure(test, () => [admin.page, jo.page]);
  const { page } = admin;

  await page.getByTestId('nav-admin').click();
  await page.getByTestId('new-product').click();
  await page.getByTestId('product-key').fill('ops');
  await page.getByTestId('product-name-input').fill('Operations');
  await page.getByTestId('product-save').click();
  await page.getByTestId('admin-product-OPS').waitFor();
  // Something to edit later, through the admin's own session.
  const item = await page.request.post(`${server.baseUrl}/api/products/OPS/items`, {
    data: { type: 'story', title: 'Rotate the on-call schedule' },
  });
  expect(item.status()).toBe(201);

  await page.getByTestId('admin-tab-people').click();
  await page.getByTestId('invite-person').click();
  await page.getByTestId('invite-name').fill('Jo Joiner');
  await page.getByTestId('invite-email').fill('jo@team.test');
  await page.getByTestId('invite-product').selectOption('OPS');
  await page.getByTestId('invite-role').selectOption('viewer');
  await page.getByTestId('invite-send').click();
  await page.getByTestId('link-notice').waitFor();
  await expect
    .poll(() => page.getByTestId('person-jo@team.test').getByTestId('person-status').textContent())
    .toBe('Invited');

  await choosePassword(jo.page, await linkMailedTo('jo@team.test'), 'ops people keep the lights on');
  await jo.page.waitForURL(/\/p\/OPS/);
  expect(await jo.page.getByTestId('signed-in-person').textContent()).toContain('Jo Joiner');

  // The owner (the admin created OPS and owns it) makes Jo an editor.
  await page.goto(`${server.baseUrl}/p/OPS/members`);
  await page.getByTestId('member-jo@team.test').getByTestId('member-role').selectOption('editor');
  await page.getByText('Saved: editor').waitFor();

  await jo.page.goto(`${server.baseUrl}/items/OPS-1`);
  await jo.page.getByTestId('edit-item-title').click();
  await jo.page.getByTestId('title-input').fill('Rotate the on-call schedule weekly');
  await jo.page.getByTestId('save-item-title').click();
  await expect
    .poll(() => jo.page.getByTestId('item-title').locator('h1').textContent())
    .toBe('Rotate the on-call schedule weekly');

  // The admin corrects Jo's name.
  await page.goto(`${server.baseUrl}/admin/people`);
  await page.getByTestId('person-jo@team.test').getByTestId('person-edit-open').click();
  await page.getByTestId('person-edit-name').fill('Jo Joiner-Lee');
  await page.getByTestId('person-edit-save').click();
  await expect
    .poll(() => page.getByTestId('person-jo@team.test').locator('td').first().textContent())
    .toContain('Jo Joiner-Lee');

  // Jo keeps the backlog open (its live stream connected); the admin deactivates them.
  await jo.page.goto(`${server.baseUrl}/p/OPS`);
  await jo.page.locator('[data-testid="live-indicator"][data-state="live"]').waitFor({ state: 'attached' });
  await page.goto(`${server.baseUrl}/admin/people`);
  await page.getByTestId('person-jo@team.test').getByTestId('person-deactivate').click();
  await expect
    .poll(() => page.getByTestId('person-jo@team.test').getByTestId('person-status').textContent())
    .toBe('Deactivated');
  await jo.page.waitForURL(/\/sign-in/, { timeout: 10_000 });
  await jo.context.close();

  await page.getByTestId('admin-tab-audit').click();
  await page.getByTestId('audit-kind').selectOption('person.deactivated');
  await expect.poll(() => page.getByTestId('audit-entry').first().textContent()).toContain('Jo Joiner');

  // Done with OPS: archived, it leaves everyone's lists (and the others land on PAY again).
  await page.getByTestId('admin-tab-products').click();
  await page.getByTestId('archive-OPS').click();
  await page.getByTestId('restore-OPS').waitFor();
  const products = await page.request.get(`${server.baseUrl}/api/products`);
  expect((await products.json()).data.map((product: { key: string }) => product.key)).toEqual(['PAY']);
});

it('resets a forgotten password by mail', async (test) => {
  const viewer = await openPage(browser);
  screenshotOnFailure(test, () => [viewer.page]);
  await viewer.page.goto(`${server.baseUrl}/sign-in`);
  await viewer.page.getByTestId('forgot-password').click();
  await viewer.page.getByTestId('forgot-email').fill(people.viewer);
  await viewer.page.getByTestId('forgot-submit').click();
  await viewer.page.getByTestId('reset-requested').waitFor();
  await choosePassword(viewer.page, await linkMailedTo(people.viewer), 'a brand new viewer passphrase');
  await viewer.page.waitForURL(/\/p\/PAY/);
  // The old password no longer works; the new one does.
  const signInWith = (password: string) =>
    viewer.page.request.post(`${server.baseUrl}/api/auth/sign-in`, {
      data: { email: people.viewer, password },
    });
  expect((await signInWith('e2e-sample-password')).status()).toBe(401);
  expect((await signInWith('a brand new viewer passphrase')).status()).toBe(200);
  await viewer.context.close();
});

it('creates a token in the profile that the CLI uses until it is revoked', async (test) => {
  const editor = await openPage(browser);
  screenshotOnFailure(test, () => [editor.page]);
  await signIn(editor.page, server.baseUrl, people.editor);
  await editor.page.getByTestId('signed-in-person').click();
  await editor.page.getByTestId('token-name').fill('laptop CLI');
  await editor.page.getByTestId('token-create').click();
  const token = (await editor.page.getByTestId('token-text').textContent()) ?? '';
  expect(token).toMatch(/^ordo_t_/);

  const cli = () =>
    spawnSync(process.execPath, ['bin/ordo.js', 'items', 'list', 'PAY'], {
      cwd: new URL('..', import.meta.url).pathname,
      env: { ...process.env, ORDO_URL: server.baseUrl, ORDO_TOKEN: token },
      encoding: 'utf8',
      timeout: 120_000,
    });
  const listed = cli();
  expect(listed.status, listed.stderr).toBe(0);
  expect(listed.stdout).toContain('PAY-');

  await editor.page.getByTestId('token-laptop CLI').getByTestId('token-revoke').click();
  await editor.page.getByText('Revoked “laptop CLI”').waitFor();
  const refused = cli();
  expect(refused.status).not.toBe(0);
  expect(refused.stderr).toMatch(/sign in|401|token/i);
  await editor.context.close();
});

it('turns on two-factor sign-in in the profile, then signs in with a code and with a recovery code', async (test) => {
  const member = await openPage(browser);
  screenshotOnFailure(test, () => [member.page]);
  const { page } = member;
  await signIn(page, server.baseUrl, people.member);
  await page.goto(`${server.baseUrl}/profile`);
  await page.getByTestId('two-factor-start').click();
  const secret = (await page.getByTestId('two-factor-secret').textContent()) ?? '';
  const now = timeStep(new Date());
  await page.getByTestId('two-factor-code').fill(totpCode(secret, now));
  await page.getByTestId('two-factor-password').fill(samplePassword);
  await page.getByTestId('two-factor-confirm').click();
  await page.getByTestId('recovery-codes').waitFor();
  const codes = await page.getByTestId('recovery-codes').locator('code').allTextContents();
  expect(codes).toHaveLength(10);

  const signInWith = async (code: string) => {
    await member.context.clearCookies();
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByTestId('sign-in-email').fill(people.member);
    await page.getByTestId('sign-in-password').fill(samplePassword);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('sign-in-code').fill(code);
    await page.getByTestId('sign-in-submit').click();
    await page.waitForURL(/\/p\/PAY/);
  };
  await signInWith(totpCode(secret, now + 1));
  await signInWith(codes[0] ?? '');
  await page.goto(`${server.baseUrl}/profile`);
  await expect.poll(() => page.getByTestId('two-factor-on').textContent()).toContain('9 recovery codes left');
  await member.context.close();
});
