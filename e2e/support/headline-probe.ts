import type { Page } from '@playwright/test';

/**
 * Marks the moment the headline is complete, in the page's own clock: the organization's
 * name, the gauge's figure, the rate-limit rows and the billing line (loaded) are in the document.
 * Runs in the page (added as an init script), so it sees the very commit that completes it.
 */
function watchHeadline() {
  const w = window as unknown as { __headlineAt?: number };
  const complete = () =>
    document.querySelector('[data-testid="organization-name"]') !== null &&
    /\d|—/.test(document.querySelector('[data-testid="gauge-percent"]')?.textContent ?? '') &&
    (document.querySelector('[data-testid="rate-limit-chart"] .chart-value-label') !== null ||
      document.querySelector('[data-testid="rate-limits-missing"]') !== null) &&
    !/^$|Loading/.test(document.querySelector('[data-testid="billing-headline"]')?.textContent ?? '');
  new MutationObserver((_, observer) => {
    if (w.__headlineAt === undefined && complete()) {
      w.__headlineAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

export async function watchHeadlineOf(page: Page) {
  await page.addInitScript(watchHeadline);
}

/** When the headline was complete, in ms after navigation start (waits for it). */
export async function headlineCompleteAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as { __headlineAt?: number }).__headlineAt,
    undefined,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Each script the page requested, with when it was requested (ms after navigation start). */
export async function scriptsRequested(page: Page): Promise<{ path: string; startTime: number }[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => ({ path: new URL(entry.name).pathname, startTime: entry.startTime })),
  );
}
