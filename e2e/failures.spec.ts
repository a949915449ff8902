import type { Page, Request } from '@playwright/test';
import { connect, expectBarsDrawn } from './support/app';
import { expect, test } from './support/test';

/** Every request the page makes to the organizations endpoint, in order. */
function recordApiRequests(page: Page) {
  const sent: Request[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/v1/organizations') && r.method() === 'GET') sent.push(r);
  });
  return sent;
}

/**
 * For each organizations request after the first, the milliseconds from the end of the
 * previous response to its start, from the page's own resource timings (one clock, in the
 * page; the test runner hears of requests late when the machine is loaded).
 */
async function waitsBetweenRequests(page: Page): Promise<number[]> {
  const spans = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/v1/organizations'))
      .map((e) => [e.startTime, (e as PerformanceResourceTiming).responseEnd] as const),
  );
  return spans.slice(1).map(([start], i) => start - spans[i]![1]);
}

/** A fresh variant of a stateful fault key, so its call counter starts at zero. */
const fresh = (key: string) => `${key}_${Math.random().toString(36).slice(2, 10)}`;

const errorPanel = (page: Page) => page.getByTestId('error-panel');

test('403: the key may not read the organization; no retry', async ({ page }) => {
  const sent = recordApiRequests(page);
  await connect(page, 'sk_test_fault_403');
  await expect(errorPanel(page)).toContainText('This key may not read the organization');
  await expect(errorPanel(page)).toContainText('This API key may not read organization details');
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  // The panel shows only once the query has given up: a retry would have come before it.
  expect(sent).toHaveLength(1);
});

for (const [key, message] of [
  ['sk_test_fault_400', 'The X-Namespace header is not allowed on this endpoint'],
  ['sk_test_fault_404', 'Organization not found'],
  ['sk_test_fault_422', 'header.Authorization: Authorization header is malformed'],
] as const) {
  test(`${key.slice(-3)}: the API's own message, no retry`, async ({ page }) => {
    const sent = recordApiRequests(page);
    await connect(page, key);
    await expect(page.getByTestId('api-messages')).toHaveText(message);
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    // The panel shows only once the query has given up: a retry would have come before it.
    expect(sent).toHaveLength(1);
  });
}

test('a wrong base URL path gets the 404 in words: the proxy forwards only the API paths', async ({ page }) => {
  await connect(page, 'sk_test_demo_pro_f456', { baseUrl: '/mixpeek-api/wrong' });
  await expect(page.getByTestId('api-messages')).toContainText(
    'Not found: the proxy forwards only the Mixpeek API paths this dashboard reads',
  );
});

test("a base URL outside the build's CSP is refused with the setting to change", async ({ page }) => {
  const sent = recordApiRequests(page);
  await connect(page, 'sk_test_demo_pro_f456', { baseUrl: 'https://api.other-host.example' });
  await expect(page.getByRole('alert')).toContainText('VITE_CSP_CONNECT_SRC=https://api.other-host.example');
  await expect(page.getByLabel('API base URL')).toBeFocused();
  expect(sent).toHaveLength(0);
});

test('429: counts down the Retry-After, then retries once, never sooner', async ({ page }) => {
  const sent = recordApiRequests(page);
  await connect(page, fresh('sk_test_fault_429'));
  await expect(page.getByText(/Mixpeek asked to wait: trying again in [12] s/)).toBeVisible();
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation', { timeout: 10_000 });
  expect(sent).toHaveLength(2);
  expect((await waitsBetweenRequests(page))[0]).toBeGreaterThanOrEqual(1970);
});

test('429 on a refresh with data on screen: the countdown shows and nothing is sent sooner', async ({ page }) => {
  const sent = recordApiRequests(page);
  await connect(page, fresh('sk_test_fault_then_429'));
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByTestId('updated-ago')).toContainText(/trying again in [1-3] s/);
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation'); // never blanked
  await expect(page.getByTestId('updated-ago')).toContainText('Updated', { timeout: 10_000 });
  expect(sent).toHaveLength(3);
  expect((await waitsBetweenRequests(page))[1]).toBeGreaterThanOrEqual(2970);
});

test('429 to the end: "Try again" waits out the Retry-After too', async ({ page }) => {
  const sent = recordApiRequests(page);
  await connect(page, fresh('sk_test_fault_429_always'));
  const retry = page.getByRole('button', { name: /Try again/ });
  await expect(retry).toHaveText(/Try again in [12] s/, { timeout: 15_000 });
  await expect(retry).toBeDisabled();
  expect(sent).toHaveLength(4); // the request and three retries, each after the asked 2 s
  const waits = await waitsBetweenRequests(page);
  expect(waits).toHaveLength(3);
  for (const wait of waits) expect(wait).toBeGreaterThanOrEqual(1970);
  await expect(retry).toHaveText('Try again', { timeout: 5_000 });
  await expect(retry).toBeEnabled();
});

test('5xx: retried with backoff, then shown with "Try again"', async ({ page }) => {
  const sent = recordApiRequests(page);
  await connect(page, 'sk_test_fault_500');
  await expect(page.getByText(/Retrying \(attempt [234]\)/)).toBeVisible();
  await expect(errorPanel(page)).toContainText("Mixpeek's server had a problem", { timeout: 15_000 });
  await expect(errorPanel(page)).toContainText('Something went wrong on our side');
  expect(sent).toHaveLength(4); // the request and three retries
  const gaps = await waitsBetweenRequests(page);
  expect(gaps).toHaveLength(3);
  expect(gaps[0]).toBeGreaterThanOrEqual(450); // backoff from 1 s with jitter over its upper half
  expect(gaps[2]).toBeGreaterThan(gaps[0]!);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => sent.length).toBeGreaterThan(4);
});

test('5xx that recovers: the dashboard appears after the retries', async ({ page }) => {
  await connect(page, fresh('sk_test_fault_flaky'));
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation', { timeout: 15_000 });
});

test('network failure: names the likely causes and points to the proxy', async ({ page }) => {
  await page.route('**/v1/organizations', (route) => route.abort('connectionrefused'));
  await connect(page, 'sk_test_demo_pro_f456');
  await expect(errorPanel(page)).toContainText('Could not reach the API', { timeout: 10_000 });
  await expect(errorPanel(page)).toContainText('You may be offline');
  await expect(errorPanel(page)).toContainText('CORS');
  await expect(errorPanel(page)).toContainText('http://127.0.0.1:4173/mixpeek-api');
});

test('timeout: aborts after the configured time and says so', async ({ page }) => {
  await connect(page, 'sk_test_fault_hang');
  await expect(errorPanel(page)).toContainText('The request timed out', { timeout: 10_000 });
  await expect(errorPanel(page)).toContainText('did not answer within 4 seconds');
});

for (const [key, text] of [
  ['sk_test_fault_html', 'Unexpected response: HTTP 502 (text/html)'],
  ['sk_test_fault_malformed', 'Unexpected response: HTTP 200 with a body that is not JSON (application/json)'],
  ['sk_test_fault_empty', 'Unexpected response: HTTP 200 with an empty body (no content type)'],
  ['sk_test_fault_unreadable', 'The response holds no organization'],
] as const) {
  test(`not an organization (${key.replace('sk_test_fault_', '')}): a clear message, no crash`, async ({ page }) => {
    await connect(page, key);
    await expect(errorPanel(page)).toContainText(text, { timeout: 15_000 });
  });
}

test('schema drift: valid fields shown, each bad field named, raw response viewable', async ({ page }) => {
  await connect(page, 'sk_test_fault_drift');
  await expect(page.getByTestId('organization-name')).toHaveText('Drift & Sons');
  const problems = page.getByTestId('field-problems');
  await expect(problems).toContainText('credit_count: expected an integer, got "12"');
  await expect(problems).toContainText('created_at: expected an ISO 8601 date-time, got "yesterday"');
  await expect(problems).toContainText(
    'rate_limits.data: expected a whole number of requests per minute (at least 1), got 0',
  );
  await expect(problems).toContainText('rate_limits.upload: missing');
  await expect(problems).toContainText('billing_email: expected an email address, got "not-an-email"');
  await expect(page.locator('#account-card').getByText('platinum', { exact: true })).toBeVisible();
  await expect(page.locator('#credit-card').getByText('allowance unknown', { exact: true })).toBeVisible();
  await expect(page.getByTestId('gauge-balance')).toHaveText('Balance not reported');
  await expect(page.locator('#account-card').getByText('unknown date')).toBeVisible();
  // Metadata 100, compute 10 and the extra "gpu" 7 are drawn; data, search and upload say "not reported".
  await expectBarsDrawn(page, 3, 6);
  await expect(page.getByTestId('rate-limit-chart').locator('.chart-value-label')).toHaveText([
    '100 / min',
    'not reported',
    'not reported',
    'not reported',
    '10 / min',
    '7 / min',
  ]);
  await page.getByText('Show the raw response').click();
  await expect(page.getByTestId('raw-response')).toContainText('"region": "eu-west"');
});

test('hostile strings render as text; a huge name is clamped with the full text available', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await connect(page, 'sk_test_fault_hostile');
  const name = page.getByTestId('organization-name');
  await expect(name).toContainText("<script>alert('owned')</script>");
  await expect(name).toContainText('שלום עולם 🚀✨'); // right-to-left text and emoji, intact
  await expect(name).toHaveAttribute('dir', 'auto');
  await expect(page.locator('#account-card img')).toHaveCount(0);
  const box = await name.boundingBox();
  expect(box!.height).toBeLessThan(80);
  await page.getByRole('button', { name: /Show the full name \(10,0\d\d characters\)/ }).click();
  expect(((await name.textContent()) ?? '').length).toBeGreaterThan(10_000);
  // 2^60 survives JSON as a double; it is shown (rounded to what a double can say) and flagged.
  await expect(page.getByTestId('gauge-balance')).toHaveText('1,152,921,504,606,847,000 credits');
  await expect(page.getByText('Approximate: the number is too large')).toBeVisible();
  await expect(page.locator('#account-card dl').getByText('org_<b>bold</b>')).toBeVisible();
  const horizontalOverflow = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(horizontalOverflow).toBe(false);
  expect(dialogs).toBe(0);
});

test('a refresh that fails keeps the last good data with a "stale since" notice', async ({ page }) => {
  await connect(page, fresh('sk_test_fault_then_500'));
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  await page.getByRole('button', { name: 'Refresh' }).click();
  const notice = page.getByTestId('stale-notice');
  await expect(notice).toContainText(/Showing data from \d{1,2}:\d{2}/, { timeout: 15_000 });
  await expect(notice).toContainText("Mixpeek's server had a problem");
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  await expectBarsDrawn(page, 5);
});

test('a widget that throws while rendering is contained by its card', async ({ page }) => {
  // Make grapheme segmentation throw: only the account card's avatar initials use it.
  await page.addInitScript(() => {
    Intl.Segmenter.prototype.segment = () => {
      throw new Error('segmentation is broken');
    };
  });
  await connect(page, 'sk_test_demo_pro_f456');
  await expect(page.getByText('The account card could not be shown.')).toBeVisible();
  await expect(page.getByTestId('gauge-percent')).toHaveText('250%');
  await expectBarsDrawn(page, 5);
});
