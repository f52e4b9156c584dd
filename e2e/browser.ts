import { mkdirSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect, type TestContext } from 'vitest';
import { chromiumArgs } from '../scripts/chromium.js';
import { samplePassword } from './server.ts';

/** Debian's Chromium (never a downloaded browser), headless, quiet on the network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.ORDO_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
  });
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors of the page's scripts: a test expects none. */
  pageErrors: string[];
  /** What the page logged as an error: a failed request shows here. */
  consoleErrors: string[];
}

/** A fresh browser context (its own cookies) with one page whose script errors are collected. */
export async function openPage(browser: Browser): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  return { context, page, pageErrors, consoleErrors };
}

/** Signs in through the form and waits for the sample product's backlog. */
export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(samplePassword);
  await page.getByTestId('sign-in-submit').click();
  await page.waitForURL(/\/p\/PAY/);
  await page.getByTestId('backlog-row').first().waitFor();
}

/** The keys of the backlog rows, top first, as the page shows them now. */
export function rowKeys(page: Page): Promise<string[]> {
  return page
    .getByTestId('backlog-row')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key') ?? ''));
}

/** Waits until the backlog's rows satisfy `check` (the list refreshes asynchronously). */
export async function waitForRows(page: Page, check: (keys: string[]) => boolean, message: string) {
  await expect.poll(async () => check(await rowKeys(page)), { timeout: 10_000, message }).toBe(true);
}

/** Keeps a screenshot of every open page in e2e/artifacts/ when the test fails. */
export function screenshotOnFailure(test: TestContext, pages: () => Page[]): void {
  test.onTestFailed(async () => {
    const dir = new URL('./artifacts/', import.meta.url).pathname;
    mkdirSync(dir, { recursive: true });
    const name = test.task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    for (const [index, page] of pages().entries()) {
      await page.screenshot({ path: `${dir}${name}-${index + 1}.png`, fullPage: true }).catch(() => {});
    }
  });
}
