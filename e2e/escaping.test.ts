import { beforeAll, expect, it } from 'vitest';
import { type OpenPage, openPage, screenshotOnFailure, signIn } from './browser.ts';
import { people } from './server.ts';
import { serverAndBrowser } from './session.ts';

const e2e = serverAndBrowser();
let owner: OpenPage;

beforeAll(async () => {
  owner = await openPage(e2e.browser);
});

const hostileTitle = '<script>window.__pwned = true</script><img src=x onerror="window.__pwned=true">';
const hostileMarkdown =
  '**Bold stays bold** <img src=x onerror="window.__pwned=true"> <script>window.__pwned=true</script>';
const pwned = () => owner.page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned);

it('shows markup in a title as text and renders markdown without running scripts', async (test) => {
  screenshotOnFailure(test, () => [owner.page]);
  const { page } = owner;
  await signIn(page, e2e.server.baseUrl, people.owner);

  await page.getByTestId('create-title').fill(hostileTitle);
  await page.getByTestId('create-title').press('Enter');
  const title = page.getByTestId('row-title').filter({ hasText: '<script>window.__pwned' });
  await title.waitFor();
  expect(await title.textContent()).toBe(hostileTitle);
  expect(await page.locator('[data-testid="backlog-list"] img').count()).toBe(0);
  expect(await pwned()).toBeUndefined();

  await title.click();
  const itemTitle = page.getByTestId('item-title');
  await itemTitle.waitFor();
  expect(await itemTitle.locator('h1').textContent()).toBe(hostileTitle);
  expect(await itemTitle.locator('img, script').count()).toBe(0);

  await page.getByTestId('edit-item-problem').click();
  await page.getByTestId('problem-input').fill(hostileMarkdown);
  await page.getByTestId('save-item-problem').click();
  const problem = page.getByTestId('item-problem');
  await problem.locator('strong').waitFor();
  expect(await problem.locator('strong').textContent()).toBe('Bold stays bold');
  expect(await problem.locator('script').count()).toBe(0);
  expect(await problem.locator('[onerror]').count()).toBe(0);

  // The history names the change; the title in it is never markup either.
  await page.getByTestId('history-entry').filter({ hasText: 'changed problem statement' }).waitFor();
  await page.reload();
  await page.getByTestId('item-title').waitFor();
  await page.getByTestId('item-problem').locator('strong').waitFor();
  expect(await pwned()).toBeUndefined();
  expect(owner.pageErrors).toEqual([]);
});
