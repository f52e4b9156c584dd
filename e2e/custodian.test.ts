import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { type OpenPage, openPage, rowKeys, screenshotOnFailure, signIn, waitForRows } from './browser.ts';
import { people } from './server.ts';
import { serverAndBrowser } from './session.ts';

const e2e = serverAndBrowser();
let owner: OpenPage;
let stakeholder: OpenPage;

beforeAll(async () => {
  [owner, stakeholder] = await Promise.all([openPage(e2e.browser), openPage(e2e.browser)]);
  await Promise.all([
    signIn(owner.page, e2e.server.baseUrl, people.owner),
    signIn(stakeholder.page, e2e.server.baseUrl, people.stakeholder),
  ]);
});

const section = (page: Page, signal: string) => page.getByTestId(`signal-${signal}`);
const row = (page: Page, signal: string, key: string) =>
  section(page, signal).locator(`[data-testid="signal-row"][data-key="${key}"]`);
/** A signal's count as its section shows it (0 once the section has moved to "All clear"). */
const countOf = async (page: Page, signal: string) =>
  (await section(page, signal).count()) ? Number(await section(page, signal).getAttribute('data-count')) : 0;

/** An item as the API has it now (the page's session cookie signs the request). */
async function itemNow(page: Page, key: string) {
  const response = await page.request.get(`${e2e.server.baseUrl}/api/items/${key}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as { tags: string[]; status: string; holdReason: string | null };
}

async function openCustodian(page: Page) {
  await page.getByTestId('nav-custodian').click();
  await page.waitForURL(/\/p\/PAY\/custodian$/);
  await page.getByTestId('health-score').waitFor();
  await page.locator('[data-testid="live-indicator"][data-state="live"]').waitFor({ state: 'attached' });
}

it('shows the health and the signals, fixes two rows in place and tags three items at once', async (test) => {
  screenshotOnFailure(test, () => [owner.page, stakeholder.page]);
  expect(await stakeholder.page.getByTestId('nav-custodian').count(), 'for owners and editors only').toBe(0);

  const { page } = owner;
  await openCustodian(page);
  const score = Number(await page.getByTestId('health-score').textContent());
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThan(100);
  // Requests wait in triage and stale items lie about: both pull the score down, with their details.
  await expect.poll(() => page.getByTestId('health-part').count()).toBeGreaterThan(0);
  const triagePart = page.locator('[data-testid="health-part"][data-part="triage"]');
  expect(await triagePart.textContent()).toContain('6 waiting, oldest 16 days');
  // The trend loads on its own: wait for it rather than read it as it loads.
  await expect
    .poll(() => page.getByTestId('health-trend-note').textContent())
    .toMatch(/One day kept so far|since/);

  // What needs attention today, with the items behind each count.
  expect(await countOf(page, 'untriaged')).toBe(6);
  expect(await section(page, 'untriaged').getByTestId('request-row').count()).toBe(6);
  expect(await page.getByTestId('triage-sentence').textContent()).toContain('the oldest for 16 days');
  expect(await page.getByTestId('open-triage').getAttribute('href')).toBe('/p/PAY/triage');
  expect(await countOf(page, 'untagged')).toBe(3);
  expect(await countOf(page, 'stale')).toBe(4);
  expect(await countOf(page, 'done_unchecked')).toBe(1);
  // The top items that are not ready say what they lack.
  await expect
    .poll(() => section(page, 'top_not_ready').getByTestId('row-lacks').first().textContent())
    .toMatch(/^Lacks /);

  // Fix one: an untagged item gets a tag, and the count drops.
  const untagged = row(page, 'untagged', 'PAY-40');
  await untagged.getByTestId('fix-tag-input').fill('Onboarding');
  await untagged.getByTestId('fix-submit').click();
  await expect.poll(() => countOf(page, 'untagged')).toBe(2);
  expect(await row(page, 'untagged', 'PAY-40').count()).toBe(0);
  expect((await itemNow(page, 'PAY-40')).tags).toEqual(['onboarding']);

  // Fix two: the item done with unchecked criteria goes on hold; on hold asks a reason first.
  const done = row(page, 'done_unchecked', 'PAY-7');
  await done.getByTestId('fix-status-select').selectOption('on_hold');
  await done.getByTestId('fix-hold-reason').fill('Two criteria wait for the new numbering service');
  await done.getByTestId('fix-submit').click();
  await page.getByTestId('clear-done_unchecked').waitFor();
  expect(await countOf(page, 'done_unchecked')).toBe(0);
  expect(await itemNow(page, 'PAY-7')).toMatchObject({
    status: 'on_hold',
    holdReason: 'Two criteria wait for the new numbering service',
  });

  // One bulk action across sections: the two items left untagged and one going stale.
  await section(page, 'untagged').getByTestId('section-select').check();
  await row(page, 'going_stale', 'PAY-44').getByTestId('row-select').check();
  expect(await page.getByTestId('selected-count').textContent()).toBe('3 selected');
  await page.getByTestId('bulk-tag').click();
  await page.getByTestId('bulk-tag-input').fill('tidy');
  await page.getByTestId('bulk-submit').click();
  await page.getByTestId('clear-untagged').waitFor();
  expect(await countOf(page, 'untagged')).toBe(0);
  for (const key of ['PAY-42', 'PAY-45', 'PAY-44']) expect((await itemNow(page, key)).tags).toContain('tidy');
  expect(await page.getByTestId('selected-count').textContent()).toBe('Select all');
  expect(owner.pageErrors).toEqual([]);
});

it('runs the stale rule as a dry run, archives all but one kept item, and undoes the run', async (test) => {
  screenshotOnFailure(test, () => [owner.page]);
  const { page } = owner;
  // A second tab on the backlog: it follows the run and its undo live.
  const backlog = await owner.context.newPage();
  await backlog.goto(`${e2e.server.baseUrl}/p/PAY`);
  await backlog.getByTestId('backlog-row').first().waitFor();
  await backlog.locator('[data-testid="live-indicator"][data-state="live"]').waitFor({ state: 'attached' });
  const before = await rowKeys(backlog);

  await page.getByTestId('stale-dry-run').click();
  await page.getByTestId('stale-candidate').first().waitFor();
  const candidates = await page
    .getByTestId('stale-candidate')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key') ?? ''));
  // PAY-45 was tagged a moment ago: touched, it is no longer stale.
  expect(candidates).toEqual(['PAY-46', 'PAY-47', 'PAY-43']);
  expect(await page.getByTestId('stale-why').first().textContent()).toContain('untouched since Q3 2025');
  const [kept, ...archived] = candidates as [string, ...string[]];
  await page
    .locator(`[data-testid="stale-candidate"][data-key="${kept}"]`)
    .getByTestId('stale-tick')
    .uncheck();
  expect(await page.getByTestId('stale-apply').textContent()).toBe('Archive 2 items as stale');
  await page.getByTestId('stale-apply').click();
  await page.getByTestId('stale-undo').waitFor();
  const outcome = (await page.getByTestId('stale-outcome').textContent()) ?? '';
  expect(outcome).toContain('Archived 2 items as stale');
  for (const key of archived) expect(outcome).toContain(key);
  expect(outcome).not.toContain(kept);

  await waitForRows(
    backlog,
    (keys) => archived.every((key) => !keys.includes(key)) && keys.includes(kept),
    `${archived.join(' and ')} left the backlog, ${kept} stayed`,
  );
  await expect.poll(() => countOf(page, 'stale')).toBe(1);

  // Later (a reload): the run is listed with its undo, which puts every item back in its place.
  await page.reload();
  const earlier = page.getByTestId('stale-run').first();
  await earlier.waitFor();
  for (const key of archived) expect(await earlier.textContent()).toContain(key);
  await earlier.getByTestId('stale-run-undo').click();
  await waitForRows(backlog, (keys) => keys.join() === before.join(), 'every item is back in its place');
  await expect.poll(() => earlier.textContent()).toContain('Undone');
  await backlog.close();
  expect(owner.pageErrors).toEqual([]);
});

it('archives an item from its page with a reason, and restores it to its place', async (test) => {
  screenshotOnFailure(test, () => [owner.page]);
  const { page } = owner;
  await page.goto(`${e2e.server.baseUrl}/items/PAY-12`);
  await page.getByTestId('archive-item').click();
  await page.getByTestId('archive-reason').selectOption('wont_do');
  await page.getByTestId('archive-submit').click();
  const notice = page.getByTestId('archived-notice');
  await expect.poll(() => notice.textContent()).toContain('Won’t do');
  expect(await page.getByTestId('edit-item-status').count()).toBe(0);

  await page.goto(`${e2e.server.baseUrl}/p/PAY?status=archived`);
  await waitForRows(page, (keys) => keys.includes('PAY-12'), 'PAY-12 is among the archived');

  await page.goto(`${e2e.server.baseUrl}/items/PAY-12`);
  await page.getByTestId('restore-item').click();
  await notice.waitFor({ state: 'detached' });
  await page.getByTestId('edit-item-status').waitFor();
  expect(owner.pageErrors).toEqual([]);
});
