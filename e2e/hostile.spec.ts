import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parseCsv } from '../src/lib/spreadsheet';
import { connect, sidewaysOverflow } from './support/app';
import { expect, test } from './support/test';

async function openEveryDisclosure(page: Page) {
  // Open every <details>, again and again, until none is left closed (nested ones appear as parents open).
  for (let round = 0; round < 20; round++) {
    const closed = await page.evaluate(() => {
      const all = Array.from(document.querySelectorAll('details:not([open])'));
      all.forEach((d) => d.setAttribute('open', ''));
      return all.length;
    });
    if (closed === 0) return;
  }
}

async function download(page: Page, item: string) {
  await page.getByRole('button', { name: 'Share' }).click();
  const event = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  return event;
}

test('formulas in any field are neutralised in the CSV, which reads back as text', async ({ page }, info) => {
  await connect(page, 'sk_test_fault_formula');
  await expect(page.getByTestId('organization-name')).toHaveText(
    '=HYPERLINK("https://evil.example","Click for your invoice")',
  );
  const csv = await download(page, 'Download CSV');
  const path = info.outputPath('facts.csv');
  await csv.saveAs(path);
  const rows = parseCsv((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  const value = (fact: string) => rows.find((r) => r[0] === fact)?.[1];
  expect(value('Organization name')).toBe(`'=HYPERLINK("https://evil.example","Click for your invoice")`);
  expect(value('Organization ID')).toBe(`'=cmd|" /C calc"!A0`);
  expect(value('Tier')).toBe("'@SUM(1+1)");
  expect(value('Credit balance (credits)')).toBe('250000');
  for (const row of rows)
    for (const cell of row) expect(cell, `cell ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r]/);
});

test('an organization id cannot choose where a download lands or what it looks like', async ({ page }) => {
  await connect(page, 'sk_test_fault_filename');
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  for (const [item, extension] of [
    ['Download CSV', 'csv'],
    ['Download PNG', 'png'],
  ] as const) {
    const name = (await download(page, item)).suggestedFilename();
    expect(name).toMatch(new RegExp(`^mixpeek-etc-gnp\\.exe-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`));
    expect(name).not.toMatch(/[/\\\u202E]/);
  }
});

test('only https (and http to this machine) becomes a link, wherever the API puts a URL', async ({ page }) => {
  await connect(page, 'sk_test_fault_urls');
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  await expect(page.locator('#invoices-card').getByTestId('invoice-count')).toBeVisible({ timeout: 10_000 });
  await openEveryDisclosure(page);
  const links = await page.evaluate(() =>
    Array.from(document.querySelectorAll('a[href]'), (a) => ({
      href: (a as HTMLAnchorElement).href,
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel'),
    })),
  );
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    const url = new URL(link.href);
    expect(url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === 'localhost'), link.href).toBe(
      true,
    );
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
  }
  const hrefs = links.map((l) => l.href);
  expect(hrefs).toContain('https://docs.example/guide');
  expect(hrefs).toContain('http://localhost:8080/ok');
  expect(hrefs).toContain('https://invoice.stripe.com/i/ok');
  // The rest is there as text (textContent: below the fold, off-screen sections are not laid
  // out, content-visibility, so innerText would skip them).
  const text = (await page.locator('body').textContent()) ?? '';
  for (const shown of [
    'javascript:alert("logo")',
    'JAVASCRIPT:alert("upper")',
    'vbscript:msgbox("vb")',
    'http://insecure.example/no',
    'javascript:alert("invoice")',
  ]) {
    expect(text).toContain(shown);
  }
  // Nothing from the API is loaded as an image, a frame or a script.
  const sources = await page.evaluate(() =>
    Array.from(
      document.querySelectorAll('img, iframe, script[src], object, embed'),
      (el) => el.getAttribute('src') ?? '',
    ),
  );
  for (const src of sources) expect(src.startsWith('/') || src === '', src).toBe(true);
});

test('__proto__, constructor and prototype are ordinary keys, and Object.prototype is untouched', async ({ page }) => {
  await connect(page, 'sk_test_fault_prototype');
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  await openEveryDisclosure(page);
  const metadata = page.getByTestId('metadata');
  await expect(metadata).toContainText('__proto__');
  await expect(metadata).toContainText('polluted');
  await expect(metadata).toContainText('a constructor');
  await page.locator('#rate-limit-card').getByRole('button', { name: 'Show as table' }).click();
  const table = page.getByTestId('rate-limit-table');
  await expect(table.getByRole('row', { name: /^__proto__ 5/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Constructor 7/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Prototype 9/ })).toBeVisible();
  await expect(page.locator('#users-card')).toContainText('isAdmin');
  await page.locator('#breakdown-card').getByRole('button', { name: 'Show as table' }).click();
  await expect(page.locator('#breakdown-card').getByRole('row', { name: /^__proto__ 10/ })).toBeVisible();
  const polluted = await page.evaluate(() => {
    const probe = {} as Record<string, unknown>;
    return ['polluted', 'isAdmin'].filter((key) => key in probe || key in Object.prototype);
  });
  expect(polluted).toEqual([]);
});

test('a metadata value 10,000 levels deep is shown to a depth and copied without a crash', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'http://127.0.0.1:4173' });
  await connect(page, 'sk_test_fault_deep');
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  await openEveryDisclosure(page);
  await expect(page.getByTestId('metadata')).toContainText('[nested too deep to show]');
  await page.getByRole('button', { name: 'Copy metadata as JSON' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('"level"');
  expect(copied).toContain('[nested too deep to show]');
});

test('20 MB with 100,000 users loads, and a search keystroke answers at once', async ({ page }) => {
  test.setTimeout(60_000);
  await connect(page, 'sk_test_fault_huge');
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation', { timeout: 30_000 });
  const users = page.locator('#users-card');
  await expect(users.getByTestId('users-count')).toHaveText('100,000 users', { timeout: 30_000 });
  const search = users.getByLabel('Search users');
  await search.fill('user99999@');
  await expect(users.getByTestId('users-count')).toHaveText('1 of 100,000 users match');
  // The page answers: a click is handled while the list is there.
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Theme')).toBeVisible();
});

test('an answer above 50 MB is refused with a clear message, not a frozen tab', async ({ page }) => {
  await connect(page, 'sk_test_fault_too_large');
  const panel = page.getByTestId('error-panel');
  await expect(panel).toContainText('The answer is too large', { timeout: 30_000 });
  await expect(panel).toContainText('larger than 50 MB');
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
});

test('1,000 rate-limit categories: the chart draws the largest and says how many more; the table has them all', async ({
  page,
}) => {
  await connect(page, 'sk_test_fault_many_limits');
  const chart = page.getByTestId('rate-limit-chart');
  await expect(chart.locator('.chart-value-label')).toHaveCount(20);
  await expect(page.getByTestId('more-categories')).toContainText('985 more');
  await page.locator('#rate-limit-card').getByRole('button', { name: 'Show as table' }).click();
  await expect(page.getByTestId('rate-limit-table').locator('tbody tr')).toHaveCount(1_005);
});

test('long unbroken strings wrap: nothing scrolls sideways at 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await connect(page, 'sk_test_fault_long_strings');
  await expect(page.getByTestId('organization-name')).toBeVisible();
  await openEveryDisclosure(page);
  expect(await sidewaysOverflow(page)).toEqual([]);
});

test('a right-to-left override in a name reorders nothing around it, on screen and in exports', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'http://127.0.0.1:4173' });
  await connect(page, 'sk_test_fault_hostile');
  await expect(page.getByTestId('organization-name')).toHaveAttribute('dir', 'auto');
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('menuitem', { name: 'Copy summary', exact: true }).click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  // The right-to-left name is one island: isolated, closed before "(org_…)" follows it.
  expect(text).toMatch(/Organization: \u2068[^\n]*\u2069 \(org_<b>bold<\/b>\)/);
});
