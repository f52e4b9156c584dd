import { beforeAll, expect, it } from 'vitest';
import { type OpenPage, openPage, rowKeys, screenshotOnFailure, signIn } from './browser.ts';
import { people } from './server.ts';
import { serverAndBrowser } from './session.ts';

const e2e = serverAndBrowser();
let owner: OpenPage;

beforeAll(async () => {
  owner = await openPage(e2e.browser);
});

async function createThroughInlineForm(title: string): Promise<string> {
  const { page } = owner;
  await page.getByTestId('create-type').selectOption('story');
  await page.getByTestId('create-title').fill(title);
  await page.getByTestId('create-title').press('Enter');
  const row = page.getByTestId('backlog-row').filter({ hasText: title });
  await row.waitFor();
  await expect.poll(() => page.getByTestId('create-title').inputValue()).toBe('');
  return (await row.getAttribute('data-key')) ?? '';
}

it('creates an item inline, drags it to the top with the mouse, and keeps it there after a reload', async (test) => {
  screenshotOnFailure(test, () => [owner.page]);
  const { page } = owner;
  await signIn(page, e2e.server.baseUrl, people.owner);

  const dragged = await createThroughInlineForm('Export the ledger as CSV for accountants');
  const newer = await createThroughInlineForm('Show the due date on the payment page');
  expect((await rowKeys(page)).slice(0, 2), 'each new item lands at the top').toEqual([newer, dragged]);

  const handle = page.locator(
    `[data-testid="backlog-row"][data-key="${dragged}"] [data-testid="drag-handle"]`,
  );
  const from = await handle.boundingBox();
  const firstRow = await page.getByTestId('backlog-row').first().boundingBox();
  if (!from || !firstRow) throw new Error('no handle or first row on the page');
  const moved = page.waitForResponse(
    (response) =>
      response.url().endsWith(`/api/items/${dragged}/move`) && response.request().method() === 'POST',
  );
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 5 });
  await page.mouse.move(from.x + from.width / 2, firstRow.y + 4, { steps: 15 });
  await page.mouse.up();

  const response = await moved;
  expect(response.status()).toBe(200);
  expect(response.request().postDataJSON()).toEqual({ to: 'top' });
  expect((await rowKeys(page)).slice(0, 2), 'the list shows the new order at once').toEqual([dragged, newer]);

  await page.reload();
  await page.getByTestId('backlog-row').first().waitFor();
  expect((await rowKeys(page)).slice(0, 2), 'the server kept the new order').toEqual([dragged, newer]);
  expect(owner.pageErrors).toEqual([]);
  expect(owner.consoleErrors, 'signing in and working logs no failed request').toEqual([]);
});
