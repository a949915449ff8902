import { connect, expectBarsDrawn } from './support/app';
import { expect, test } from './support/test';

test('10,000 users: they render page by page, and search and sort narrow and order them', async ({ page }) => {
  await connect(page, 'sk_test_fault_large');
  await expect(page.getByTestId('organization-name')).toHaveText('BigCo Global', { timeout: 15_000 });
  const users = page.locator('#users-card');
  await expect(users.getByTestId('users-count')).toHaveText('10,000 users');
  await expect(users.getByTestId('users-table').locator('tbody tr')).toHaveCount(50);
  await expect(users.getByText('1–50 of 10,000')).toBeVisible();

  await users.getByLabel('Search users').fill('user9999@');
  await expect(users.getByTestId('users-count')).toHaveText('1 of 10,000 users match');
  await expect(users.getByTestId('users-table').locator('tbody tr')).toHaveCount(1);
  await expect(users.getByTestId('users-table')).toContainText('User 09999');

  await users.getByLabel('Search users').fill('suspended');
  await expect(users.getByTestId('users-count')).toHaveText('2,000 of 10,000 users match');
  await users.getByRole('button', { name: 'Name' }).click();
  await users.getByRole('button', { name: 'Name' }).click(); // descending
  await expect(users.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  await expect(users.getByTestId('users-table').locator('tbody tr').first()).toContainText('User 09999');
  await expect(users.getByTestId('users-table').locator('tbody tr').first()).toContainText('suspended');

  await users.getByLabel('Search users').fill('no such user');
  await expect(users.getByText('No user matches')).toBeVisible();
  // 50 categories: the documented five and the 15 largest others drawn, the rest in the table.
  await expectBarsDrawn(page, 20);
  await expect(page.getByTestId('more-categories')).toContainText('30 more');
});

test('users: columns, badges, other fields, and masked emails', async ({ page }) => {
  await connect(page, 'sk_test_demo_pro_f456');
  const table = page.locator('#users-card').getByTestId('users-table');
  await expect(table.locator('thead th')).toHaveText(['Email', 'Name', 'Role', 'Status', 'Joined', 'Other fields']);
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.locator('tbody tr').nth(2)).toContainText('viewer');
  await expect(table.locator('tbody tr').nth(2)).toContainText('pending');
  await page.getByRole('switch', { name: 'Hide identifiers' }).check();
  await expect(table).not.toContainText('ada@acme.example');
  await expect(table).toContainText('•••@•••');
});

test('no users list, and an empty one, each say so', async ({ page }) => {
  await connect(page, 'sk_test_fault_docs_example');
  await expect(page.locator('#users-card')).toContainText('The API sent no users list');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await connect(page, 'sk_test_demo_enterprise_e5f6');
  await expect(page.locator('#users-card')).toContainText('This organization has no users.');
});

test('metadata: key/value view with nested values expandable, copyable as JSON', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'http://127.0.0.1:4173' });
  await connect(page, 'sk_test_demo_pro_f456');
  const metadata = page.locator('#metadata-card').getByTestId('metadata');
  await expect(metadata).toContainText('industry');
  await expect(metadata).toContainText('Manufacturing');
  const contract = metadata.locator('details').filter({ hasText: '2 keys' });
  await expect(contract).toHaveAttribute('open', '');
  await expect(contract).toContainText('PO-77812');
  await contract.locator('summary').click();
  await expect(contract.getByText('PO-77812')).toBeHidden();
  await page.locator('#metadata-card').getByRole('button', { name: 'Copy metadata as JSON' }).click();
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as unknown;
  expect(copied).toEqual({
    industry: 'Manufacturing',
    region: 'us-east',
    contract: { po_number: 'PO-77812', renewal: '2027-01-01' },
  });
});

for (const [sample, tier] of [
  ['Tinker Labs · Free, low balance', 'Free'],
  ['Acme Corporation · Pro, above its allowance', 'Pro'],
  ['Northwind Media · Team, within its allowance', 'Team'],
  ['Globex Industries · Enterprise, custom allowance', 'Enterprise'],
] as const) {
  test(`tier table highlights ${tier} for ${sample.split(' · ')[0]}`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Try with sample data' }).click();
    await page.getByLabel('Sample organization').selectOption({ label: sample });
    const current = page.getByTestId('tier-table').locator('tr[aria-current="true"]');
    await expect(current).toHaveCount(1);
    await expect(current.locator('th')).toContainText(tier);
    await expect(current).toContainText('Current tier');
  });
}

test('auto-refresh fires on its interval and shows what changed, with the previous value', async ({ page }) => {
  const key = `sk_test_fault_changing_${Math.random().toString(36).slice(2, 8)}`;
  const billingReads: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/v1/organizations/billing/')) billingReads.push(new URL(r.url()).pathname);
  });
  await connect(page, key);
  await expect(page.getByTestId('gauge-balance')).toHaveText('250,000 credits');
  await expect(page.locator('#payment-method-card').getByTestId('payment-method')).toBeVisible();
  const reads = (path: string) => billingReads.filter((p) => p.endsWith(path)).length;
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Auto-refresh')).toHaveValue('300'); // every 5 minutes by default
  await page.getByLabel('Auto-refresh').selectOption({ label: 'Every 2 s (test)' });
  await expect(page.getByTestId('gauge-balance')).toHaveText('248,500 credits', { timeout: 6_000 });
  const changes = page.getByTestId('changes-notice');
  await expect(changes).toContainText('Credit balance: 248,500 credits (was 250,000 credits)');
  await expect(changes).toContainText('Rate limit: Search: 110 / min (was 100 / min)');
  // Billing is read again with the organization, on the same interval.
  for (const path of ['/balance', '/usage/current', '/invoices', '/spending-caps', '/payment-method'])
    await expect.poll(() => reads(path), path).toBeGreaterThanOrEqual(2);
  await page.reload();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Auto-refresh')).toHaveValue('2'); // remembered for the session
});

test('several organizations: add a second key, switch between them, compare side by side', async ({ page }) => {
  await connect(page, 'sk_test_demo_pro_f456');
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  await page.getByRole('button', { name: 'Add organization' }).click();
  await expect(page.getByText('Add another organization with its API key.')).toBeVisible();
  await page.getByLabel('API key', { exact: true }).fill('sk_test_demo_team_c3d4');
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByTestId('organization-name')).toHaveText('Northwind Media');

  const switcher = page.getByLabel('Organization', { exact: true });
  await expect(switcher.locator('option')).toHaveText([
    'Acme Corporation (sk_test_…f456)',
    'Northwind Media (sk_test_…c3d4)',
  ]);
  await switcher.selectOption({ index: 0 });
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  await expect(page.getByTestId('masked-key')).toHaveText('sk_test_…f456');

  // Both keys sit in the one sessionStorage entry, and survive a reload.
  const stored = await page.evaluate(() => Object.keys(sessionStorage));
  expect(stored).toEqual(['mixpeek-dashboard.session']);
  await page.reload();
  await expect(page.getByLabel('Organization', { exact: true }).locator('option')).toHaveCount(2);

  await page.getByRole('button', { name: 'Compare' }).click();
  const table = page.getByTestId('comparison-table');
  await expect(table.locator('thead')).toContainText('Acme Corporation');
  await expect(table.locator('thead')).toContainText('Northwind Media');
  await expect(table.getByRole('row', { name: /Tier/ })).toContainText('Pro');
  await expect(table.getByRole('row', { name: /Tier/ })).toContainText('Team');
  await expect(table.getByRole('row', { name: /Balance vs allowance/ })).toContainText('250%');
  await expect(table.getByRole('row', { name: /Balance vs allowance/ })).toContainText('64%');
  await expect(table.getByRole('row', { name: /Search/ })).toContainText('400');
  await page.getByRole('button', { name: 'Back to the dashboard' }).click();
  await expect(page.getByTestId('organization-name')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect.poll(() => page.evaluate(() => sessionStorage.length)).toBe(0);
});

test('a contracted enterprise allowance also counts in the tier table and the comparison', async ({ page }) => {
  await connect(page, 'sk_test_demo_enterprise_e5f6');
  await page.locator('#credit-card').getByLabel('Contracted monthly allowance (credits)').fill('500,000');
  await page.locator('#credit-card').getByRole('button', { name: 'Use this allowance' }).click();
  await expect(page.getByTestId('gauge-percent')).toHaveText('850%');
  const enterpriseRow = page.getByTestId('tier-table').locator('tr[aria-current="true"]');
  await expect(enterpriseRow).toContainText('500,000 (contracted)');
  await expect(enterpriseRow).toContainText('850%');

  await page.getByRole('button', { name: 'Add organization' }).click();
  await page.getByLabel('API key', { exact: true }).fill('sk_test_demo_pro_f456');
  await page.getByRole('button', { name: 'Connect' }).click();
  await page.getByRole('button', { name: 'Compare' }).click();
  const table = page.getByTestId('comparison-table');
  await expect(table.getByRole('row', { name: /Balance vs allowance/ })).toContainText('850%');
  await expect(table.getByRole('row', { name: /Inference/ })).toContainText('1,500'); // an extra category
});
