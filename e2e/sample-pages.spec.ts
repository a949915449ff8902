import { expect, test } from './support/test';
import { expectBarsDrawn, expectLive } from './support/app';

// The prerendered sample pages (scripts/prerendered-pages.ts): the dashboard is in the HTML, then
// the app takes over with the same live render.
const SAMPLES = [
  { id: 'pro-over', name: 'Acme Corporation', balance: '250,000 credits', percent: '250%' },
  { id: 'free-low', name: 'Tinker Labs', balance: '62 credits', percent: '6.2%' },
  { id: 'team', name: 'Northwind Media', balance: '640,000 credits', percent: '64%' },
  { id: 'enterprise', name: 'Globex Industries', balance: '4,250,000 credits', percent: '—' },
];

for (const sample of SAMPLES) {
  test(`/sample/${sample.id}/ carries its dashboard in the HTML itself`, async ({ request }) => {
    const response = await request.get(`/sample/${sample.id}/`);
    expect(response.status()).toBe(200);
    // React separates adjacent text with empty comments; the text is what matters.
    const html = (await response.text()).replaceAll('<!-- -->', '');
    expect(html).toContain(`data-testid="organization-name">${sample.name}<`);
    expect(html).toContain(`data-testid="account-balance">${sample.balance}<`);
    expect(html).toMatch(new RegExp(`data-testid="gauge-percent"[^>]*>${sample.percent}<`));
    // The encoding is declared where browsers look for it, within the first 1024 bytes.
    expect(html.indexOf('<meta charset="UTF-8"')).toBeGreaterThan(0);
    expect(html.indexOf('<meta charset="UTF-8"')).toBeLessThan(1024 - 30);
    // One response holds everything the first paint needs: no stylesheet or script to wait for.
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a sample page shows the whole headline, styled as the app', async ({ page }) => {
    await page.goto('/sample/pro-over/');
    await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
    await expect(page.getByTestId('account-balance')).toContainText('250,000 credits');
    await expect(page.getByTestId('gauge-percent')).toHaveText('250%');
    await expect(page.getByTestId('sample-notice')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Rate limits' })).toBeVisible();
    // The rate-limit chart as in the app, each bar with its figure, sized by the hashed style attributes.
    const chart = page.getByTestId('rate-limit-chart');
    await expect(chart.locator('.chart-category-label')).toHaveText([
      'Metadata',
      'Data',
      'Search',
      'Upload',
      'Compute',
    ]);
    await expect(chart.locator('.chart-value-label')).toHaveText([
      '200 / min',
      '100 / min',
      '100 / min',
      '50 / min',
      '50 / min',
    ]);
    const widths = await chart
      .locator('.chart-bar')
      .evaluateAll((bars) => bars.map((bar) => bar.getBoundingClientRect().width));
    expect(widths[0]).toBeGreaterThan(100);
    expect(widths[1]! / widths[0]!).toBeCloseTo(0.5, 2);
    expect(widths[3]! / widths[0]!).toBeCloseTo(0.25, 2);
    // The inlined stylesheet and the hashed style attributes apply under the page's CSP.
    const styles = await page
      .locator('header span', { hasText: 'Sample data' })
      .first()
      .evaluate((el) => {
        const style = getComputedStyle(el);
        return { background: style.backgroundColor, radius: style.borderRadius };
      });
    expect(styles.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(styles.radius).not.toBe('0px');
  });
});

test('a sample page becomes the live app without a loading flash or a layout shift', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __sawLoading: boolean; __shift: number };
    w.__sawLoading = false;
    w.__shift = 0;
    new MutationObserver(() => {
      if (document.body?.textContent?.includes('Loading the dashboard')) w.__sawLoading = true;
    }).observe(document, { childList: true, subtree: true, characterData: true });
    new PerformanceObserver((list) => {
      // Shifts right after input are the user's doing (choosing another sample), not the takeover's.
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.__shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/sample/pro-over/');
  // The live app: the same chart, the page keeps its address, and the controls work.
  await expectLive(page);
  await expectBarsDrawn(page, 5);
  await expect(page).toHaveURL('/sample/pro-over/');
  await page.getByLabel('Sample organization').selectOption({ label: 'Tinker Labs · Free, low balance' });
  await expect(page.getByTestId('organization-name')).toHaveText('Tinker Labs');
  await expect(page).toHaveURL('/sample/free-low/');
  const seen = await page.evaluate(() => {
    const w = window as unknown as { __sawLoading: boolean; __shift: number };
    return { sawLoading: w.__sawLoading, shift: w.__shift };
  });
  expect(seen.sawLoading).toBe(false);
  expect(seen.shift).toBeLessThanOrEqual(0.01);
  // A reload stays on the sample (kept in the session like any other).
  await page.reload();
  await expect(page.getByTestId('organization-name')).toHaveText('Tinker Labs');
});

test('a link to a sample that does not exist says so on the key screen', async ({ page }) => {
  for (const link of ['/sample/nope/', '/?sample=nope']) {
    await page.goto(link);
    await expect(page.getByLabel('API key', { exact: true })).toBeVisible();
    await expect(page.getByText('No such sample organization')).toBeVisible();
    await expect(page.getByText('The link asked for the sample "nope"')).toBeVisible();
    await expect(page).toHaveURL('/');
  }
});
