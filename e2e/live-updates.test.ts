import { beforeAll, expect, it } from 'vitest';
import { type OpenPage, openPage, rowKeys, screenshotOnFailure, signIn, waitForRows } from './browser.ts';
import { people } from './server.ts';
import { serverAndBrowser } from './session.ts';

const e2e = serverAndBrowser();
let owner: OpenPage;
let editor: OpenPage;

beforeAll(async () => {
  [owner, editor] = await Promise.all([openPage(e2e.browser), openPage(e2e.browser)]);
});

it("shows a colleague's move on another person's screen without a reload", async (test) => {
  screenshotOnFailure(test, () => [owner.page, editor.page]);
  await Promise.all([
    signIn(owner.page, e2e.server.baseUrl, people.owner),
    signIn(editor.page, e2e.server.baseUrl, people.editor),
  ]);
  await editor.page
    .locator('[data-testid="live-indicator"][data-state="live"]')
    .waitFor({ state: 'attached' });
  // A marker that a reload would wipe out: the change must arrive in this very page.
  await editor.page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });

  const keys = await rowKeys(owner.page);
  const moving = keys[4];
  if (!moving) throw new Error('the sample backlog has fewer than five items');
  expect((await rowKeys(editor.page))[0]).not.toBe(moving);

  const row = owner.page.locator(`[data-testid="backlog-row"][data-key="${moving}"]`);
  await row.hover();
  await row.getByTestId('move-to-top').click();
  await waitForRows(owner.page, (now) => now[0] === moving, 'the mover sees the item first');

  await waitForRows(
    editor.page,
    (now) => now[0] === moving,
    `the editor sees ${moving} first without reloading`,
  );
  expect(
    await editor.page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
  ).toBe(true);

  // And back the other way: the editor drags with the keyboard, the owner sees it.
  const second = (await rowKeys(editor.page))[1];
  if (!second) throw new Error('no second row');
  const handle = editor.page.locator(
    `[data-testid="backlog-row"][data-key="${second}"] [data-testid="drag-handle"]`,
  );
  const announcements = editor.page.locator('[id^="DndLiveRegion"]');
  await handle.focus();
  await editor.page.keyboard.press('Space');
  await announcements
    .filter({ hasText: `Picked up ${second}, at position 2.` })
    .waitFor({ state: 'attached' });
  await editor.page.keyboard.press('ArrowUp');
  await announcements
    .filter({ hasText: `${second} will move to position 1.` })
    .waitFor({ state: 'attached' });
  await editor.page.keyboard.press('Space');
  await announcements
    .filter({ hasText: `${second} was dropped at position 1.` })
    .waitFor({ state: 'attached' });
  await waitForRows(
    owner.page,
    (now) => now[0] === second && now[1] === moving,
    'the owner sees the editor’s move',
  );
  expect(owner.pageErrors).toEqual([]);
  expect(editor.pageErrors).toEqual([]);
});
