import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.js';
import { benchAdmin, productKey } from './seed-items.ts';

export interface TransferSize {
  /** Bytes over the wire (headers and compressed bodies) to show the backlog, with an empty cache. */
  coldKb: number;
  /** The same page opened again: what revalidating index.html and the API's JSON cost. */
  warmKb: number;
  requests: number;
}

/**
 * Opens the backlog in headless Chromium as a person would, signed in, once with an empty cache
 * and once again, and sums what went over the wire. Null when there is no Chromium.
 */
export async function measureTransferSize(baseUrl: string): Promise<TransferSize | null> {
  const executablePath = chromiumPath();
  if (!executablePath) return null;
  const browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs });
  try {
    const context = await browser.newContext();
    const signedIn = await context.request.post(`${baseUrl}/api/auth/sign-in`, {
      data: { email: benchAdmin.email, password: benchAdmin.password },
    });
    if (!signedIn.ok()) throw new Error(`sign-in failed: ${signedIn.status()}`);
    const page = await context.newPage();
    const transferred = async () => {
      await page.goto(`${baseUrl}/p/${productKey}`);
      await page.locator('[data-testid="backlog-row"]').first().waitFor({ timeout: 60_000 });
      return page.evaluate(() => {
        const entries = [
          ...performance.getEntriesByType('navigation'),
          ...performance.getEntriesByType('resource'),
        ];
        const bytes = entries.reduce(
          (sum, entry) => sum + (entry as PerformanceResourceTiming).transferSize,
          0,
        );
        return { bytes, requests: entries.length };
      });
    };
    const cold = await transferred();
    const warm = await transferred();
    return { coldKb: cold.bytes / 1024, warmKb: warm.bytes / 1024, requests: cold.requests };
  } finally {
    await browser.close();
  }
}
