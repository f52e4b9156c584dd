import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startWebhookReceiver } from '../test/webhook-receiver.ts';
import { type OpenPage, openPage, rowKeys, screenshotOnFailure, signIn } from './browser.ts';
import { people } from './server.ts';
import { serverAndBrowser } from './session.ts';

const e2e = serverAndBrowser();
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let owner: OpenPage;
let stakeholder: OpenPage;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  [owner, stakeholder] = await Promise.all([openPage(e2e.browser), openPage(e2e.browser)]);
  await owner.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: e2e.server.baseUrl,
  });
  await Promise.all([
    signIn(owner.page, e2e.server.baseUrl, people.owner),
    signIn(stakeholder.page, e2e.server.baseUrl, people.stakeholder),
  ]);
});

afterAll(async () => {
  await receiver?.close();
});

const delivery = (page: Page, kind: string) =>
  page.locator(`[data-testid="webhook-delivery"][data-kind="${kind}"]`).first();
/** The state the log shows for the newest delivery of `kind` (null while there is none). */
const stateOf = async (page: Page, kind: string) =>
  (await delivery(page, kind).count())
    ? delivery(page, kind).getByTestId('webhook-delivery-state').textContent()
    : null;

async function openWebhooks(page: Page) {
  await page.getByTestId('nav-webhooks').click();
  await page.waitForURL(/\/p\/PAY\/webhooks$/);
  await page.getByTestId('webhooks').waitFor();
}

it('adds a webhook, shows its secret once, sends a test event and a move, and logs both', async (test) => {
  screenshotOnFailure(test, () => [owner.page]);
  expect(await stakeholder.page.getByTestId('nav-webhooks').count(), 'for owners and admins only').toBe(0);

  const { page } = owner;
  await openWebhooks(page);
  await page.getByTestId('webhook-add-open').click();

  // The API's refusal shows beside the address.
  await page.getByTestId('webhook-url').fill('ftp://example.com/hooks');
  await page.getByTestId('webhook-add-save').click();
  await expect
    .poll(() => page.getByTestId('webhook-add-url-error').textContent())
    .toContain('http:// or https://');

  // The receiver, wanting moves only, chosen from the catalogue's kinds.
  await page.getByTestId('webhook-url').fill(receiver.url);
  await page.getByTestId('webhook-description').fill('The <b>ledger</b> sync');
  await page.getByTestId('webhook-some-kinds').check();
  await page.getByTestId('webhook-kind-item.moved').check();
  await page.getByTestId('webhook-add-save').click();

  // The secret, once, with a button that copies it.
  const secret = (await page.getByTestId('webhook-secret-text').textContent()) ?? '';
  expect(secret).toMatch(/^whsec_/);
  await page.getByTestId('webhook-secret-copy').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  receiver.state.secrets = [secret];
  await page.getByRole('button', { name: 'Done, I have copied it' }).click();
  expect(await page.getByTestId('webhook-secret').count()).toBe(0);

  const webhook = page.getByTestId('webhook');
  expect(await webhook.getByTestId('webhook-address').textContent()).toBe(receiver.url);
  expect(await webhook.getByTestId('webhook-on-off').textContent()).toBe('On');
  expect(await webhook.getByTestId('webhook-kinds').textContent()).toBe('Sends item.moved');
  expect(await webhook.getByText('The <b>ledger</b> sync').count(), 'text shown as written').toBe(1);

  // A test event reaches the receiver, signed, and the log says it was delivered.
  await webhook.getByTestId('webhook-log-toggle').click();
  await webhook.getByTestId('webhook-test').click();
  await receiver.until(1);
  expect(receiver.received[0]?.payload.type).toBe('webhook.test');
  await expect.poll(() => stateOf(page, 'webhook.test'), { timeout: 10_000 }).toBe('Delivered');
  await delivery(page, 'webhook.test').locator('summary').first().click();
  expect(await delivery(page, 'webhook.test').getByTestId('webhook-delivery-body').textContent()).toContain(
    '"type": "webhook.test"',
  );
  expect(await delivery(page, 'webhook.test').getByTestId('webhook-attempt').first().textContent()).toContain(
    'HTTP 200',
  );

  // A move in the backlog is delivered too.
  await page.getByTestId('nav-backlog').click();
  await page.getByTestId('backlog-row').first().waitFor();
  const moved = (await rowKeys(page))[2] ?? '';
  const row = page.locator(`[data-testid="backlog-row"][data-key="${moved}"]`);
  await row.hover();
  await row.getByTestId('move-to-top').click();
  await receiver.until(2);
  expect(receiver.received[1]?.payload).toMatchObject({ type: 'item.moved', data: { item: moved } });

  await openWebhooks(page);
  await webhook.getByTestId('webhook-log-toggle').click();
  await expect.poll(() => stateOf(page, 'item.moved'), { timeout: 10_000 }).toBe('Delivered');
  expect(await page.getByTestId('webhook-secret').count(), 'the secret is not shown again').toBe(0);

  // Redeliver one: the receiver has it again, with the same event id.
  await delivery(page, 'item.moved').locator('summary').first().click();
  await delivery(page, 'item.moved').getByTestId('webhook-redeliver').click();
  await receiver.until(3);
  expect(receiver.received[2]?.payload.data.eventId).toBe(receiver.received[1]?.payload.data.eventId);

  expect(receiver.refused).toEqual([]);
  expect(owner.pageErrors).toEqual([]);
});

it('edits, turns off, rotates the secret of and removes the webhook', async (test) => {
  screenshotOnFailure(test, () => [owner.page]);
  const { page } = owner;
  const webhook = page.getByTestId('webhook');
  await webhook.getByRole('button', { name: 'Edit' }).click();
  await webhook.getByTestId('webhook-description').fill('Ledger sync, every kind');
  await webhook.getByTestId('webhook-every-kind').check();
  await webhook.getByTestId('webhook-edit-save').click();
  await expect
    .poll(() => webhook.getByTestId('webhook-kinds').textContent())
    .toBe('Sends every kind of event');
  expect(await webhook.getByText('Ledger sync, every kind').count()).toBe(1);

  await webhook.getByTestId('webhook-toggle').click();
  await expect.poll(() => webhook.getByTestId('webhook-on-off').textContent()).toBe('Off');

  const first = await page.evaluate(() => navigator.clipboard.readText());
  await webhook.getByTestId('webhook-rotate').click();
  const rotated = (await page.getByTestId('webhook-secret-text').textContent()) ?? '';
  expect(rotated).toMatch(/^whsec_/);
  expect(rotated).not.toBe(first);
  expect(await page.getByTestId('webhook-secret').textContent()).toContain('signed with the old secret too');

  await webhook.getByTestId('webhook-remove').click();
  await page.getByTestId('webhook-remove-confirm').click();
  await page.getByTestId('webhooks-empty').waitFor();
  expect(owner.pageErrors).toEqual([]);
});
