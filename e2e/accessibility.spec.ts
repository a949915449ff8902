import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SAMPLE_ORGANIZATIONS } from '../src/samples/sample-organizations';
import { connect, expectBarsDrawn } from './support/app';
import { expect, test } from './support/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** The sample organizations' names. */
const SAMPLES = SAMPLE_ORGANIZATIONS.map((sample) => String(sample.body.organization_name));

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    });

    test('key screen, with an error and a warning showing', async ({ page }) => {
      await page.goto('/');
      await expectNoViolations(page, 'the key screen');
      await page.getByRole('button', { name: 'Connect' }).click();
      await page.getByText('Advanced').click();
      await expectNoViolations(page, 'the key screen with an error');
    });

    // One test per page state, not all in one: seven axe runs in a row outlast a test's time
    // on a busy machine.
    for (const sample of SAMPLES) {
      test(`the sample ${sample}`, async ({ page }) => {
        await page.goto('/');
        await page.getByRole('button', { name: 'Try with sample data' }).click();
        const picker = page.getByLabel('Sample organization');
        await picker.selectOption({ label: await picker.getByRole('option', { name: sample }).innerText() });
        await expect(page.getByTestId('organization-name')).toHaveText(sample);
        // The enterprise sample reports a sixth category; the others the documented five.
        await expectBarsDrawn(page, sample.startsWith('Globex') ? 6 : 5);
        await expectNoViolations(page, `the dashboard for ${sample}`);
      });
    }

    test('the sample dashboard as tables, the share menu and the settings', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Try with sample data' }).click();
      await page.locator('#credit-card').getByRole('button', { name: 'Show as table' }).click();
      await page.locator('#rate-limit-card').getByRole('button', { name: 'Show as table' }).click();
      await expect(page.getByTestId('rate-limit-table')).toBeVisible();
      await expectNoViolations(page, 'the dashboard as tables');
      await page.getByRole('button', { name: 'Share' }).click();
      await expect(page.getByRole('menu')).toBeVisible();
      await expectNoViolations(page, 'the share menu');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Settings' }).click();
      await expect(page.getByLabel('Theme')).toBeVisible();
      await expectNoViolations(page, 'the settings panel');
    });

    for (const key of ['sk_test_demo_pro_f456', 'sk_test_demo_enterprise_e5f6', 'sk_test_fault_billing_403']) {
      test(`the billing cards and their tables, ${key}`, async ({ page }) => {
        await connect(page, key);
        await expect(page.getByTestId('billing-section')).toBeAttached({ timeout: 10_000 });
        await expect(page.locator('[data-testid="deferred-sections"] [aria-busy="true"]')).toHaveCount(0);
        if (key !== 'sk_test_fault_billing_403') {
          for (const name of ['breakdown', 'history'])
            await page.locator(`#${name}-card`).getByRole('button', { name: 'Show as table' }).click();
        }
        // Sections below the fold are laid out once on screen (content-visibility): bring each in.
        for (const section of await page.locator('[data-testid="deferred-sections"] > *').all())
          await section.scrollIntoViewIfNeeded();
        await expectNoViolations(page, `billing for ${key}`);
      });
    }

    for (const key of ['sk_test_fault_403', 'sk_test_fault_422', 'sk_test_fault_drift', 'sk_test_fault_html']) {
      test(`error state ${key.replace('sk_test_fault_', '')}`, async ({ page }) => {
        await connect(page, key);
        await expect(page.locator('[data-testid="error-panel"], [data-testid="field-problems"]').first()).toBeVisible({
          timeout: 15_000,
        });
        await expectNoViolations(page, `the ${key} state`);
      });
    }

    test('a rejected key on the key screen', async ({ page }) => {
      await connect(page, 'sk_test_fault_401');
      await expect(page.getByRole('alert')).toContainText('Mixpeek rejected this API key');
      await expectNoViolations(page, 'the key screen after a 401');
    });
  });
}
