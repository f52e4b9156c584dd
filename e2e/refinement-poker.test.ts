import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { type OpenPage, openPage, screenshotOnFailure, signIn } from './browser.ts';
import { people } from './server.ts';
import { serverAndBrowser } from './session.ts';

const e2e = serverAndBrowser();
let owner: OpenPage;
let member: OpenPage;

beforeAll(async () => {
  [owner, member] = await Promise.all([openPage(e2e.browser), openPage(e2e.browser)]);
});

const nameOf = async (page: Page) => (await page.locator('.app-header-person-name').textContent()) ?? '';

/** Each vote as the page shows it: voter → card ('' while the card is hidden). */
async function votesOn(page: Page): Promise<Record<string, string>> {
  const votes = await page
    .getByTestId('poker-vote')
    .evaluateAll((nodes) =>
      nodes.map((node) => [node.getAttribute('data-voter'), node.getAttribute('data-card')]),
    );
  return Object.fromEntries(votes);
}

it('runs planning poker with hidden votes, a reveal both screens see live, and an agreed estimate', async (test) => {
  screenshotOnFailure(test, () => [owner.page, member.page]);
  await Promise.all([
    signIn(owner.page, e2e.server.baseUrl, people.owner),
    signIn(member.page, e2e.server.baseUrl, people.member),
  ]);
  const [ownerName, memberName] = await Promise.all([nameOf(owner.page), nameOf(member.page)]);

  // The owner prepares a session: its agenda is proposed from the top, items not ready first.
  await owner.page.getByTestId('nav-refinement').click();
  await owner.page.getByTestId('prepare-session').click();
  await owner.page.getByTestId('session-page').waitFor();
  const first = owner.page.getByTestId('agenda-entry').first();
  await expect.poll(() => first.getByTestId('readiness').getAttribute('data-ready')).toBe('false');
  const itemKey = await first.getAttribute('data-key');
  if (!itemKey) throw new Error('the agenda is empty');
  await owner.page.getByTestId('session-start').click();
  await expect.poll(() => owner.page.getByTestId('session-state').textContent()).toBe('Running');

  // The member finds the running session and joins it from their own screen.
  await member.page.getByTestId('nav-refinement').click();
  await member.page.getByTestId('current-session-link').click();
  await member.page.getByTestId('session-join').click();
  await member.page
    .locator('[data-testid="live-indicator"][data-state="live"]')
    .waitFor({ state: 'attached' });
  await owner.page.getByTestId('attendee').filter({ hasText: memberName }).waitFor({ timeout: 10_000 });
  // A marker a reload would wipe out: what follows must arrive in this very page.
  await member.page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });

  // The owner opens a round on the first agenda item; the member sees the deck without reloading.
  await first.getByTestId('start-poker').click();
  await owner.page.getByTestId('poker-panel').waitFor();
  await member.page.getByTestId('poker-panel').waitFor({ timeout: 10_000 });
  expect(await member.page.getByTestId('poker-item').textContent()).toBe(itemKey);

  await owner.page.locator('[data-testid="poker-card"][data-card="5"]').click();
  await member.page.locator('[data-testid="poker-card"][data-card="8"]').click();
  await expect
    .poll(() => votesOn(owner.page), { timeout: 10_000, message: 'the owner sees that the member voted' })
    .toEqual({ [ownerName]: '5', [memberName]: '' });
  await expect
    .poll(() => votesOn(member.page), { timeout: 10_000, message: 'the member sees that the owner voted' })
    .toEqual({ [ownerName]: '', [memberName]: '8' });
  // Neither card shows anywhere on the other's votes.
  expect(await owner.page.getByTestId('poker-votes').textContent()).not.toContain('8');
  expect(await member.page.getByTestId('poker-votes').textContent()).not.toContain('5');
  expect(await member.page.getByTestId('poker-mine').textContent()).toContain('8');
  await expect(member.page.getByTestId('poker-reveal').count()).resolves.toBe(0);

  // The reveal shows every card on both screens at once, with the spread.
  await owner.page.getByTestId('poker-reveal').click();
  for (const page of [owner.page, member.page]) {
    await expect
      .poll(() => votesOn(page), { timeout: 10_000, message: 'both cards show after the reveal' })
      .toEqual({ [ownerName]: '5', [memberName]: '8' });
    expect(await page.getByTestId('poker-spread').textContent()).toBe('From 5 to 8 · no card leads');
  }
  expect(
    await member.page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
  ).toBe(true);

  // The owner agrees an estimate (on a tie, the middle vote is proposed) and the item shows it.
  const estimate = owner.page.getByTestId('agree-estimate');
  expect(await estimate.inputValue()).toBe('8');
  await estimate.fill('5');
  await owner.page.getByTestId('agree').click();
  for (const page of [owner.page, member.page]) {
    const entry = page.locator(`[data-testid="agenda-entry"][data-key="${itemKey}"]`);
    await expect
      .poll(() => entry.getByTestId('agenda-estimate').textContent(), { timeout: 10_000 })
      .toBe('5');
    await expect.poll(() => entry.getByTestId('agenda-outcome-chip').textContent()).toBe('Estimated');
    await page.getByTestId('poker-panel').waitFor({ state: 'detached' });
  }
  await owner.page.goto(`${e2e.server.baseUrl}/items/${itemKey}`);
  await expect.poll(() => owner.page.getByTestId('item-estimate').textContent()).toBe('5 points');

  expect(owner.pageErrors).toEqual([]);
  expect(member.pageErrors).toEqual([]);
});
