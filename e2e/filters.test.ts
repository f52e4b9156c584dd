import { beforeAll, expect, it } from 'vitest';
import { type OpenPage, openPage, rowKeys, screenshotOnFailure, signIn, waitForRows } from './browser.ts';
import { people } from './server.ts';
import { serverAndBrowser } from './session.ts';

const e2e = serverAndBrowser();
let viewer: OpenPage;

beforeAll(async () => {
  viewer = await openPage(e2e.browser);
});

const texts = (page: OpenPage['page'], testId: string) => page.getByTestId(testId).allTextContents();
const statuses = (page: OpenPage['page']) =>
  page.getByTestId('status').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-status')));

it('narrows the list by type, search and status, keeps the filters over a reload, and clears them', async (test) => {
  screenshotOnFailure(test, () => [viewer.page]);
  const { page } = viewer;
  await signIn(page, e2e.server.baseUrl, people.viewer);
  expect(await page.getByTestId('create-title').count(), 'a viewer reads only').toBe(0);
  expect(await page.getByTestId('drag-handle').count()).toBe(0);
  const everything = await rowKeys(page);

  await page.getByTestId('filter-type').selectOption('bug');
  await waitForRows(
    page,
    (keys) => keys.length > 0 && keys.length < everything.length,
    'only some rows remain',
  );
  expect(new Set(await texts(page, 'type-badge'))).toEqual(new Set(['Bug']));
  const bugs = await rowKeys(page);

  // Search for a word of the last bug's title: that bug stays, the list narrows further or stays.
  const lastBugTitle = (await page.getByTestId('row-title').last().textContent()) ?? '';
  const word = lastBugTitle.split(/\W+/).sort((a, b) => b.length - a.length)[0] ?? '';
  await page.getByTestId('filter-search').fill(word);
  await expect.poll(() => page.url()).toContain(`q=${encodeURIComponent(word)}`);
  await waitForRows(
    page,
    (keys) => keys.includes(bugs.at(-1) ?? '') && keys.length < bugs.length,
    `searching "${word}" narrows the bugs`,
  );
  const found = await rowKeys(page);

  await page.reload();
  await page.getByTestId('backlog-row').first().waitFor();
  expect(await page.getByTestId('filter-type').inputValue()).toBe('bug');
  expect(await page.getByTestId('filter-search').inputValue()).toBe(word);
  expect(await rowKeys(page)).toEqual(found);

  await page.getByTestId('clear-filters').click();
  await waitForRows(page, (keys) => keys.length === everything.length, 'clearing shows every item again');
  expect(page.url()).not.toContain('?');

  await page.getByTestId('filter-status').selectOption('done');
  await waitForRows(
    page,
    (keys) => keys.length > 0 && keys.every((key) => !everything.includes(key)),
    'done items only',
  );
  expect(new Set(await statuses(page))).toEqual(new Set(['done']));
  await page.reload();
  await page.getByTestId('backlog-row').first().waitFor();
  expect(await page.getByTestId('filter-status').inputValue()).toBe('done');

  // The sprint's items are not in the backlog: the page says where they are.
  await page.getByTestId('sprint-pointer').getByRole('link').click();
  await expect.poll(() => page.url()).toMatch(/\/p\/PAY\/sprints\/[0-9a-f-]{36}$/);
  expect(viewer.pageErrors).toEqual([]);
});
