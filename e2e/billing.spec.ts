import type { Page, Request } from '@playwright/test';
import { BILLING_NOW, connect } from './support/app';
import { expect, test } from './support/test';

/** The page's clock at the instant the stub's billing is made for (day 12 of November's 30). */
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(BILLING_NOW));
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

const card = (page: Page, name: string) => page.locator(`#${name}-card`);

/** Every billing request the page makes, by endpoint path. */
function billingRequests(page: Page) {
  const sent: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (r.method() === 'GET' && path.includes('/v1/organizations')) sent.push(path.replace(/^.*\/v1\//, '/v1/'));
  });
  return sent;
}

test('Pro: this period, runway, breakdown, history, invoices, caps and payment, all in agreement', async ({ page }) => {
  const sent = billingRequests(page);
  await connect(page, 'sk_test_demo_pro_f456');
  await expect(page.getByTestId('billing-headline')).toHaveText(
    'This period: 44,290 credits · $44.29 estimated · about 64 days left',
  );

  const period = card(page, 'this-period');
  await expect(period.getByTestId('period-usage')).toHaveText('44,290 credits used');
  await expect(period).toContainText('Billing periods are in UTC');
  const facts = period.getByTestId('period-facts');
  await expect(facts).toContainText('$44.29 at $0.001 per credit');
  await expect(facts).toContainText('Nov 1, 2026 – Nov 30, 2026 (UTC) · Day 12 of 30');
  await expect(facts).toContainText('Next invoiceDec 1, 2026');
  await expect(facts).toContainText('Auto-billingOff');
  await expect(period.getByTestId('projection')).toHaveText(
    'Estimate: on pace for 116,382 credits, 16% above the Pro allowance',
  );

  const runway = card(page, 'runway');
  await expect(runway.getByTestId('runway')).toHaveText('About 64 days, around Jan 15, 2027');
  await expect(runway).toContainText('3,880 credits a day');
  await expect(runway).toContainText('250,000 credits left');
  await expect(runway).toContainText('750,000 credits until Team');

  const breakdown = card(page, 'breakdown');
  await expect(breakdown.getByTestId('breakdown-total')).toHaveText('44,290 credits · $44.29');
  await expect(breakdown.getByLabel('Billing month').locator('option')).toHaveCount(12);
  await expect(breakdown.getByLabel('Billing month').locator('option').first()).toHaveText('November 2026 (current)');
  await breakdown.getByRole('button', { name: 'Show as table' }).click();
  await expect(breakdown.getByRole('row', { name: /extractor 27,460 62%/ })).toBeVisible();
  await expect(breakdown.getByRole('row', { name: /multimodal_extractor 19,222 43%/ })).toBeVisible();
  // Another month: its own request, its own figures.
  await breakdown.getByLabel('Billing month').selectOption({ label: 'October 2026' });
  await expect(breakdown.getByTestId('breakdown-total')).toHaveText('128,030 credits · $128.03');

  const history = card(page, 'history');
  await history.getByRole('button', { name: 'Show as table' }).click();
  await expect(history.getByRole('row', { name: /November 2026 44,290 this period/ })).toBeVisible();
  await expect(history.getByRole('row', { name: /October 2026 128,030 invoice \(open\)/ })).toBeVisible();
  await expect(history).toContainText('the pro allowance, 100,000 credits a month');

  const invoices = card(page, 'invoices');
  await expect(invoices.getByTestId('invoice-count')).toHaveText('13 invoices');
  const october = invoices.getByRole('row', { name: /October 2026/ });
  await expect(october).toContainText('$128.03');
  await expect(october).toContainText('open');
  const view = october.getByRole('link', { name: /View/ });
  await expect(view).toHaveAttribute('href', 'https://invoice.stripe.com/i/acct_1MixpeekDemo/test_PkAcme202610');
  await expect(view).toHaveAttribute('target', '_blank');
  await expect(view).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(invoices.getByRole('row', { name: /November 2026/ })).toContainText('not finalised');

  const spending = card(page, 'spending');
  await expect(spending.getByTestId('budget-summary')).toHaveText('$44.29 of $200.00 (22%)');
  await expect(spending).toContainText('Within the monthly budget');
  await expect(spending.getByTestId('alert-thresholds')).toHaveText(
    'Alerts at 50%, 75%, 90%, 100%. None sent this cycle.',
  );
  await expect(spending.getByTestId('hard-cap')).toHaveText('No hard cap');
  await expect(spending.getByRole('meter', { name: 'Spending against the monthly budget' })).toHaveAttribute(
    'aria-valuenow',
    /^22\.1/,
  );

  await expect(card(page, 'payment-method').getByTestId('payment-method')).toHaveText('Visa •••• 4242');
  await page.getByRole('switch', { name: 'Hide identifiers' }).check();
  await expect(card(page, 'payment-method').getByTestId('payment-method')).toHaveText('Visa ••••');

  // One request per endpoint for the load (the October breakdown was asked for separately).
  for (const path of ['balance', 'usage/current', 'invoices', 'spending-caps', 'payment-method']) {
    expect(
      sent.filter((p) => p === `/v1/organizations/billing/${path}`),
      path,
    ).toHaveLength(1);
  }
  expect(sent.filter((p) => p === '/v1/organizations')).toHaveLength(1);
  expect(sent.filter((p) => p === '/v1/organizations/billing/usage/breakdown')).toHaveLength(2);
});

test('Enterprise: auto-billing is never shown as a balance; near its budget with alerts sent', async ({ page }) => {
  await connect(page, 'sk_test_demo_enterprise_e5f6');
  await expect(page.getByTestId('billing-headline')).toHaveText(
    'This period: 536,580 credits · $536.58 estimated · not limited (auto-billing)',
  );
  const runway = card(page, 'runway');
  await expect(runway.getByTestId('runway')).toHaveText('Not limited: auto-billing is on, so usage is billed monthly');
  await expect(runway).toContainText('536,580 credits used this month (auto-billing: billed monthly)');
  await expect(runway).not.toContainText('-536,580');
  await expect(card(page, 'this-period').getByTestId('period-facts')).toContainText('On: usage is billed monthly');
  const spending = card(page, 'spending');
  await expect(spending.getByTestId('budget-summary')).toHaveText('$11,936.58 of $15,000.00 (80%)');
  await expect(spending).toContainText('Near the monthly budget: 75% or more used');
  await expect(spending.getByTestId('alert-thresholds')).toHaveText(
    'Alerts at 50%, 75%, 90%. Sent this cycle: 50%, 75%.',
  );
  await expect(spending.getByTestId('threshold-marker')).toHaveCount(3);
  await expect(card(page, 'payment-method').getByTestId('payment-method')).toHaveText('American Express •••• 0005');
});

test('Free: no usage in the last 7 days, no budget, no payment method', async ({ page }) => {
  await connect(page, 'sk_test_demo_free_a1b2');
  await expect(card(page, 'runway').getByTestId('runway')).toHaveText('No usage in the last 7 days, so no estimate');
  await expect(card(page, 'spending').getByTestId('budget-summary')).toHaveText('$0.00 this cycle, no budget set');
  await expect(card(page, 'spending')).toContainText('No budget set');
  await expect(card(page, 'spending').getByTestId('budget-gauge')).toHaveCount(0);
  await expect(card(page, 'payment-method').getByTestId('payment-method')).toHaveText('No payment method');
  await expect(card(page, 'invoices').getByTestId('invoice-count')).toHaveText('6 invoices');
});

test('Team: an enforced hard cap, a Mastercard, within the allowance', async ({ page }) => {
  await connect(page, 'sk_test_demo_team_c3d4');
  await expect(card(page, 'spending').getByTestId('hard-cap')).toHaveText('Hard cap $1,500.00, enforced');
  await expect(card(page, 'payment-method').getByTestId('payment-method')).toHaveText('Mastercard •••• 4444');
  await expect(card(page, 'this-period').getByTestId('projection')).toHaveText(
    /Estimate: on pace for [\d,]+ credits, \d+% of the Team allowance/,
  );
});

test('a key without billing permission: each card says so, no retry, the headline is whole', async ({ page }) => {
  const sent = billingRequests(page);
  await connect(page, 'sk_test_fault_billing_403');
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  for (const name of ['this-period', 'runway', 'invoices', 'spending', 'payment-method', 'breakdown']) {
    await expect(card(page, name).getByTestId('billing-forbidden'), name).toContainText('needs the Read permission');
  }
  await expect(page.getByTestId('billing-headline')).toContainText('Billing: not available with this key');
  // Each card shows its answer only once its query has given up: a retry would have come first.
  expect(sent.filter((p) => p === '/v1/organizations/billing/balance')).toHaveLength(1);
  await expect(page.getByTestId('gauge-percent')).toHaveText('250%');
});

test('billing not available for this organization (404)', async ({ page }) => {
  await connect(page, 'sk_test_fault_billing_404');
  for (const name of ['this-period', 'runway', 'breakdown', 'invoices', 'spending', 'payment-method'])
    await expect(card(page, name).getByTestId('billing-not-available'), name).toHaveText(
      'Not available for this organization.',
    );
  // Without invoices the history has no past figures, and marks each month so, never as 0.
  await expect(card(page, 'history').getByTestId('history-chart')).toContainText('October 2026 no figure');
  await expect(page.getByTestId('gauge-percent')).toHaveText('250%');
});

test('a 401 from a billing endpoint is the key-rejected flow', async ({ page }) => {
  await connect(page, 'sk_test_fault_billing_401');
  await expect(page.getByRole('alert')).toContainText('Mixpeek rejected this API key');
  await expect(page.getByLabel('API key', { exact: true })).toBeFocused();
  await expect.poll(() => page.evaluate(() => sessionStorage.length)).toBe(0);
});

test('malformed billing fields are named, the rest shown', async ({ page }) => {
  await connect(page, 'sk_test_fault_billing_malformed');
  const runway = card(page, 'runway');
  await expect(runway.getByTestId('billing-problems')).toContainText('daily_burn_rate');
  await expect(runway).toContainText('250,000 credits left');
  await expect(card(page, 'this-period').getByTestId('billing-problems')).toContainText('estimated_cost_usd');
  await expect(card(page, 'this-period').getByTestId('period-usage')).toHaveText('44,290 credits used');
  await expect(card(page, 'invoices').getByTestId('billing-problems')).toContainText('invoices[13]');
  await expect(card(page, 'spending').getByTestId('billing-problems')).toContainText('spending_alert_thresholds');
  await expect(card(page, 'breakdown').getByTestId('billing-problems')).toContainText('by_operation');
  await expect(card(page, 'payment-method').getByTestId('billing-problems')).toContainText('has_payment_method');
});

test('a billing endpoint that does not answer times out in its card, with Try again', async ({ page }) => {
  await connect(page, 'sk_test_fault_billing_hang');
  await expect(page.getByTestId('billing-headline')).toHaveText(/^This period: 44,290 credits/);
  const spending = card(page, 'spending');
  await expect(spending).toContainText('The request timed out', { timeout: 15_000 });
  await expect(spending.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(card(page, 'payment-method').getByTestId('payment-method')).toHaveText('Visa •••• 4242');
});

test('slow billing never holds up the headline', async ({ page }) => {
  await connect(page, 'sk_test_fault_billing_slow');
  // The whole headline, bars drawn, while billing is still on its way.
  await expect(page.getByTestId('rate-limit-chart').locator('.chart-value-label')).toHaveCount(5);
  await expect(page.getByTestId('gauge-percent')).toHaveText('250%');
  await expect(page.getByTestId('billing-headline')).toHaveText('Loading this period’s billing…');
  // Billing's sections load after the headline is complete.
  await expect(page.getByTestId('billing-section-loading')).toBeVisible();
  await expect(page.getByTestId('billing-headline')).toHaveText(/^This period: 44,290 credits/, { timeout: 10_000 });
  await expect(card(page, 'runway').getByTestId('runway')).toBeVisible();
});

test('a 429 on one billing endpoint pauses every request of the key until its Retry-After', async ({ page }) => {
  const key = `sk_test_fault_billing_429_${Math.random().toString(36).slice(2, 8)}`;
  const invoiceRequests: Request[] = [];
  page.on('requestfinished', (r) => {
    if (r.url().includes('/billing/invoices')) invoiceRequests.push(r);
  });
  await connect(page, key);
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  // The header's Refresh waits too, and says for how long.
  await expect(page.getByRole('button', { name: /Refresh in [12] s/ })).toBeDisabled();
  await expect(card(page, 'invoices').getByTestId('invoice-count')).toHaveText('13 invoices', { timeout: 10_000 });
  // The browser's own timings of the two requests: the retry starts no sooner than asked.
  expect(invoiceRequests).toHaveLength(2);
  const [first, second] = invoiceRequests.map((r) => r.timing());
  expect(second!.startTime - (first!.startTime + first!.responseEnd)).toBeGreaterThanOrEqual(1970);
});

test('each billing endpoint fails in its own card: a 500 retried then offered again, an HTML page, a refresh that fails over shown data', async ({
  page,
}) => {
  test.slow(); // the 500 and the 503 are retried three times, with backoff, before they are shown
  const key = `sk_test_fault_billing_mixed_${Math.random().toString(36).slice(2, 8)}`;
  await connect(page, key);
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  // The headline is whole, and so are the cards whose endpoints answered.
  await expect(page.getByTestId('billing-headline')).toHaveText(/^This period: 44,290 credits/);
  await expect(card(page, 'runway').getByTestId('runway')).toBeVisible();
  // An HTML page where JSON was asked for: said at once (no retry for a 200), in its card.
  await expect(card(page, 'spending')).toContainText('Unexpected response', { timeout: 10_000 });
  await expect(card(page, 'spending')).toContainText('text/html');
  // A 500: retried first, then put into words with Try again.
  const invoices = card(page, 'invoices');
  await expect(invoices).toContainText("Mixpeek's server had a problem", { timeout: 20_000 });
  await expect(invoices.getByRole('button', { name: 'Try again' })).toBeVisible();
  // 2,000 operations: the chart draws the largest 10 and says so; the table has them all.
  const breakdown = card(page, 'breakdown');
  await breakdown.scrollIntoViewIfNeeded();
  await expect(breakdown).toContainText('The largest 10 of 2,000');
  await expect(breakdown.locator('.chart-category-label').first()).toHaveText('operation-1999');

  // The payment method answered once; a refresh gets a 503: its last data stays, with why.
  const payment = card(page, 'payment-method');
  await expect(payment.getByTestId('payment-method')).toBeVisible();
  const before = await payment.getByTestId('payment-method').textContent();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(payment.getByTestId('billing-stale')).toContainText('the last refresh failed', { timeout: 20_000 });
  await expect(payment.getByTestId('billing-stale')).toContainText('Mixpeek answered HTTP 503');
  await expect(payment.getByTestId('payment-method')).toHaveText(before!);
});

test('Refresh reads billing again with the organization, each endpoint once', async ({ page }) => {
  const sent = billingRequests(page);
  await connect(page, 'sk_test_demo_pro_f456');
  await expect(page.getByTestId('billing-headline')).toHaveText(/^This period: 44,290 credits/);
  await expect(card(page, 'payment-method').getByTestId('payment-method')).toBeVisible();
  const count = (path: string) => sent.filter((p) => p === path).length;
  const reads = ['/v1/organizations', '/v1/organizations/billing/balance', '/v1/organizations/billing/usage/current'];
  const first = reads.map(count);
  expect(first).toEqual([1, 1, 1]);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect.poll(() => reads.map(count)).toEqual([2, 2, 2]);
  for (const path of [
    '/v1/organizations/billing/invoices',
    '/v1/organizations/billing/spending-caps',
    '/v1/organizations/billing/payment-method',
  ])
    await expect.poll(() => count(path), path).toBe(2);
});

test('invoices that are the latest of more say how many there are', async ({ page }) => {
  await connect(page, 'sk_test_fault_billing_many_invoices');
  await expect(card(page, 'invoices').getByTestId('invoice-count')).toHaveText(/^The latest \d+ of 40$/);
});

for (const [sample, key] of [
  ['Enterprise', 'sk_test_demo_enterprise_e5f6'],
  ['Free', 'sk_test_demo_free_a1b2'],
  ['Team', 'sk_test_demo_team_c3d4'],
] as const) {
  test(`${sample}: every billing card shows its figures, none with a problem or a failure`, async ({ page }) => {
    await connect(page, key);
    await expect(page.getByTestId('billing-headline')).toHaveText(/^This period: [\d,]+ credits/);
    await expect(card(page, 'this-period').getByTestId('period-usage')).toHaveText(/^[\d,]+ credits used$/);
    await expect(card(page, 'runway').getByTestId('runway')).toBeVisible();
    await expect(card(page, 'breakdown').getByTestId('breakdown-total')).toHaveText(/^[\d,]+ credits · \$[\d,.]+$/);
    const history = card(page, 'history');
    await history.getByRole('button', { name: 'Show as table' }).click();
    await expect(history.getByRole('row', { name: /this period/ })).toBeVisible();
    await expect(card(page, 'invoices').getByTestId('invoice-count')).toHaveText(/^\d+ invoices?$/);
    await expect(card(page, 'spending').getByTestId('budget-summary')).toBeVisible();
    await expect(card(page, 'payment-method').getByTestId('payment-method')).toBeVisible();
    for (const name of ['this-period', 'runway', 'breakdown', 'history', 'invoices', 'spending', 'payment-method']) {
      await expect(card(page, name).getByTestId('billing-problems'), name).toHaveCount(0);
      await expect(card(page, name).getByRole('button', { name: 'Try again' }), name).toHaveCount(0);
    }
  });
}

test('a billing endpoint the network cannot reach says so in its card, after its one retry', async ({ page }) => {
  let attempts = 0;
  await page.route('**/v1/organizations/billing/payment-method', (route) => {
    attempts++;
    return route.abort('internetdisconnected');
  });
  await connect(page, 'sk_test_demo_pro_f456');
  await expect(page.getByTestId('billing-headline')).toHaveText(/^This period: 44,290 credits/);
  const payment = card(page, 'payment-method');
  await expect(payment).toContainText('Could not reach the API', { timeout: 15_000 });
  await expect(payment.getByRole('button', { name: 'Try again' })).toBeVisible();
  expect(attempts).toBe(2);
  await expect(card(page, 'spending').getByTestId('budget-summary')).toHaveText('$44.29 of $200.00 (22%)');
});
