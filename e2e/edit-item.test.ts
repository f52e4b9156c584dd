import { beforeAll, expect, it } from 'vitest';
import { type OpenPage, openPage, screenshotOnFailure, signIn } from './browser.ts';
import { people, samplePassword } from './server.ts';
import { serverAndBrowser } from './session.ts';

const e2e = serverAndBrowser();
let owner: OpenPage;

beforeAll(async () => {
  owner = await openPage(e2e.browser);
  await signIn(owner.page, e2e.server.baseUrl, people.owner);
});

/** Opens an item of the sample backlog that has acceptance criteria. */
async function openItemWithCriteria(): Promise<string> {
  const { page } = owner;
  await page.goto(`${e2e.server.baseUrl}/p/PAY`);
  await page.getByTestId('backlog-row').first().getByTestId('row-title').click();
  await page.getByTestId('item-title').waitFor();
  expect(await page.getByTestId('criterion').count()).toBeGreaterThan(0);
  return page.url().split('/items/')[1] ?? '';
}

it('edits the title and a criterion in place and shows both in the history', async (test) => {
  screenshotOnFailure(test, () => [owner.page]);
  const { page } = owner;
  await openItemWithCriteria();

  await page.getByTestId('edit-item-title').click();
  await page.getByTestId('title-input').fill('Remind clients before and after an invoice is due');
  await page.getByTestId('save-item-title').click();
  await expect
    .poll(() => page.getByTestId('item-title').locator('h1').textContent())
    .toBe('Remind clients before and after an invoice is due');

  const criterion = page.getByTestId('criterion').first();
  await criterion.hover();
  await criterion.getByTestId('edit-criterion').click();
  await page.getByTestId('criterion-input').fill('An owner can set up to three reminders per invoice');
  await page.getByTestId('criterion-input').press('Enter');
  await expect
    .poll(() => page.getByTestId('criterion-text').first().textContent())
    .toBe('An owner can set up to three reminders per invoice');

  const wasDone = await page.getByTestId('criterion-toggle').nth(1).isChecked();
  await page.getByTestId('criterion-toggle').nth(1).click();
  await expect.poll(() => page.getByTestId('criterion-toggle').nth(1).isChecked()).toBe(!wasDone);

  const history = page.getByTestId('history-entry');
  await history.filter({ hasText: 'Olivia Okafor changed title' }).waitFor();
  await expect.poll(() => history.filter({ hasText: 'changed acceptance criteria' }).count()).toBe(2);
  expect(await history.first().textContent()).toContain('Olivia Okafor changed acceptance criteria');

  await page.reload();
  await page.getByTestId('item-title').waitFor();
  expect(await page.getByTestId('item-title').locator('h1').textContent()).toBe(
    'Remind clients before and after an invoice is due',
  );
  expect(await page.getByTestId('criterion-text').first().textContent()).toBe(
    'An owner can set up to three reminders per invoice',
  );
  expect(owner.pageErrors).toEqual([]);
});

it('tells the person when someone else changed the item first, and keeps their draft', async (test) => {
  screenshotOnFailure(test, () => [owner.page]);
  const { page } = owner;
  const itemKey = await openItemWithCriteria();

  await page.getByTestId('edit-item-title').click();
  await page.getByTestId('title-input').fill('My title');

  // Meanwhile the editor renames it through the API.
  const editor = await e2e.browser.newContext();
  const api = editor.request;
  await api.post(`${e2e.server.baseUrl}/api/auth/sign-in`, {
    data: { email: people.editor, password: samplePassword },
  });
  const current = await (await api.get(`${e2e.server.baseUrl}/api/items/${itemKey}`)).json();
  const renamed = await api.patch(`${e2e.server.baseUrl}/api/items/${itemKey}`, {
    headers: { 'if-match': `"${current.version}"` },
    data: { title: 'Their title' },
  });
  expect(renamed.status()).toBe(200);
  await editor.close();

  await page.getByTestId('save-item-title').click();
  await page.getByTestId('item-title-error').filter({ hasText: 'Someone else changed this item' }).waitFor();
  expect(await page.getByTestId('title-input').inputValue()).toBe('My title');
  await page
    .getByTestId('toast')
    .filter({ hasText: `Someone else changed ${itemKey}` })
    .waitFor();

  // Saving again, knowingly, replaces their title.
  await page.getByTestId('save-item-title').click();
  await expect.poll(() => page.getByTestId('item-title').locator('h1').textContent()).toBe('My title');
  expect(owner.pageErrors).toEqual([]);
});

it('links an item to another, which shows the link from its side, and removes it again', async (test) => {
  screenshotOnFailure(test, () => [owner.page]);
  const { page } = owner;
  const itemKey = await openItemWithCriteria();
  const other = itemKey === 'PAY-40' ? 'PAY-41' : 'PAY-40';
  const links = page.getByTestId('item-link');
  const before = await links.count();

  await page.getByTestId('add-link').locator('select').selectOption('blocks');
  await page.getByTestId('add-link-key').fill(other.toLowerCase());
  await page.getByTestId('add-link-key').press('Enter');
  const added = links.filter({ hasText: other });
  await added.waitFor();
  expect(await added.textContent()).toContain('Blocks');
  await expect.poll(() => page.getByTestId('add-link-key').inputValue()).toBe('');

  await page.goto(`${e2e.server.baseUrl}/items/${other}`);
  const back = page.getByTestId('item-link').filter({ hasText: itemKey });
  await back.waitFor();
  expect(await back.textContent()).toContain('Blocked by');

  await page.goto(`${e2e.server.baseUrl}/items/${itemKey}`);
  await added.getByTestId('remove-link').click();
  await expect.poll(() => links.count()).toBe(before);
  expect(owner.pageErrors).toEqual([]);
});
