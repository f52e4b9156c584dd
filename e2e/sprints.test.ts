import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { type OpenPage, openPage, rowKeys, screenshotOnFailure, signIn } from './browser.ts';
import { people } from './server.ts';
import { serverAndBrowser } from './session.ts';

const e2e = serverAndBrowser();
const opened: OpenPage[] = [];

async function open(): Promise<OpenPage> {
  const page = await openPage(e2e.browser);
  opened.push(page);
  return page;
}

/** A real pointer drag: press inside `from` (clear of its links), move in steps, release over `to`. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.scrollIntoViewIfNeeded();
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('nothing to drag from or to');
  const x = start.x + 5;
  const y = start.y + start.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 6, y + 6, { steps: 4 });
  await page.mouse.move(end.x + end.width / 2, end.y + Math.min(end.height / 2, 120), { steps: 20 });
  await page.mouse.up();
}

const postTo = (page: Page, path: RegExp) =>
  page.waitForResponse((response) => path.test(response.url()) && response.request().method() === 'POST');

it('draws the sprint forecast in the backlog, and shows stakeholders the roadmap', async (test) => {
  const owner = await open();
  const stakeholder = await open();
  screenshotOnFailure(test, () => [owner.page, stakeholder.page]);

  await signIn(owner.page, e2e.server.baseUrl, people.owner);
  await expect
    .poll(() => owner.page.getByTestId('forecast-velocity').textContent())
    .toMatch(
      /^Velocity ≈ \d+(\.\d)? pts a sprint, the mean of the last closed sprints; an item without an estimate counts as \d+ \(the median\)$/,
    );
  const firstLine = owner.page.getByTestId('forecast-line').first();
  await expect.poll(() => firstLine.textContent()).toMatch(/^End of sprint \+1 \(≈ \d+ pts\)$/);
  // The line sits between two rows: a row of the backlog comes right before it.
  expect(await firstLine.evaluate((line) => line.previousElementSibling?.getAttribute('data-testid'))).toBe(
    'backlog-row',
  );
  // A filter hides rows the forecast counts: no lines then.
  await owner.page.goto(`${e2e.server.baseUrl}/p/PAY?type=bug`);
  await owner.page.getByTestId('backlog-row').first().waitFor();
  expect(await owner.page.getByTestId('forecast-line').count()).toBe(0);

  await signIn(stakeholder.page, e2e.server.baseUrl, people.stakeholder);
  await stakeholder.page.getByTestId('nav-roadmap').click();
  const now = stakeholder.page.getByTestId('roadmap-now').getByTestId('roadmap-card');
  await now.first().waitFor();
  expect(await now.count(), 'the sprint under way is now').toBeGreaterThan(0);
  expect(
    await stakeholder.page.getByTestId('roadmap-next').getByTestId('roadmap-card').count(),
  ).toBeGreaterThan(0);
  // Only what the roadmap tells: no estimates on its cards.
  expect(await stakeholder.page.getByTestId('roadmap').locator('.estimate').count()).toBe(0);
  expect([...owner.pageErrors, ...stakeholder.pageErrors]).toEqual([]);
});

it('closes the sprint, plans the next by dragging, runs it on the board, closes it, and charts the progress', async (test) => {
  const { page, pageErrors } = await open();
  screenshotOnFailure(test, () => [page]);
  await signIn(page, e2e.server.baseUrl, people.owner);

  // Close the sprint under way; what is unfinished goes to the top of the product backlog.
  await page.getByTestId('nav-sprints').click();
  await page.locator('[data-testid="sprint-row"][data-state="active"] [data-testid="sprint-link"]').click();
  await page.getByTestId('close-sprint').click();
  await page.getByTestId('unfinished-top').check();
  const closedFirst = postTo(page, /\/api\/sprints\/[^/]+\/close$/);
  await page.getByTestId('close-confirm').click();
  expect((await closedFirst).status()).toBe(200);
  await page.getByTestId('sprint-summary').waitFor();
  const returned = (
    (await page.getByTestId('summary-returned').locator('.item-key').allTextContents()) ?? []
  ).map((key) => key.trim());
  expect(returned.length, 'the sample sprint had unfinished work').toBeGreaterThan(0);
  await page.getByTestId('nav-backlog').click();
  await page.getByTestId('backlog-row').first().waitFor();
  await expect.poll(async () => (await rowKeys(page)).slice(0, returned.length)).toEqual(returned);

  // A new sprint: with no sprint open, planning starts with the form.
  await page.getByTestId('nav-sprints').click();
  await page.getByTestId('plan-sprint-link').click();
  await page.getByTestId('sprint-goal').fill('Invoices that leave on time');
  await page.getByTestId('sprint-capacity').fill('10');
  await page.getByTestId('create-sprint').click();
  await expect.poll(() => page.getByTestId('sprint-state').getAttribute('data-state')).toBe('planned');
  const capacity = page.getByTestId('capacity');
  expect(await capacity.getAttribute('data-committed')).toBe('0');
  expect(await page.getByTestId('capacity-label').textContent()).toBe('0 of 10 points · 10 left');

  // Drag a ready, estimated item from the product backlog into the sprint backlog.
  const candidate = page
    .locator('[data-testid="backlog-row"][data-status="open"][data-ready="true"]')
    .filter({ has: page.locator('.estimate', { hasText: /^[1-9]\d*$/ }) })
    .first();
  const key = (await candidate.getAttribute('data-key')) ?? '';
  const estimate = Number(await candidate.locator('.estimate').textContent());
  const committed = postTo(page, /\/api\/sprints\/[^/]+\/items$/);
  await drag(page, candidate, page.getByTestId('sprint-column'));
  const commit = await committed;
  expect(commit.status()).toBe(200);
  expect(commit.request().postDataJSON()).toEqual({ itemKeys: [key] });
  await page.locator(`[data-testid="sprint-row"][data-key="${key}"]`).waitFor();
  expect(await page.locator(`[data-testid="backlog-row"][data-key="${key}"]`).count()).toBe(0);
  await expect.poll(() => capacity.getAttribute('data-committed')).toBe(String(estimate));
  expect(await page.getByTestId('capacity-label').textContent()).toBe(
    `${estimate} of 10 points · ${Math.abs(10 - estimate)} ${estimate > 10 ? 'over' : 'left'}`,
  );

  // Start it: the board opens, the item waits in To do.
  await page.getByTestId('start-sprint').click();
  await page.waitForURL(/\/p\/PAY\/sprints\/[0-9a-f-]{36}$/);
  await expect.poll(() => page.getByTestId('sprint-state').getAttribute('data-state')).toBe('active');
  const card = (status: string) =>
    page.locator(
      `[data-testid="board-column"][data-status="${status}"] [data-testid="board-card"][data-key="${key}"]`,
    );
  await card('open').waitFor();

  // Drag the card from To do to In progress: the item's status changes, and stays changed.
  const moved = postTo(page, /\/api\/sprints\/[^/]+\/board\/move$/);
  await drag(page, card('open'), page.locator('[data-testid="board-column"][data-status="in_progress"]'));
  const move = await moved;
  expect(move.status()).toBe(200);
  expect(move.request().postDataJSON()).toEqual({ itemKey: key, status: 'in_progress' });
  await card('in_progress').waitFor();
  await page.reload();
  await card('in_progress').waitFor();
  const item = await page.request.get(`${e2e.server.baseUrl}/api/items/${key}`);
  expect((await item.json()).status).toBe('in_progress');

  // Close it: where the unfinished item goes, and the summary with a link to the release notes.
  await page.getByTestId('close-sprint').click();
  await page.getByTestId('unfinished-where-it-was').check();
  await page.getByTestId('close-confirm').click();
  await page.getByTestId('sprint-summary').waitFor();
  expect(await page.getByTestId('summary-committed').textContent()).toBe(`1 item · ${estimate} pts`);
  expect(await page.getByTestId('summary-done').textContent()).toBe('0 items · 0 pts');
  expect(await page.getByTestId('summary-returned').textContent()).toContain(key);
  await page.getByTestId('release-notes-link').click();
  await expect.poll(() => page.getByTestId('release-notes').textContent()).toContain('Nothing shipped');

  // Progress: the charts draw the closed sprints (still, for the picture: no entrance animation).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.getByTestId('nav-insights').click();
  const velocityBars = page.locator('[data-testid="chart-velocity"] .recharts-bar-rectangle');
  await expect.poll(() => velocityBars.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
  for (const chart of [
    'chart-burn-up',
    'chart-flow',
    'chart-lead-time',
    'chart-throughput-type',
    'chart-requests',
  ]) {
    await page.locator(`[data-testid="${chart}"] .recharts-surface`).first().waitFor();
  }
  await page.locator('[data-testid="chart-flow"] .recharts-area-area').first().waitFor();
  // The picture shows the charts alone, once the "closed" message has gone.
  await page.getByTestId('toast').first().waitFor({ state: 'detached', timeout: 15_000 });
  const artifacts = new URL('./artifacts/', import.meta.url).pathname;
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: `${artifacts}insights.png`, fullPage: true });
  expect(pageErrors).toEqual([]);
});

it('starts a release, plans an item into it from its page, and draws the release burn-up', async (test) => {
  const { page } = await open();
  screenshotOnFailure(test, () => [page]);
  await signIn(page, e2e.server.baseUrl, people.owner);
  const listed = await page.request.get(`${e2e.server.baseUrl}/api/products/PAY/items?limit=50`);
  const item = ((await listed.json()).data as { key: string; estimate: number | null }[]).find(
    (candidate) => (candidate.estimate ?? 0) > 0,
  );
  if (!item) throw new Error('the sample backlog has no estimated item');

  await page.goto(`${e2e.server.baseUrl}/p/PAY/insights`);
  await page.getByTestId('release-name').fill('Autumn launch');
  await page.getByRole('button', { name: 'Add release' }).click();
  const chart = page.getByTestId('chart-release-burn-up');
  await expect.poll(() => chart.getAttribute('aria-label')).toBe('Burn-up · Autumn launch');

  await page.goto(`${e2e.server.baseUrl}/items/${item.key}`);
  const planned = postTo(page, /\/api\/releases\/[^/]+\/items$/);
  await page.getByTestId('item-release-choice').selectOption({ label: 'Autumn launch' });
  expect((await planned).status()).toBe(200);

  await page.goto(`${e2e.server.baseUrl}/p/PAY/insights`);
  await expect
    .poll(() => chart.locator('.chart-note').textContent())
    .toBe(`0 of ${item.estimate} points done`);
  await chart.locator('.recharts-surface').first().waitFor();
});
