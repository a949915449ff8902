import type { Page } from '@playwright/test';
import { connect, expectBarsDrawn } from './support/app';
import { luminanceVariance, readPdf, readPng } from './support/files';
import { expect, test } from './support/test';

const KEY = 'sk_test_demo_pro_f456';
const IDENTIFIERS = ['org_demo123', 'int_x1y2z3', 'billing@acme.example', 'ada@acme.example'];

async function openShareMenu(page: Page) {
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('menu', { name: 'Share' })).toBeVisible();
}

async function downloadFrom(page: Page, item: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  return download;
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await connect(page, KEY);
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  await expectBarsDrawn(page, 5);
});

test('Download PNG: the whole dashboard at 2×, not blank, with the footer and without the key', async ({
  page,
}, info) => {
  const exported = page.locator('#dashboard-export');
  const box = (await exported.boundingBox())!;
  await openShareMenu(page);
  const download = await downloadFrom(page, 'Download PNG');
  expect(download.suggestedFilename()).toMatch(/^mixpeek-org_demo123-\d{4}-\d{2}-\d{2}\.png$/);
  const path = info.outputPath('dashboard.png');
  await download.saveAs(path);
  const png = await readPng(path);
  expect(png.width).toBeGreaterThanOrEqual(Math.floor(box.width * 2));
  expect(png.height).toBeGreaterThanOrEqual(Math.floor(box.height * 2));
  // Only the page's footer is added, not every card's as well.
  const footerHeight = await exported.locator('[data-export-footer="dashboard"]').evaluate((el) => el.scrollHeight);
  expect(png.height).toBeLessThanOrEqual(Math.ceil((box.height + footerHeight) * 2) + 4);
  expect(luminanceVariance(png)).toBeGreaterThan(100);
  // Opaque: an explicit background, never transparency.
  expect(png.data[3]).toBe(255);

  const footer = await exported.locator('[data-export-footer="dashboard"]').textContent();
  for (const fact of [
    'Acme Corporation',
    'org_demo123',
    'Pro',
    'Captured',
    'UTC',
    'Source: http://127.0.0.1:4173/mixpeek-api',
  ]) {
    expect(footer).toContain(fact);
  }
  const text = (await exported.evaluate((el) => el.textContent + el.innerHTML)) ?? '';
  expect(text).not.toContain(KEY);
  expect(text).not.toContain('sk_test_…'); // not even masked
  await expect(page.getByTestId('share-feedback')).toHaveText(/Downloaded mixpeek-org_demo123-.*\.png/);
});

test("a card's own menu exports that card, with the footer", async ({ page }, info) => {
  const card = page.locator('#credit-card');
  const box = (await card.boundingBox())!;
  await card.getByRole('button', { name: 'Credits card: export' }).click();
  const download = await downloadFrom(page, 'Download PNG');
  expect(download.suggestedFilename()).toMatch(/^mixpeek-org_demo123-\d{4}-\d{2}-\d{2}-credit\.png$/);
  const path = info.outputPath('card.png');
  await download.saveAs(path);
  const png = await readPng(path);
  expect(png.width).toBeGreaterThanOrEqual(Math.floor(box.width * 2));
  expect(png.height).toBeGreaterThanOrEqual(Math.floor(box.height * 2));
  expect(luminanceVariance(png)).toBeGreaterThan(100);
  await expect(card.locator('[data-export-footer="card"]')).toContainText('Acme Corporation · org_demo123 · Pro');
});

test('Hide identifiers masks ids and emails on screen and in every export', async ({ page }, info) => {
  await page.getByRole('switch', { name: 'Hide identifiers' }).check();
  const exported = page.locator('#dashboard-export');
  const text = (await exported.evaluate((el) => el.textContent + el.innerHTML)) ?? '';
  for (const id of IDENTIFIERS) expect(text).not.toContain(id);
  await expect(page.locator('#account-card')).toContainText('org_•••••');

  await openShareMenu(page);
  const png = await downloadFrom(page, 'Download PNG');
  expect(png.suggestedFilename()).toMatch(/^mixpeek-organization-\d{4}-\d{2}-\d{2}\.png$/);

  await openShareMenu(page);
  const csv = await downloadFrom(page, 'Download CSV');
  const csvPath = info.outputPath('facts.csv');
  await csv.saveAs(csvPath);
  const { readFile } = await import('node:fs/promises');
  const csvText = await readFile(csvPath, 'utf8');
  for (const id of IDENTIFIERS) expect(csvText).not.toContain(id);
  expect(csvText).toContain('Organization ID,org_•••••');
});

test('Download CSV: one fact per row, RFC 4180, UTF-8 with a header row', async ({ page }, info) => {
  await openShareMenu(page);
  const download = await downloadFrom(page, 'Download CSV');
  expect(download.suggestedFilename()).toMatch(/^mixpeek-org_demo123-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = info.outputPath('facts.csv');
  await download.saveAs(path);
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark
  const rows = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(rows[0]).toBe('Fact,Value');
  expect(rows).toContain('Credit balance (credits),250000');
  expect(rows).toContain('Monthly allowance (credits),100000');
  expect(rows).toContain('Rate limit: Compute (requests per minute),50');
  expect(rows.at(-1)).toBe(''); // ends with CRLF
  // The confirmation says what was saved, then goes away by itself (after 6 s).
  const feedback = page.getByTestId('share-feedback');
  await expect(feedback).toHaveText(/Downloaded mixpeek-org_demo123-.*\.csv/);
  await expect(feedback).toBeHidden({ timeout: 10_000 });
});

test('Copy summary and Copy image put text and a PNG on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'http://127.0.0.1:4173' });
  await openShareMenu(page);
  await page.getByRole('menuitem', { name: 'Copy summary', exact: true }).click();
  await expect(page.getByTestId('share-feedback')).toHaveText('Summary copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toMatch(/^Mixpeek account summary\nOrganization: Acme Corporation \(org_demo123\)\nTier: Pro\n/);
  expect(text).toContain(
    'Rate limits (requests per minute): metadata 200, data 100, search 100, upload 50, compute 50',
  );
  expect(text).not.toContain(KEY);

  await openShareMenu(page);
  await page.getByRole('menuitem', { name: 'Copy image' }).click();
  await expect(page.getByTestId('share-feedback')).toHaveText('Image copied to the clipboard', { timeout: 10_000 });
  const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
  expect(types).toContain('image/png');
});

test('the share menu works from the keyboard and Escape returns focus', async ({ page }) => {
  const trigger = page.getByRole('button', { name: 'Share' });
  await trigger.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Download PNG' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Copy image' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(trigger).toBeFocused();
});

test('Print headline only: one A4 page, no buttons or inputs, the charts and the footer, light in dark mode', async ({
  page,
}) => {
  await expect(page.getByTestId('billing-headline')).toHaveText(/^This period: 44,290 credits/);
  await page.evaluate(() => {
    window.print = () => undefined; // the dialog itself is the browser's
  });
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('button:visible')).toHaveCount(0);
  await expect(page.locator('input:visible, select:visible')).toHaveCount(0);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(255, 255, 255)');
  const chartWidth = (await page.getByTestId('rate-limit-chart').locator('.horizontal-bars').boundingBox())!.width;
  const cardWidth = (await page.locator('#rate-limit-card').boundingBox())!.width;
  expect(chartWidth).toBeLessThanOrEqual(cardWidth); // scaled to the page, not the screen

  for (const format of ['A4', 'Letter'] as const) {
    // Chosen for each print: the choice lasts until the print is over (page.pdf() ends it too).
    await page.emulateMedia({ media: 'screen' });
    await openShareMenu(page);
    await page.getByRole('menuitem', { name: 'Print headline only' }).click();
    await page.emulateMedia({ media: 'print' });
    const pdf = await readPdf(await page.pdf({ format, printBackground: true }));
    expect(pdf.pages, `${format} pages`).toBe(1);
    for (const label of ['Refresh', 'Sign out', 'Share', 'Show as table', 'Hide identifiers']) {
      expect(pdf.text).not.toContain(label);
    }
    expect(pdf.text).toContain('Acme Corporation');
    expect(pdf.text).toContain('200 / min');
    expect(pdf.text).toContain('Captured');
    // The headline's billing line is printed with it (billing's cards are below the printed view).
    expect(pdf.text).toContain('This period: 44,290 credits');
    expect(pdf.text).not.toContain('sk_test_');
  }
});

test('exports carry billing: the facts CSV, an invoices CSV, the summary and the image', async ({
  page,
  context,
}, info) => {
  await expect(page.getByTestId('billing-headline')).toHaveText(/^This period: 44,290 credits/);
  await openShareMenu(page);
  const facts = await downloadFrom(page, 'Download CSV');
  const factsPath = info.outputPath('facts.csv');
  await facts.saveAs(factsPath);
  const { readFile } = await import('node:fs/promises');
  const factRows = (await readFile(factsPath, 'utf8')).split('\r\n');
  expect(factRows).toContain('Credits used this period,44290');
  expect(factRows).toContain('Payment method,Visa •••• 4242');

  await openShareMenu(page);
  const invoices = await downloadFrom(page, 'Download invoices CSV');
  expect(invoices.suggestedFilename()).toMatch(/^mixpeek-org_demo123-\d{4}-\d{2}-\d{2}-invoices\.csv$/);
  const invoicesPath = info.outputPath('invoices.csv');
  await invoices.saveAs(invoicesPath);
  const invoiceRows = (await readFile(invoicesPath, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  expect(invoiceRows[0]).toBe(
    'Invoice ID,Billing month,Credits,Amount due (USD),Amount paid (USD),Status,Created (UTC),Paid on (UTC),Invoice URL,PDF URL',
  );
  expect(invoiceRows).toHaveLength(13 + 2); // header, 13 invoices, the final line break

  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'http://127.0.0.1:4173' });
  await openShareMenu(page);
  await page.getByRole('menuitem', { name: 'Copy summary', exact: true }).click();
  await expect(page.getByTestId('share-feedback')).toHaveText('Summary copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('This period: 44,290 credits · $44.29 estimated · about 64 days left');

  // The image is made of the headline, which holds the billing line.
  await expect(page.locator('#dashboard-export').getByTestId('billing-headline')).toBeVisible();
});
