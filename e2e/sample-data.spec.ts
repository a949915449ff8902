import { createHash } from 'node:crypto';
import { expect, test } from './support/test';
import { expectBarsDrawn } from './support/app';

test('sample data works with every non-localhost request blocked, and makes no API request', async ({ page }) => {
  const seen: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    seen.push(url.href);
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') return route.abort();
    if (url.port === '4010') return route.abort(); // the stub API must not be needed either
    return route.continue();
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expect(page.getByText('Sample data', { exact: true })).toBeVisible();
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  await expectBarsDrawn(page, 5);

  for (const [option, name] of [
    ['Tinker Labs · Free, low balance', 'Tinker Labs'],
    ['Northwind Media · Team, within its allowance', 'Northwind Media'],
    ['Globex Industries · Enterprise, custom allowance', 'Globex Industries'],
  ] as const) {
    await page.getByLabel('Sample organization').selectOption({ label: option });
    await expect(page.getByTestId('organization-name')).toHaveText(name);
  }
  expect(seen.filter((u) => !u.startsWith('http://127.0.0.1:4173/'))).toEqual([]);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('README screenshot of the dashboard (sample data, fixed clock)', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-28T12:00:00Z'));
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expectBarsDrawn(page, 5);
  await page.mouse.move(0, 0);
  // The headline view is what gets screenshotted: it fits a 1440×900 window without scrolling.
  const bottom = await page.locator('#rate-limit-card').evaluate((el) => el.getBoundingClientRect().bottom);
  expect(bottom).toBeLessThanOrEqual(900);
  await page.screenshot({ path: 'docs/dashboard.png' });
});

test('the built page carries its Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('/');
  const html = (await response?.text()) ?? '';
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'");
  expect(policy).toBeDefined();
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("connect-src 'self' https://api.mixpeek.com http://127.0.0.1:4010");
  expect(policy).toContain("object-src 'none'");
  // Inline code (the first paint's and the loader) runs only by its hash: nothing else inline can.
  expect(policy).not.toContain("'unsafe-inline'");
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  expect(inline.length).toBeGreaterThan(0);
  for (const code of inline) expect(policy).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
  // The policy comes before any script it governs, after the encoding declared in the first 1024 bytes.
  const charset = html.indexOf('<meta charset="UTF-8"');
  expect(charset).toBeGreaterThan(0);
  expect(charset).toBeLessThan(1024 - 30);
  expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(charset);
  expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'));
});
