import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { type OpenPage, openPage, rowKeys, screenshotOnFailure, signIn, waitForRows } from './browser.ts';
import { people } from './server.ts';
import { serverAndBrowser } from './session.ts';

const e2e = serverAndBrowser();
let owner: OpenPage;

beforeAll(async () => {
  owner = await openPage(e2e.browser);
});

/** Scores an item's WSJF on its page: business value, time criticality, risk reduction, job size. */
async function scoreWsjf(
  page: Page,
  itemKey: string,
  parts: [number, number, number, number],
  score: string,
) {
  await page.goto(`${e2e.server.baseUrl}/items/${itemKey}`);
  await page.getByTestId('edit-item-wsjf').click();
  const names = ['businessValue', 'timeCriticality', 'riskReduction', 'jobSize'];
  for (const [index, name] of names.entries()) {
    await page.getByTestId(`wsjf-${name}`).fill(String(parts[index]));
  }
  await page.getByTestId('save-item-wsjf').click();
  await expect.poll(() => page.getByTestId('wsjf-score').textContent()).toBe(score);
}

const previewRow = (page: Page, key: string) =>
  page.locator(`[data-testid="score-preview-row"][data-key="${key}"]`);

it('previews the order WSJF proposes and applies one row of it', async (test) => {
  screenshotOnFailure(test, () => [owner.page]);
  await signIn(owner.page, e2e.server.baseUrl, people.owner);
  const before = await rowKeys(owner.page);
  const [high, low] = [before[10], before[15]];
  if (!high || !low) throw new Error('the sample backlog has fewer than 16 items');

  await scoreWsjf(owner.page, high, [20, 20, 20, 1], '60');
  await scoreWsjf(owner.page, low, [20, 20, 20, 2], '30');

  await owner.page.getByTestId('nav-scoring').click();
  await owner.page.getByText('the rank stays the truth').waitFor();
  // The two items scored highest come first, the higher on top (the sample scores lower ones).
  const first = previewRow(owner.page, high);
  await expect.poll(() => first.getAttribute('data-to')).toBe('1');
  // (Positions count the open items the server ranks; the backlog leaves out those in a sprint.)
  const from = Number(await first.getAttribute('data-from'));
  expect(from).toBeGreaterThanOrEqual(11);
  expect(await first.textContent()).toContain(`↑ ${from - 1}`);
  expect(await first.getAttribute('class')).toContain('is-rising');
  expect(await previewRow(owner.page, low).getAttribute('data-to')).toBe('2');
  expect(await previewRow(owner.page, before[0] ?? '').getAttribute('class')).toContain('is-falling');

  // Applying one row moves that item only.
  await first.getByTestId('preview-select').check();
  await owner.page.getByTestId('apply-selected').click();
  await expect.poll(() => first.getAttribute('data-from'), { timeout: 10_000 }).toBe('1');

  await owner.page.getByTestId('nav-backlog').click();
  await waitForRows(
    owner.page,
    (keys) => keys[0] === high && keys.indexOf(low) === 15,
    `${high} is first and ${low} has not moved`,
  );
  const after = await rowKeys(owner.page);
  expect(after.filter((key) => key !== high)).toEqual(before.filter((key) => key !== high));
  expect(owner.pageErrors).toEqual([]);
});
