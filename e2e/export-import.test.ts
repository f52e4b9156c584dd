import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { type OpenPage, openPage, rowKeys, screenshotOnFailure, signIn, waitForRows } from './browser.ts';
import { serverAndBrowser } from './session.ts';

/**
 * Data out and in through the web app: the backlog exported as the view shows it (a filter, the
 * columns chosen, a byte-order mark for Excel), the whole product downloaded by its owner, and
 * imported by an admin under a new key.
 */

const e2e = serverAndBrowser();
let admin: OpenPage;

beforeAll(async () => {
  admin = await openPage(e2e.browser);
  await signIn(admin.page, e2e.server.baseUrl, 'admin@sample.test');
});

it('exports what the view shows, and moves the whole product back in under a new key', async (test) => {
  screenshotOnFailure(test, () => [admin.page]);
  const { page } = admin;
  const everything = await rowKeys(page);
  await page.getByTestId('filter-type').selectOption('bug');
  await waitForRows(page, (keys) => keys.length > 0 && keys.length < everything.length, 'only the bugs');
  const bugs = await rowKeys(page);

  await page.getByTestId('export-backlog').click();
  await page.getByTestId('export-bom').check();
  await page.getByTestId('export-column-demand').uncheck();
  const csv = page.waitForEvent('download');
  await page.getByTestId('export-download').click();
  const rows: Record<string, string>[] = parse(readFileSync((await (await csv).path()) as string), {
    columns: true,
    bom: true,
  });
  expect(rows.map((row) => row.key)).toEqual(bugs);
  expect(new Set(rows.map((row) => row.type))).toEqual(new Set(['bug']));
  expect(Object.keys(rows[0] ?? {})).not.toContain('demand');

  await page.getByTestId('export-backlog').click();
  const document = page.waitForEvent('download');
  await page.getByTestId('export-product').click();
  const file = (await (await document).path()) as string;
  // Every item: those the list shows, and the done, archived and sprint ones it does not.
  expect(JSON.parse(readFileSync(file, 'utf8')).items.length).toBeGreaterThanOrEqual(everything.length);

  await page.goto(`${e2e.server.baseUrl}/admin`);
  await page.getByTestId('import-product').click();
  await page.getByTestId('product-import-file').setInputFiles(file);
  await page.getByTestId('product-import-form').getByRole('button', { name: 'Import' }).click();
  await expect.poll(() => page.getByTestId('product-import-form').textContent()).toContain('already exists');
  await page.getByTestId('product-import-key').fill('MOVED');
  await page.getByTestId('product-import-form').getByRole('button', { name: 'Import' }).click();
  await page.getByTestId('admin-product-MOVED').waitFor();
  expect(admin.pageErrors).toEqual([]);
});
