import { expect, test } from './support/test';
import { connect, expectBarsDrawn, expectKeyNotLeaked, STUB_API_ANY_ORIGIN } from './support/app';

/** The one sessionStorage entry docs/user-guide.md documents for the keys. */
const SESSION_STORAGE_KEY = 'mixpeek-dashboard.session';

/** What each demo key must show, written out by hand so the formatting itself is under test. */
const TIERS = [
  {
    key: 'sk_test_demo_free_a1b2',
    name: 'Tinker Labs',
    tier: 'Free',
    balance: '62 credits',
    percent: '6.2%',
    allowance: 'monthly allowance 1,000 (Free)',
    status: 'Low balance: under 10% of the monthly allowance',
    bars: ['20 / min', '10 / min', '10 / min', '5 / min', '5 / min'],
  },
  {
    key: 'sk_test_demo_pro_f456',
    name: 'Acme Corporation',
    tier: 'Pro',
    balance: '250,000 credits',
    percent: '250%',
    allowance: 'monthly allowance 100,000 (Pro)',
    status: 'Above the monthly allowance',
    bars: ['200 / min', '100 / min', '100 / min', '50 / min', '50 / min'],
  },
  {
    key: 'sk_test_demo_team_c3d4',
    name: 'Northwind Media',
    tier: 'Team',
    balance: '640,000 credits',
    percent: '64%',
    allowance: 'monthly allowance 1,000,000 (Team)',
    status: 'Within the monthly allowance',
    bars: ['1,000 / min', '600 / min', '400 / min', '120 / min', '60 / min'],
  },
  {
    key: 'sk_test_demo_enterprise_e5f6',
    name: 'Globex Industries',
    tier: 'Enterprise',
    balance: '4,250,000 credits',
    percent: null,
    allowance: 'custom allowance (Enterprise)',
    status: 'Custom allowance: enter the contracted monthly allowance to compare',
    // The five documented categories first, then the extra one the API added.
    bars: ['5,000 / min', '3,000 / min', '2,000 / min', '600 / min', '300 / min', '1,500 / min'],
  },
];

for (const t of TIERS) {
  test(`key → dashboard: ${t.tier}`, async ({ page }) => {
    await connect(page, t.key);
    await expect(page.getByTestId('organization-name')).toHaveText(t.name);
    const credits = page.locator('#credit-card');
    await expect(credits.getByTestId('gauge-balance')).toHaveText(t.balance);
    await expect(credits.getByText(t.allowance, { exact: true })).toBeVisible();
    await expect(credits.getByText(t.status, { exact: true })).toBeVisible();
    if (t.percent) {
      await expect(credits.getByTestId('gauge-percent')).toHaveText(t.percent);
      await expect(credits.getByTestId('gauge-percent-words')).toHaveText(`${t.percent} of the monthly allowance`);
    } else {
      await expect(credits.getByTestId('gauge-percent')).toHaveText('—');
    }
    await expect(page.locator('#account-card').getByText(t.tier, { exact: true })).toBeVisible();
    await expectBarsDrawn(page, t.bars.length);
    await expect(page.getByTestId('rate-limit-chart').locator('.chart-value-label')).toHaveText(t.bars);
    const categories = await page.getByTestId('rate-limit-chart').locator('.chart-category-label').allTextContents();
    expect(categories.slice(0, 5)).toEqual(['Metadata', 'Data', 'Search', 'Upload', 'Compute']);
    await expectKeyNotLeaked(page, t.key);
  });
}

test('the gauge arc measures the value, with the part above the allowance as its own segment', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' }); // no animation: the arc is final at once
  await connect(page, 'sk_test_demo_pro_f456');
  const gauge = page.getByTestId('credit-gauge');
  await expect(gauge).toHaveAttribute('data-scale-max', '300');
  await expect(gauge.locator('[data-segment="over"]')).toHaveCount(1);
  await expect(gauge.getByText('300%')).toBeVisible();
  await expect(gauge.getByTestId('allowance-marker')).toHaveCount(1);
  // The 180° arc is split 100 : 150 : 50 out of 300, so the segments sweep 60°, 90° and 30°.
  const sweep = await gauge.evaluate((el) => {
    const degrees: Record<string, number> = {};
    el.querySelectorAll<SVGPathElement>('[data-segment]').forEach((p) => {
      degrees[p.dataset.segment!] = Math.abs(Number(p.dataset.startAngle) - Number(p.dataset.endAngle));
    });
    return degrees;
  });
  expect(sweep.within).toBeCloseTo(60, 3);
  expect(sweep.over).toBeCloseTo(90, 3);
  expect(sweep.rest).toBeCloseTo(30, 3);
});

test('enterprise: a typed contracted allowance gives the gauge, kept for the session', async ({ page }) => {
  await connect(page, 'sk_test_demo_enterprise_e5f6');
  const credits = page.locator('#credit-card');
  await credits.getByLabel('Contracted monthly allowance (credits)').fill('abc');
  await credits.getByRole('button', { name: 'Use this allowance' }).click();
  await expect(credits.getByRole('alert')).toContainText('Enter a whole number of credits');
  await credits.getByLabel('Contracted monthly allowance (credits)').fill('5,000,000');
  await credits.getByRole('button', { name: 'Use this allowance' }).click();
  await expect(credits.getByTestId('gauge-percent')).toHaveText('85%');
  await expect(credits.getByText('contracted monthly allowance 5,000,000 (Enterprise)')).toBeVisible();
  await page.reload();
  await expect(page.locator('#credit-card').getByTestId('gauge-percent')).toHaveText('85%');
});

test('reload keeps the session; sign out clears sessionStorage and the cache', async ({ page }) => {
  const key = 'sk_test_demo_team_c3d4';
  await connect(page, key);
  await expect(page.getByTestId('organization-name')).toHaveText('Northwind Media');
  const stored = await page.evaluate(() => Object.keys(sessionStorage));
  expect(stored).toEqual([SESSION_STORAGE_KEY]);
  await page.reload();
  await expect(page.getByTestId('organization-name')).toHaveText('Northwind Media');
  await expect(page.getByTestId('masked-key')).toHaveText('sk_test_…c3d4');
  await expect(page.getByText('test', { exact: true })).toBeVisible();
  // The key goes through the app's own proxy, and the header says so.
  await expect(page.getByTestId('api-origin')).toHaveText("sent through this site's proxy to 127.0.0.1:4010");
  await expectKeyNotLeaked(page, key);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByLabel('API key', { exact: true })).toBeVisible();
  await expect.poll(() => page.evaluate(() => sessionStorage.length)).toBe(0);
  await page.reload();
  await expect(page.getByLabel('API key', { exact: true })).toBeVisible();
  await expectKeyNotLeaked(page, key);
});

test('a new tab does not inherit the key (sessionStorage is per tab)', async ({ page, context }) => {
  await connect(page, 'sk_test_demo_pro_f456');
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByLabel('API key', { exact: true })).toBeVisible();
  expect(await other.evaluate(() => sessionStorage.length)).toBe(0);
});

test('key entry: empty refused, "Bearer " stripped, unusual prefix warned, bad base URL refused', async ({ page }) => {
  await page.goto('/');
  const keyField = page.getByLabel('API key', { exact: true });
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByText('Enter your Mixpeek API key.')).toBeVisible();
  await expect(keyField).toBeFocused();

  await keyField.fill('pk_something');
  await expect(page.getByText('Mixpeek API keys usually start with "sk_"')).toBeVisible();

  await keyField.fill('sk_test_demo_pro_f456');
  await page.getByText('Advanced').click();
  await page.getByLabel('API base URL').fill('ftp://example.com');
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByText('The API base URL must start with http:// or https://')).toBeVisible();

  await page.getByLabel('API base URL').fill('/mixpeek-api/');
  await keyField.fill('  Bearer sk_test_demo_pro_f456  ');
  await expect(keyField).toHaveAttribute('type', 'password');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(keyField).toHaveAttribute('type', 'text');
  const request = page.waitForRequest((r) => r.url().endsWith('/v1/organizations') && r.method() === 'GET');
  await page.getByRole('button', { name: 'Connect' }).click();
  expect((await request).headers().authorization).toBe('Bearer sk_test_demo_pro_f456');
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
});

test('a rejected key returns to the key screen with the field focused and the key removed', async ({ page }) => {
  let sent = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/v1/organizations') && r.method() === 'GET') sent++;
  });
  await connect(page, 'sk_live_unknown_key_0000');
  await expect(page.getByRole('alert')).toContainText('Mixpeek rejected this API key');
  await expect(page.getByLabel('API key', { exact: true })).toBeFocused();
  await expect.poll(() => page.evaluate(() => sessionStorage.length)).toBe(0);
  // The key screen shows once the rejected key's queries are gone: none is left to retry.
  expect(sent).toBe(1);
  await expectKeyNotLeaked(page, 'sk_live_unknown_key_0000');
});

test("the docs page's own example (no rate_limits, no updated_at) still gives a useful dashboard", async ({ page }) => {
  await connect(page, 'sk_test_fault_docs_example');
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  await expect(page.getByTestId('gauge-percent')).toHaveText('250%');
  await expect(page.getByTestId('field-problems')).toContainText('rate_limits: missing');
  await expect(page.getByTestId('field-problems')).toContainText('updated_at: missing');
  await expect(page.getByText('Not reported by the API: Metadata, Data, Search, Upload, Compute.')).toBeVisible();
  await expect(page.locator('#account-card').getByText('int_x1y2z3')).toBeVisible();
  // No bar is drawn for a limit that was not reported: never a zero.
  await expect(page.getByTestId('rate-limit-chart').locator('.chart-bar')).toHaveCount(0);
});

test('loading shows a skeleton of the final size: no layout shift when the data arrives', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await connect(page, 'sk_test_fault_slow');
  await expect(page.getByTestId('dashboard-skeleton')).toBeVisible();
  const skeletonBox = await page.getByTestId('dashboard-skeleton').locator('section').first().boundingBox();
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation', { timeout: 10_000 });
  await expectBarsDrawn(page, 5);
  const cardBox = await page.locator('#account-card').boundingBox();
  expect(cardBox?.height).toBeCloseTo(skeletonBox!.height, 0);
  const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  expect(cls).toBeLessThan(0.01);
});

test('refresh refetches and "updated N s ago" ticks', async ({ page }) => {
  await connect(page, 'sk_test_demo_pro_f456');
  await expect(page.getByTestId('updated-ago')).toContainText('Updated');
  await expect(page.getByTestId('updated-ago')).toHaveText(/Updated [2-9] seconds ago/, { timeout: 10_000 });
  const request = page.waitForRequest((r) => r.url().endsWith('/v1/organizations') && r.method() === 'GET');
  await page.getByRole('button', { name: 'Refresh' }).click();
  await request;
  await expect(page.getByTestId('updated-ago')).toHaveText(/Updated (now|[01] seconds? ago)/);
});

test('by default the key goes through the same-origin proxy of the production server, which reaches the API', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  await expect(page.getByTestId('key-destination')).toHaveText("through this site's proxy to 127.0.0.1:4010");
  await connect(page, 'sk_test_demo_team_c3d4');
  await expect(page.getByTestId('organization-name')).toHaveText('Northwind Media');
  await expect(page.getByTestId('api-origin')).toHaveText("sent through this site's proxy to 127.0.0.1:4010");
  await expect(page.getByTestId('api-origin')).toHaveAttribute('title', 'http://127.0.0.1:4173/mixpeek-api');
  expect(requests.filter((u) => u.endsWith('/v1/organizations'))).toEqual([
    'http://127.0.0.1:4173/mixpeek-api/v1/organizations',
  ]);
});

test('a direct call to the API from this origin is blocked as Mixpeek blocks it (CORS), with the proxy offered', async ({
  page,
}) => {
  await connect(page, 'sk_test_demo_pro_f456', { baseUrl: 'http://127.0.0.1:4010' });
  const panel = page.getByTestId('error-panel');
  await expect(panel).toContainText('Could not reach the API', { timeout: 10_000 });
  await expect(panel).toContainText('The browser may be blocking the request (CORS)');
  await expect(panel).toContainText('http://127.0.0.1:4173/mixpeek-api');
});

test('where the API admits this origin (CORS), the direct URL works: the key goes straight to it', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await connect(page, 'sk_test_demo_pro_f456', { baseUrl: STUB_API_ANY_ORIGIN });
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  await expect(page.getByTestId('api-origin')).toContainText('127.0.0.1:4011');
  expect(requests).toContain(`${STUB_API_ANY_ORIGIN}/v1/organizations`);
  expect(requests.filter((url) => url.includes('/mixpeek-api/'))).toEqual([]);
});

test('hovering a bar, or focusing it from the keyboard, explains the category and its credit cost, without redrawing the chart', async ({
  page,
}) => {
  await connect(page, 'sk_test_demo_pro_f456');
  await expectBarsDrawn(page, 5);
  const chart = page.getByTestId('rate-limit-chart');
  // Any value label removed from now on would mean the chart was drawn again.
  await chart.evaluate((el) => {
    const w = window as unknown as { __labelsRemoved: number };
    w.__labelsRemoved = 0;
    new MutationObserver((records) => {
      for (const r of records)
        r.removedNodes.forEach((n) => {
          if (n instanceof Element && (n.matches('.chart-value-label') || n.querySelector('.chart-value-label')))
            w.__labelsRemoved++;
        });
    }).observe(el, { childList: true, subtree: true });
  });
  const tooltip = page.getByTestId('chart-tooltip');
  await chart.getByRole('button', { name: 'Search: 100 / min' }).hover();
  await expect(tooltip).toContainText('Search: 100 / min');
  await expect(tooltip).toContainText('Search and retrieval: retriever and taxonomy execution.');
  await expect(tooltip).toContainText('Medium-credit operations.');
  await chart.getByRole('button', { name: 'Compute: 50 / min' }).hover();
  await expect(tooltip).toContainText('High-credit operations: 10 credits per minute of video.');
  await page.mouse.move(0, 0);
  await expect(tooltip).toHaveCount(0);

  // From the keyboard: one Tab stop for the chart, the arrow keys move between its bars.
  await chart.getByRole('button', { name: 'Metadata: 200 / min' }).focus();
  await expect(tooltip).toContainText('Zero-credit operations.');
  await page.keyboard.press('ArrowDown');
  await expect(chart.getByRole('button', { name: 'Data: 100 / min' })).toBeFocused();
  await expect(tooltip).toContainText('Low-credit operations.');
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __labelsRemoved: number }).__labelsRemoved)).toBe(0);
});
