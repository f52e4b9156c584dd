import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startOidcProvider, type TestProvider } from '../test/oidc-provider.ts';
import { launchBrowser, type OpenPage, openPage, screenshotOnFailure } from './browser.ts';
import { freePort, people, type RunningServer, startServer } from './server.ts';

/**
 * Company sign-in in Chromium, against a real OpenID provider started here: the person clicks
 * "Sign in with Acme", signs in on the provider's own page, and lands in Ordo signed in.
 */

let provider: TestProvider;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  // Ordo's address is the provider's redirect URI, and the provider's is Ordo's issuer: the port first.
  const port = await freePort();
  provider = await startOidcProvider({ redirectUri: `http://127.0.0.1:${port}/api/auth/oidc/callback` });
  provider.accounts.set('pat', { email: 'pat@acme.test', name: 'Pat Provider' });
  provider.accounts.set('olivia', { email: people.owner });
  provider.accounts.set('olga', { email: 'olga@other.test' });
  [server, browser] = await Promise.all([
    startServer({
      port,
      env: { ...provider.env, ORDO_OIDC_NAME: 'Acme', ORDO_OIDC_ALLOWED_DOMAINS: 'acme.test' },
    }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await provider?.stop();
});

/** From Ordo's sign-in page through the provider's login page (any password) and back. */
async function signInThroughProvider(next: string, login: string) {
  const opened = await openPage(browser);
  const { page } = opened;
  await page.goto(`${server.baseUrl}/sign-in?next=${encodeURIComponent(next)}`);
  const button = page.getByTestId('sign-in-with-provider');
  expect(await button.textContent()).toBe('Sign in with Acme');
  await button.click();
  await page.waitForURL(`${provider.issuer}/**`);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('whatever the provider asks');
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(`${server.baseUrl}/**`);
  return opened;
}

it('signs a new person of the company in, and an existing one where they were going', async (test) => {
  const pages: OpenPage[] = [];
  screenshotOnFailure(test, () => pages.map((opened) => opened.page));

  const pat = await signInThroughProvider('/', 'pat');
  pages.push(pat);
  await pat.page.getByTestId('signed-in-person').waitFor();
  expect(await pat.page.getByTestId('signed-in-person').textContent()).toContain('Pat Provider');

  const owner = await signInThroughProvider('/p/PAY', 'olivia');
  pages.push(owner);
  await owner.page.waitForURL(/\/p\/PAY$/);
  await owner.page.getByTestId('backlog-row').first().waitFor();
  expect(await owner.page.getByTestId('signed-in-person').getAttribute('title')).toContain(people.owner);
  expect([...pat.pageErrors, ...owner.pageErrors]).toEqual([]);
});

it('tells someone of another domain why they are not let in', async (test) => {
  const olga = await signInThroughProvider('/', 'olga');
  screenshotOnFailure(test, () => [olga.page]);
  await olga.page.waitForURL(/\/sign-in\?error=not_allowed/);
  await expect
    .poll(() => olga.page.getByTestId('sign-in-provider-error').textContent())
    .toContain('ask a workspace admin to invite you');
  // The password form is still there for those who have one.
  await olga.page.getByTestId('sign-in-form').waitFor();
});
