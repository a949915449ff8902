import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { BILLING_NOW, connect, expectBarsDrawn } from './support/app';
import { readPdfPages } from './support/files';
import { expect, test } from './support/test';

const KEY = 'sk_test_demo_pro_f456';
// Labels only controls carry ("Share" and "Next" are words of the statement too: a column, "Next invoice").
const BUTTON_LABELS = [
  'Refresh',
  'Sign out',
  'Show as table',
  'Show as chart',
  'Hide identifiers',
  'Search users',
  'Copy as JSON',
  'Try again',
];

/** Connects and waits until every section is drawn: billing's cards, the 13 invoices, the history bars. */
async function openDashboard(page: Page, key = KEY, bars = 5) {
  // The page's clock at the instant the stub's billing is made for, so the months agree.
  await page.clock.setFixedTime(new Date(BILLING_NOW));
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await connect(page, key);
  await expectBarsDrawn(page, bars);
  await expect(page.getByTestId('invoices-table').locator('tbody tr').first()).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('history-chart').locator('.recharts-bar-rectangle').first()).toBeAttached({
    timeout: 10_000,
  });
}

/** What billing staff must find in any statement, read from the dashboard itself. */
async function statementFacts(page: Page) {
  const invoiceIds = await page
    .getByTestId('invoices-table')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.lastElementChild!.textContent!.trim()));
  const text = async (testId: string) => (await page.getByTestId(testId).first().innerText()).trim();
  return {
    invoiceIds,
    facts: [
      'Acme Corporation',
      '44,290', // this period's credits
      '$44.29', // and its estimated cost
      'multimodal_extractor', // the breakdown, as a table
      '19,222',
      await text('budget-summary'), // the spending against the budget
      '4242', // the card's last four
    ],
  };
}

for (const format of ['A4', 'Letter'] as const) {
  test(`Print is the statement (${format}): every invoice, billing, the organization on every page, no controls`, async ({
    page,
  }, info) => {
    await openDashboard(page);
    const { invoiceIds, facts } = await statementFacts(page);
    expect(invoiceIds.length).toBeGreaterThanOrEqual(12);
    const pdf = await page.pdf({ format, printBackground: true });
    const pages = await readPdfPages(pdf);
    expect(pages.length, 'pages').toBeGreaterThanOrEqual(2);
    const all = pages.join('\n');
    for (const fact of [...facts, ...invoiceIds, 'By role', 'By status', 'Tiers', 'Usage history']) {
      expect(all, fact).toContain(fact);
    }
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain('Acme Corporation · org_demo123 · Pro');
      expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(text, `page ${i + 1}`).toMatch(/Captured .*UTC/);
    });
    for (const label of BUTTON_LABELS) expect(all).not.toMatch(new RegExp(`\\b${label}\\b`));
    expect(all).not.toContain('sk_test_');
    expect(all).not.toContain('ada@acme.example'); // users as counts, not rows

    if (format === 'A4') {
      // The first two pages as images, for the docs (looked at when they change).
      const path = info.outputPath('statement.pdf');
      await writeFile(path, pdf);
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', path, 'docs/statement-a4-page']);
    }
  });
}

test('Print headline only: one page, as before', async ({ page }) => {
  await openDashboard(page);
  await page.evaluate(() => {
    window.print = () => undefined; // the dialog itself is the browser's
  });
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('menuitem', { name: 'Print headline only' }).click();
  const pages = await readPdfPages(await page.pdf({ format: 'A4', printBackground: true }));
  expect(pages).toHaveLength(1);
  expect(pages[0]).toContain('Acme Corporation');
  expect(pages[0]).not.toContain('Invoices');
});

async function downloadStatement(page: Page, path: string) {
  await page.getByRole('button', { name: 'Share' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Download statement (HTML)' }).click();
  await (await download).saveAs(path);
  return (await download).suggestedFilename();
}

/** Opens the file as someone would from an email: JavaScript off, and any request refused (and noted). */
async function openOffline(page: Page, path: string, javaScriptEnabled = false) {
  const context = await page.context().browser()!.newContext({ javaScriptEnabled });
  const requests: string[] = [];
  const file = pathToFileURL(path).href;
  context.on('request', (request) => {
    if (request.url() !== file) requests.push(request.url());
  });
  await context.route('**/*', (route) =>
    route.request().url() === file ? route.continue() : route.abort('blockedbyclient'),
  );
  const opened = await context.newPage();
  await opened.goto(file);
  return { context, opened, requests };
}

test('Download statement (HTML): one file, no script, nothing fetched, the same facts, accessible', async ({
  page,
}, info) => {
  test.setTimeout(60_000);
  await openDashboard(page);
  const { invoiceIds, facts } = await statementFacts(page);
  const path = info.outputPath('statement.html');
  expect(await downloadStatement(page, path)).toMatch(/^mixpeek-org_demo123-\d{4}-\d{2}-\d{2}-statement\.html$/);
  const html = await readFile(path, 'utf8');
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toContain('sk_test_');
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);

  const { context, opened, requests } = await openOffline(page, path);
  const text = await opened.locator('body').innerText();
  for (const fact of [...facts, ...invoiceIds, 'By role', 'By status', 'Tiers']) expect(text, fact).toContain(fact);
  for (const label of BUTTON_LABELS) expect(text).not.toMatch(new RegExp(`^${label}$`, 'm'));
  const handlers = await opened.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.localName} ${a.name}`),
    ),
  );
  expect(handlers).toEqual([]);
  const links = await opened
    .locator('a')
    .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
  expect(links.length).toBeGreaterThan(0);
  for (const [href, rel] of links) {
    expect(href).toMatch(/^https:\/\//);
    expect(rel).toBe('noopener noreferrer');
  }
  await opened.setViewportSize({ width: 1280, height: 900 });
  await opened.screenshot({ path: 'docs/statement-file.png', fullPage: true });
  await opened.setViewportSize({ width: 375, height: 800 });
  await opened.screenshot({ path: info.outputPath('statement-file-375.png'), fullPage: true });
  expect(await opened.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(requests, 'requests made by the file').toEqual([]);
  await context.close();

  // axe runs as a script: in a context of its own with JavaScript on (the file's policy still refuses its own).
  const checked = await openOffline(page, path, true);
  const axe = await new AxeBuilder({ page: checked.opened })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  expect(checked.requests).toEqual([]);
  await checked.context.close();

  await page.getByRole('switch', { name: 'Hide identifiers' }).check();
  const hiddenPath = info.outputPath('hidden.html');
  expect(await downloadStatement(page, hiddenPath)).toMatch(/^mixpeek-organization-\d{4}-\d{2}-\d{2}-statement\.html$/);
  const hidden = await readFile(hiddenPath, 'utf8');
  for (const identifier of ['org_demo123', invoiceIds[0]!, 'billing@acme.example']) {
    expect(hidden).not.toContain(identifier);
  }
});

test('Download statement (HTML): a hostile organization name stays text', async ({ page }, info) => {
  await openDashboard(page, 'sk_test_fault_hostile');
  const path = info.outputPath('hostile.html');
  await downloadStatement(page, path);
  const { context, opened, requests } = await openOffline(page, path);
  await expect(opened.getByTestId('organization-name').first()).toContainText(`<img src=x onerror="alert('owned')">`);
  expect(await opened.locator('img, script').count()).toBe(0);
  expect(requests).toEqual([]);
  await context.close();
});

test('the statement file stays under 1 MB for 10,000 users', async ({ page }, info) => {
  await openDashboard(page, 'sk_test_fault_large', 20);
  const path = info.outputPath('large.html');
  await downloadStatement(page, path);
  const html = await readFile(path);
  expect(html.byteLength).toBeLessThan(1_000_000);
  expect(html.toString('utf8')).toContain('10,000');
});
