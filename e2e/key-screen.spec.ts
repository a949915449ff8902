import { test as plain } from '@playwright/test';
import { expectLive } from './support/app';
import { visiblyDifferentPixels } from './support/files';
import { expect, test } from './support/test';

/**
 * Holds the app's bundle back until `release()`: the page is index.html alone until then
 * (so its load event waits too: navigate with waitUntil 'commit').
 */
async function holdTheApp(page: import('@playwright/test').Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('index.html itself holds the key screen, so it paints before any script', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain('data-prerendered="key-screen"');
  expect(html).toMatch(/<label[^>]*>API key<\/label>/);
  expect(html).toContain('Connect');
  expect(html).toContain('Try with sample data');
});

plain.describe('without JavaScript', () => {
  plain.use({ javaScriptEnabled: false });

  plain(
    'the key screen shows, and Enter sends the key nowhere (the CSP refuses a form submission)',
    async ({ page }) => {
      const violations: string[] = [];
      const requested: string[] = [];
      page.on('console', (message) => violations.push(message.text()));
      page.on('request', (request) => requested.push(request.url()));
      await page.goto('/');
      const key = page.getByLabel('API key', { exact: true });
      await expect(key).toBeVisible();
      await expect(page.getByRole('button', { name: 'Connect' })).toBeVisible();
      await key.fill('sk_test_demo_pro_f456');
      await page.keyboard.press('Enter');
      await expect.poll(() => violations.some((m) => m.includes('form-action'))).toBe(true);
      expect(page.url()).toBe('http://127.0.0.1:4173/');
      expect(requested.filter((url) => url.includes('sk_test'))).toEqual([]);
    },
  );
});

test('the app takes the key screen over with no visible change, keeping what was typed, opened and focused', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdTheApp(page);
  await page.goto('/', { waitUntil: 'commit' });
  const key = page.getByLabel('API key', { exact: true });
  await key.fill('sk_test_demo_team_c3d4');
  await page.getByText('Advanced').click();
  const baseUrl = page.getByLabel('API base URL');
  await expect(baseUrl).toHaveValue('/mixpeek-api');
  await baseUrl.fill('/mixpeek-api/');
  await key.focus();
  await key.evaluate((input: HTMLInputElement) => input.setSelectionRange(3, 7));
  const before = await page.screenshot();

  // From here on any shift is the takeover's (the typing and the click above moved things).
  await page.evaluate(() => ((window as unknown as { __shift: number }).__shift = 0));
  release();
  await expectLive(page);
  await expect(key).toHaveValue('sk_test_demo_team_c3d4');
  await expect(baseUrl).toHaveValue('/mixpeek-api/');
  await expect(key).toBeFocused();
  expect(await key.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([3, 7]);
  expect(visiblyDifferentPixels(await page.screenshot(), before)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);

  // And it is the live form: the typed key and base URL connect.
  await key.press('Enter');
  await expect(page.getByTestId('organization-name')).toHaveText('Northwind Media');
});

test('what is pressed before the app is here happens once it is: Show and Connect, or Try with sample data', async ({
  page,
}) => {
  let release = await holdTheApp(page);
  await page.goto('/', { waitUntil: 'commit' });
  const key = page.getByLabel('API key', { exact: true });
  await key.fill('sk_test_demo_pro_f456');
  await page.getByRole('button', { name: 'Show' }).click();
  await key.press('Enter');
  await expect(page.getByLabel('API key', { exact: true })).toHaveAttribute('type', 'password');
  release();
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.evaluate(() => sessionStorage.clear());
  await page.unroute(/\/assets\/index-[^/]+\.js$/);
  release = await holdTheApp(page);
  await page.goto('/', { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  release();
  await expect(page).toHaveURL(/\/sample\/[^/]+\/$/);
  await expect(page.getByTestId('organization-name')).toBeVisible();
});

test('Show, a theme and UTC chosen before the app is here hold once it is', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/', { waitUntil: 'commit' });
  await page.getByLabel('API key', { exact: true }).fill('sk_test_demo_pro_f456');
  await page.getByRole('button', { name: 'Show' }).click();
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByLabel('Show times in UTC').check();
  release();
  await expectLive(page);
  await expect(page.getByLabel('API key', { exact: true })).toHaveAttribute('type', 'text');
  await expect(page.getByRole('button', { name: 'Hide' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  await expect(page.getByLabel('Show times in UTC')).toBeChecked();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Show times in UTC')).toBeChecked();
});

test('with a key stored in the tab, a reload never shows the key screen on its way to the dashboard', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('API key', { exact: true }).fill('sk_test_demo_pro_f456');
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  for (const path of ['/dashboard', '/']) {
    const release = await holdTheApp(page);
    await page.goto(path, { waitUntil: 'commit' });
    // Parsed and styled, the app not yet here: the key screen is in the page but not shown.
    await expect(page.locator('[data-prerendered="key-screen"]')).toBeAttached();
    await expect(page.getByLabel('API key', { exact: true })).toBeHidden();
    release();
    await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
    await page.unroute(/\/assets\/index-[^/]+\.js$/);
  }
});
