import { expect, type Page } from '@playwright/test';

export const STUB_API = 'http://127.0.0.1:4010';
/** The same stub answering every origin's CORS (--cors=any), as if this origin were one of Mixpeek's. */
export const STUB_API_ANY_ORIGIN = 'http://127.0.0.1:4011';

/** The instant the stub's sample billing is made for (STUB_NOW): day 12 of a 30-day period. */
export const BILLING_NOW = '2026-11-12T10:00:00Z';

/** Types a key on the key screen and presses Connect. */
export async function connect(page: Page, key: string, options: { baseUrl?: string } = {}) {
  await page.goto('/');
  await page.getByLabel('API key', { exact: true }).fill(key);
  if (options.baseUrl !== undefined) {
    await page.getByText('Advanced').click();
    await page.getByLabel('API base URL').fill(options.baseUrl);
  }
  await page.getByRole('button', { name: 'Connect' }).click();
}

/**
 * Waits until the rate-limit chart has drawn `count` bars and `rows` value labels (a row
 * without a figure has its label, "not reported", and no bar).
 */
export async function expectBarsDrawn(page: Page, count: number, rows = count) {
  const chart = page.getByTestId('rate-limit-chart');
  await expect(chart.locator('.chart-bar')).toHaveCount(count);
  await expect(chart.locator('.chart-value-label')).toHaveCount(rows);
}

/** Waits until React has taken over the page's markup (a prerendered page is static before). */
export async function expectLive(page: Page) {
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
  });
}

/** The text of each bar's label, in order (e.g. "200 / min"). */
export async function barLabels(page: Page): Promise<string[]> {
  return page.getByTestId('rate-limit-chart').locator('.chart-value-label').allTextContents();
}

/**
 * Fails if the key is anywhere but sessionStorage: localStorage, cookies, the URL and
 * history, IndexedDB names, the page's text and attributes (the masked form excepted).
 */
export async function expectKeyNotLeaked(page: Page, key: string) {
  expect(page.url()).not.toContain(key);
  const leaks = await page.evaluate(async (secret) => {
    const found: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i)!;
      if (name.includes(secret) || (localStorage.getItem(name) ?? '').includes(secret))
        found.push(`localStorage ${name}`);
    }
    if (document.cookie.includes(secret)) found.push('cookie');
    if (location.href.includes(secret) || JSON.stringify(history.state ?? null).includes(secret))
      found.push('URL/history');
    const databases = indexedDB.databases ? await indexedDB.databases() : [];
    if (databases.length > 0) found.push(`IndexedDB ${databases.map((d) => d.name).join(',')}`);
    if (document.documentElement.innerText.includes(secret)) found.push('page text');
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (attr.value.includes(secret)) found.push(`attribute ${el.tagName}.${attr.name}`);
      }
      if (el instanceof HTMLInputElement && el.value.includes(secret)) found.push(`input value ${el.name}`);
    }
    return found;
  }, key);
  expect(leaks).toEqual([]);
  const cookies = await page.context().cookies();
  expect(cookies.filter((c) => c.value.includes(key) || c.name.includes(key))).toEqual([]);
}

/**
 * What scrolls sideways, or would, on the whole page: the document itself, and each section
 * below the fold (content-visibility lets them skip layout off screen and clips what overflows
 * them, so the document alone would not show it). Waits for billing's cards to have loaded,
 * and brings each section on screen to measure it laid out. Empty when everything fits.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  await expect(page.getByTestId('billing-section')).toBeAttached({ timeout: 10_000 });
  await expect(page.locator('[data-testid="deferred-sections"] [aria-busy="true"]')).toHaveCount(0, {
    timeout: 10_000,
  });
  const sections = page.locator('[data-testid="deferred-sections"] > *');
  const found: string[] = [];
  for (let i = 0; i < (await sections.count()); i++) {
    await sections.nth(i).scrollIntoViewIfNeeded();
    // Whatever reaches out of its section, unless a box of its own scrolls or clips it (a table's).
    const out = await sections.nth(i).evaluate((section) => {
      const bounds = section.getBoundingClientRect();
      const contained = (node: Element) => {
        for (let p = node.parentElement; p && p !== section; p = p.parentElement)
          if (getComputedStyle(p).overflowX !== 'visible') return true;
        return false;
      };
      return [...section.querySelectorAll('*')]
        .filter((node) => {
          const box = node.getBoundingClientRect();
          return box.width > 0 && (box.right > bounds.right + 1 || box.left < bounds.left - 1) && !contained(node);
        })
        .slice(0, 3)
        .map((node) => `${node.tagName.toLowerCase()} "${(node.textContent ?? '').slice(0, 40)}"`);
    });
    found.push(...out);
  }
  const pageOverflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (pageOverflow > 0) found.push(`the page, by ${pageOverflow} px`);
  await page.evaluate(() => window.scrollTo(0, 0));
  return found;
}
