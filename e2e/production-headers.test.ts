import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { type OpenPage, openPage, screenshotOnFailure, signIn } from './browser.ts';
import { people, samplePassword } from './server.ts';
import { serverAndBrowser } from './session.ts';

/**
 * Every screen runs under the Content-Security-Policy (no inline script, no framing) without a
 * single violation, and the first page arrives compressed and cacheable.
 */

const e2e = serverAndBrowser();
let owner: OpenPage;
let visitor: OpenPage;

/** Violations the page reports (the `securitypolicyviolation` event), collected from the start. */
async function watchViolations(open: OpenPage): Promise<void> {
  await open.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}`);
    });
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

beforeAll(async () => {
  owner = await openPage(e2e.browser);
  visitor = await openPage(e2e.browser);
  await Promise.all([watchViolations(owner), watchViolations(visitor)]);
});

/** Opens `path`, lets it settle (live updates keep a stream open, so not "network idle"). */
async function visit(page: Page, path: string): Promise<string[]> {
  await page.goto(`${e2e.server.baseUrl}${path}`);
  await page.locator('main').first().waitFor();
  await page.waitForTimeout(800);
  return violations(page);
}

/** The first link on `path` whose address matches `pattern` (a sprint, a session, a request). */
async function firstLink(page: Page, path: string, pattern: RegExp): Promise<string> {
  await page.goto(`${e2e.server.baseUrl}${path}`);
  const hrefs = () =>
    page.locator('main a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  await expect
    .poll(async () => (await hrefs()).some((href) => pattern.test(href)), { message: path })
    .toBe(true);
  return (await hrefs()).find((href) => pattern.test(href)) ?? '';
}

it('shows every signed-in screen with no CSP violation and no console error', async (test) => {
  screenshotOnFailure(test, () => [owner.page]);
  const { page } = owner;
  await signIn(page, e2e.server.baseUrl, people.owner);
  const sprint = await firstLink(page, '/p/PAY/sprints', /^\/p\/PAY\/sprints\/[0-9a-f-]{36}$/);
  await page.goto(`${e2e.server.baseUrl}/p/PAY/refinement`);
  await page.getByTestId('prepare-session').click();
  await page.waitForURL(/\/p\/PAY\/refinement\/[0-9a-f-]{36}$/);
  const session = new URL(page.url()).pathname;
  const request = await firstLink(page, '/p/PAY/custodian', /^\/requests\/PAY-R\d+$/);
  const screens = [
    '/',
    '/p/PAY',
    '/p/PAY?q=invoice',
    '/items/PAY-1',
    '/p/PAY/requests/new',
    '/p/PAY/triage',
    request,
    '/p/PAY/refinement',
    session,
    '/p/PAY/settings/refinement',
    '/p/PAY/scoring',
    '/p/PAY/sprints',
    '/p/PAY/sprints/plan',
    sprint,
    '/p/PAY/roadmap',
    '/p/PAY/release-notes',
    '/p/PAY/insights',
    '/p/PAY/custodian',
    '/p/PAY/members',
    '/profile',
    // An owner sees that administration is for admins, in the same frame.
    '/admin',
    '/no-such-page',
  ];
  for (const screen of screens) {
    expect(await visit(page, screen), `CSP violations on ${screen}`).toEqual([]);
  }
  expect(owner.consoleErrors).toEqual([]);
  expect(owner.pageErrors).toEqual([]);
});

it('shows the public form, its acknowledgement, the status page and the API docs with no CSP violation', async (test) => {
  screenshotOnFailure(test, () => [visitor.page]);
  const { page } = visitor;
  expect(await visit(page, '/sign-in')).toEqual([]);
  expect(await visit(page, '/public/PAY')).toEqual([]);
  await page.getByTestId('public-name').fill('Ines Duarte');
  await page.getByTestId('public-email').fill('ines@example.com');
  await page.getByTestId('public-title').fill('Export payments to my accounting tool');
  await page.getByTestId('public-problem').fill('I copy every payment by hand.');
  await page.getByTestId('public-submit').click();
  await page.getByTestId('acknowledgement').waitFor();
  const statusLink = (await page.getByTestId('status-link').getAttribute('href')) ?? '';
  expect(await visit(page, new URL(statusLink, e2e.server.baseUrl).pathname)).toEqual([]);

  await page.goto(`${e2e.server.baseUrl}/api/docs/`);
  await page.locator('.swagger-ui .opblock').first().waitFor();
  expect(await violations(page)).toEqual([]);
  expect(visitor.pageErrors).toEqual([]);
});

it('sends the backlog, cold, with security headers, compressed, its assets cached for a year, under 250 KB', async () => {
  const context = await e2e.browser.newContext();
  const signedIn = await context.request.post(`${e2e.server.baseUrl}/api/auth/sign-in`, {
    data: { email: people.owner, password: samplePassword },
  });
  expect(signedIn.status()).toBe(200);
  const page = await context.newPage();
  const responses: { url: string; headers: Record<string, string> }[] = [];
  page.on('response', async (response) => {
    responses.push({ url: response.url(), headers: await response.allHeaders() });
  });
  const document = await page.goto(`${e2e.server.baseUrl}/p/PAY`);
  await page.getByTestId('backlog-row').first().waitFor();
  const headers = (await document?.allHeaders()) ?? {};
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cache-control']).toBe('no-cache');

  const assets = responses.filter((response) => new URL(response.url).pathname.startsWith('/assets/'));
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) {
    expect(asset.headers['cache-control'], asset.url).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding'], asset.url).toMatch(/^(br|gzip)$/);
  }
  const transferred = await page.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .map((entry) => (entry as PerformanceResourceTiming).transferSize)
      .reduce((sum, size) => sum + size, 0),
  );
  console.log(`the backlog page, cold: ${(transferred / 1024).toFixed(0)} KB transferred`);
  expect(transferred).toBeLessThan(250 * 1024);
  await context.close();
});
