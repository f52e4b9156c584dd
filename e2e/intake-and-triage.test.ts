import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { type OpenPage, openPage, screenshotOnFailure, signIn } from './browser.ts';
import { people } from './server.ts';
import { serverAndBrowser } from './session.ts';

const e2e = serverAndBrowser();
let stakeholder: OpenPage;
let owner: OpenPage;
let requester: OpenPage;

beforeAll(async () => {
  [stakeholder, owner, requester] = await Promise.all([
    openPage(e2e.browser),
    openPage(e2e.browser),
    openPage(e2e.browser),
  ]);
  await Promise.all([
    signIn(stakeholder.page, e2e.server.baseUrl, people.stakeholder),
    signIn(owner.page, e2e.server.baseUrl, people.owner),
  ]);
});

/** A title from the sample backlog (src/db/sample/sample-backlog.ts), and a stakeholder's words for it. */
const existingTitle = 'Automatic payment reminders before and after the due date';
const askedTitle = 'Payment reminders before the due date';

const entry = (page: Page, key: string) => page.locator(`[data-testid="triage-entry"][data-key="${key}"]`);

/** Opens the triage inbox from the header link, and waits until it is live. */
async function openInbox(page: Page) {
  await page.getByTestId('triage-link').click();
  await page.waitForURL(/\/p\/PAY\/triage$/);
  await page.getByTestId('triage-entry').first().waitFor();
  await page.locator('[data-testid="live-indicator"][data-state="live"]').waitFor({ state: 'attached' });
}

it('suggests the existing item while a stakeholder asks, and the merge shows on their status page', async (test) => {
  screenshotOnFailure(test, () => [stakeholder.page, owner.page, requester.page]);
  const { page } = stakeholder;
  expect(await page.getByTestId('triage-link').count(), 'stakeholders do not triage').toBe(0);

  await page.getByTestId('ask-link').click();
  await page.waitForURL(/\/p\/PAY\/requests\/new$/);
  // Stakeholders speak for clients: the form asks for commercial impact.
  expect(await page.getByTestId('intake-source').inputValue()).toBe('client_facing');
  await page.getByTestId('intake-title').fill(askedTitle);
  const suggestion = page
    .getByTestId('looks-like')
    .locator('[data-testid="duplicate-suggestion"][data-kind="item"]')
    .filter({ hasText: existingTitle });
  await suggestion.waitFor();
  const itemKey = (await suggestion.getAttribute('data-key')) ?? '';
  expect(itemKey).toMatch(/^PAY-\d+$/);
  expect(await suggestion.getByRole('link', { name: existingTitle }).getAttribute('href')).toBe(
    `/items/${itemKey}`,
  );

  await page.getByTestId('intake-problem').fill('Three agencies chase late payers by hand every Monday.');
  await page.getByTestId('intake-accounts').fill('3');
  await page.getByTestId('intake-deal-value').fill('24000');
  await page.getByTestId('intake-urgency').selectOption('medium');
  await page.getByTestId('intake-submit').click();

  const acknowledgement = page.getByTestId('acknowledgement');
  await acknowledgement.waitFor();
  expect(await acknowledgement.textContent()).toContain('We hear you, it’s logged');
  const requestKey = (await page.getByTestId('acknowledgement-key').textContent()) ?? '';
  expect(requestKey).toMatch(/^PAY-R\d+$/);
  const statusLink = (await page.getByTestId('status-link').getAttribute('href')) ?? '';
  expect(statusLink).toMatch(new RegExp(`^${e2e.server.baseUrl}/status/req_[A-Za-z0-9_-]{43}$`));

  // The owner finds it in the inbox with its impact and the same suggestion, and merges it there.
  await openInbox(owner.page);
  const waiting = entry(owner.page, requestKey);
  await waiting.waitFor();
  expect(await waiting.getByTestId('entry-impact').textContent()).toBe(
    '3 accounts · €24,000 in deals · medium urgency',
  );
  expect(await waiting.getByTestId('entry-age').textContent()).toBe('today');
  const inboxSuggestion = waiting.locator(`[data-testid="duplicate-suggestion"][data-key="${itemKey}"]`);
  await inboxSuggestion.getByTestId('merge-here').click();
  const mergeForm = waiting.getByTestId('merge-form');
  expect(
    await mergeForm.locator(`[data-testid="merge-candidate"][data-key="${itemKey}"] input`).isChecked(),
  ).toBe(true);
  await mergeForm.getByTestId('merge-submit').click();
  await waiting.waitFor({ state: 'detached' });
  expect(await owner.page.getByTestId('toast').last().textContent()).toContain(
    `${requestKey} joined ${itemKey}`,
  );

  // The requester's status page, opened from the link without signing in.
  await requester.page.goto(statusLink);
  const state = requester.page.getByTestId('request-state');
  await expect.poll(() => state.getAttribute('data-state')).toBe('merged');
  expect(await state.textContent()).toBe('Joined an existing item');
  expect(await requester.page.getByTestId('status-title').textContent()).toBe(askedTitle);
  expect(await requester.page.getByTestId('status-item-title').textContent()).toBe(existingTitle);
  expect(await requester.page.getByTestId('product-name').count(), 'no app header on the status page').toBe(
    0,
  );

  expect(stakeholder.pageErrors).toEqual([]);
  expect(owner.pageErrors).toEqual([]);
  expect(requester.pageErrors).toEqual([]);
});

it('takes a customer’s request through the public form, asks them a question, and brings their answer back to the inbox', async (test) => {
  const customer = await openPage(e2e.browser);
  screenshotOnFailure(test, () => [customer.page, owner.page]);
  const { page } = customer;

  await page.goto(`${e2e.server.baseUrl}/public/PAY`);
  await page.getByTestId('public-form').waitFor();
  const honeypot = page.locator('input[name="website"]');
  expect(await honeypot.getAttribute('tabindex')).toBe('-1');
  expect(await honeypot.getAttribute('autocomplete')).toBe('off');
  expect(await page.getByTestId('honeypot').getAttribute('aria-hidden')).toBe('true');
  expect(await page.getByTestId('duplicate-suggestion').count(), 'no suggestions on the public form').toBe(0);

  const title = 'Export payments to my accounting tool';
  await page.getByTestId('public-name').fill('Ines Duarte (Duarte Arquitetura)');
  await page.getByTestId('public-email').fill('ines@example.com');
  await page.getByTestId('public-title').fill(title);
  await page.getByTestId('public-problem').fill('I copy every payment into my accounting tool by hand.');
  await page.getByTestId('public-submit').click();
  await page.getByTestId('acknowledgement').waitFor();
  const requestKey = (await page.getByTestId('acknowledgement-key').textContent()) ?? '';
  const statusLink = (await page.getByTestId('status-link').getAttribute('href')) ?? '';
  expect(statusLink).toContain('/status/req_');

  // The owner asks for more information with the keyboard: focus the request, press i.
  await owner.page.goto(`${e2e.server.baseUrl}/p/PAY`);
  await openInbox(owner.page);
  const waiting = entry(owner.page, requestKey);
  await waiting.waitFor();
  expect(await waiting.getByTestId('entry-source').textContent()).toBe('Customer');
  await waiting.locator('h2').click();
  await owner.page.keyboard.press('i');
  const question = 'Which accounting tool do you use, and in which format does it import payments?';
  const askText = waiting.getByTestId('ask-text');
  await expect.poll(() => askText.evaluate((field) => field === document.activeElement)).toBe(true);
  await owner.page.keyboard.type(question);
  await waiting.getByTestId('ask-submit').click();
  await expect.poll(() => waiting.getAttribute('data-state')).toBe('needs_info');

  // The customer reads the question on their status page and answers it.
  await page.goto(statusLink);
  const state = page.getByTestId('request-state');
  await expect.poll(() => state.getAttribute('data-state')).toBe('needs_info');
  expect(await page.locator('[data-testid="status-message"][data-from="team"]').textContent()).toContain(
    question,
  );
  const answer = 'Exact Online; it imports CSV files.';
  await page.getByTestId('answer-input').fill(answer);
  await page.getByTestId('answer-submit').click();
  await expect.poll(() => state.getAttribute('data-state')).toBe('new');
  expect(await page.locator('[data-testid="status-message"][data-from="you"]').textContent()).toContain(
    answer,
  );
  expect(await page.getByTestId('answer-form').count(), 'nothing more to answer').toBe(0);

  // Back in the owner's inbox, without a reload: waiting again, with the answer.
  await expect.poll(() => waiting.getAttribute('data-state'), { timeout: 10_000 }).toBe('new');
  await expect
    .poll(() => waiting.locator('[data-testid="entry-message"][data-from="requester"]').textContent(), {
      timeout: 10_000,
    })
    .toContain(answer);
  expect(customer.pageErrors).toEqual([]);
  expect(owner.pageErrors).toEqual([]);
});
