import { connect } from './support/app';
import { expect, test } from './support/test';

for (const [locale, balance, created] of [
  ['en-US', '250,000 credits', 'Jan 1, 2025'],
  ['de-DE', '250.000 credits', '01.01.2025'],
] as const) {
  test.describe(locale, () => {
    test.use({ locale, timezoneId: 'UTC' });
    test(`numbers and dates follow the ${locale} locale`, async ({ page }) => {
      await connect(page, 'sk_test_demo_pro_f456');
      await expect(page.getByTestId('gauge-balance')).toHaveText(balance);
      await expect(page.getByTestId('account-balance')).toHaveText(balance);
      await expect(page.locator('#account-card')).toContainText(created);
    });
  });
}

test.describe('time zone', () => {
  test.use({ locale: 'en-US', timezoneId: 'America/New_York' });
  test('absolute times name their zone, and "Show times in UTC" switches to UTC', async ({ page }) => {
    await connect(page, 'sk_test_demo_pro_f456');
    const updated = page.locator('#account-card').getByText(/Nov 20, 2026/);
    await expect(updated).toHaveText('Nov 20, 2026, 9:32 AM EST');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('switch', { name: 'Show times in UTC' }).check();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
    await expect(updated).toHaveText('Nov 20, 2026, 2:32 PM UTC');
    await page.reload();
    await expect(page.locator('#account-card').getByText(/Nov 20, 2026/)).toHaveText('Nov 20, 2026, 2:32 PM UTC');
  });
});
