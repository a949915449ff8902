import { expect, test } from './support/test';
import { barLabels, connect, expectBarsDrawn, sidewaysOverflow } from './support/app';

test('keyboard only: key entry → dashboard → share menu → sign out', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByLabel('API key', { exact: true })).toBeFocused();
  await page.keyboard.type('sk_test_demo_pro_f456');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  await expect(page.locator('#dashboard')).toBeFocused(); // focus is not lost to <body>

  // Tab through the page until the Share button, with a visible focus ring on the way.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Shift+Tab');
    const name = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (name === 'Share') break;
  }
  const share = page.getByRole('button', { name: 'Share' });
  await expect(share).toBeFocused();
  const outline = await share.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Download PNG' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: 'Print statement or save as PDF' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(share).toBeFocused();

  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Shift+Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Sign out') break;
  }
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('API key', { exact: true })).toBeVisible();
  await expect.poll(() => page.evaluate(() => sessionStorage.length)).toBe(0);
});

for (const [width, height] of [
  [360, 740],
  [375, 812],
  [768, 1024],
  [1440, 900],
  [1920, 1080],
] as const) {
  test(`no horizontal scrolling at ${width}×${height}`, async ({ page }, info) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    await page.getByRole('button', { name: 'Try with sample data' }).click();
    for (const option of await page.getByLabel('Sample organization').locator('option').allTextContents()) {
      await page.getByLabel('Sample organization').selectOption({ label: option });
      await expect(page.getByTestId('organization-name')).toBeVisible();
      expect(await sidewaysOverflow(page), `${option} at ${width}px`).toEqual([]);
    }
    // The charts follow the width they are given.
    const chart = (await page.getByTestId('rate-limit-chart').locator('.horizontal-bars').boundingBox())!;
    const card = (await page.locator('#rate-limit-card').boundingBox())!;
    expect(chart.width).toBeGreaterThan(card.width * 0.8);
    expect(chart.width).toBeLessThanOrEqual(card.width);
    if (width === 375 || width === 1440) {
      await page.getByLabel('Sample organization').selectOption({ index: 0 });
      await page.screenshot({ path: info.outputPath(`dashboard-${width}.png`), fullPage: true });
    }
  });
}

test('"Show as table" gives the same numbers as the charts', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await connect(page, 'sk_test_demo_enterprise_e5f6');
  await page.locator('#credit-card').getByLabel('Contracted monthly allowance (credits)').fill('5,000,000');
  await page.locator('#credit-card').getByRole('button', { name: 'Use this allowance' }).click();
  await expectBarsDrawn(page, 6);
  const bars = await barLabels(page);
  const meter = page.getByRole('meter', { name: 'Credit balance against the monthly allowance' });
  await expect(meter).toHaveAttribute('aria-valuenow', '85');
  await expect(meter).toHaveAttribute('aria-valuemax', '100');
  await expect(meter).toHaveAttribute('aria-valuetext', /85% of the monthly allowance: 4,250,000 of 5,000,000 credits/);
  const percent = await page.getByTestId('gauge-percent').textContent(); // read once the allowance applies

  await page.locator('#rate-limit-card').getByRole('button', { name: 'Show as table' }).click();
  await expect(page.getByTestId('rate-limit-table').locator('tbody td:nth-child(2)')).toHaveText(
    bars.map((bar) => bar.replace(/ \/ min$/, '')),
  );

  await page.locator('#credit-card').getByRole('button', { name: 'Show as table' }).click();
  const table = page.getByTestId('credit-table');
  await expect(table.getByRole('row', { name: /Credit balance/ })).toContainText('4,250,000');
  await expect(table.getByRole('row', { name: /Monthly allowance/ })).toContainText('5,000,000');
  await expect(table.getByRole('row', { name: /Share of the allowance/ })).toContainText(percent!);
});

test('the theme follows the system, and a chosen theme is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const canvas = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect.poll(canvas).toBe('rgb(15, 18, 23)');
  // Chosen at once, even before the app is here (it applies the choice when it takes over).
  await page.getByLabel('Theme').selectOption('light');
  await expect.poll(canvas).toBe('rgb(246, 247, 249)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect.poll(canvas).toBe('rgb(246, 247, 249)');
  await page.getByLabel('Theme').selectOption('system');
  await expect.poll(canvas).toBe('rgb(15, 18, 23)');
});

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test(`the history chart ${reducedMotion === 'reduce' ? 'is drawn at once under' : 'grows in without'} prefers-reduced-motion`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion });
    // Every height the history's first bar is ever drawn with, from the moment it enters the
    // page: an animation draws it short first and grows it frame by frame.
    await page.addInitScript(() => {
      const seen: number[] = [];
      (window as unknown as { __barHeights: number[] }).__barHeights = seen;
      const record = () => {
        const bar = document.querySelector<SVGPathElement>(
          '[data-testid="history-chart"] .recharts-bar-rectangle path',
        );
        if (bar) seen.push(Math.round(bar.getBBox().height));
      };
      new MutationObserver(record).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['d'],
      });
    });
    await page.goto('/');
    await page.getByRole('button', { name: 'Try with sample data' }).click();
    // The chart is drawn once it comes near the viewport (it is below the fold).
    await page.locator('#history-card').scrollIntoViewIfNeeded();
    const firstBar = page.getByTestId('history-chart').locator('.recharts-bar-rectangle path').first();
    await expect(firstBar).toBeVisible();
    const heights = () => page.evaluate(() => (window as unknown as { __barHeights: number[] }).__barHeights);
    if (reducedMotion === 'reduce') {
      // Drawn in full at once: the first height the bar ever has is its value on the chart's own
      // axis (an animation would start it short and grow it).
      await expect.poll(async () => (await heights()).length).toBeGreaterThan(0);
      const full = await page.getByTestId('history-chart').evaluate((figure) => {
        const caption = figure.querySelector('figcaption')!.textContent!;
        const value = Number(/^Credits a month: [A-Za-z]+ \d{4} ([\d,]+)/.exec(caption)![1]!.replaceAll(',', ''));
        const unit: Record<string, number> = { '': 1, K: 1e3, M: 1e6, B: 1e9 };
        const ticks = [
          ...figure.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value'),
        ].map((text) => {
          const [, figure_, suffix] = /^([\d.]+)([KMB]?)$/.exec(text.textContent!.trim())!;
          return { y: Number(text.getAttribute('y')), value: Number(figure_) * unit[suffix!]! };
        });
        const zero = ticks.find((t) => t.value === 0)!;
        const top = ticks.reduce((a, b) => (b.value > a.value ? b : a));
        return (value * (zero.y - top.y)) / top.value;
      });
      const seen = await heights();
      expect(full).toBeGreaterThan(20);
      expect(Math.abs(seen[0]! - full)).toBeLessThanOrEqual(2);
    } else {
      // Grows: drawn short first, then taller, frame by frame.
      await expect.poll(async () => new Set(await heights()).size).toBeGreaterThan(3);
      const seen = await heights();
      expect(seen[0]!).toBeLessThan(Math.max(...seen));
    }
  });
}

test('on a phone the header is one bar with an Actions menu, and table rows become label–value blocks', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expect(page.getByTestId('organization-name')).toBeVisible();
  const header = page.locator('header').first();
  await expect(header.getByRole('button', { name: 'Sign out' })).toBeHidden();
  await expect(header.getByRole('button', { name: 'Add organization' })).toBeHidden();
  await expect(header.getByRole('button', { name: 'Refresh' })).toBeVisible();
  // One bar: the logo, Refresh and Actions side by side on one line.
  const middles = await Promise.all(
    [
      header.locator('img').first(),
      header.getByRole('button', { name: 'Refresh' }),
      header.getByRole('button', { name: 'Actions' }),
    ].map(async (control) => {
      await expect(control).toBeVisible();
      const box = (await control.boundingBox())!;
      return box.y + box.height / 2;
    }),
  );
  expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(6);

  // A table below the fold: each row a block, each cell its column's label and its value.
  const table = page.locator('[data-testid="deferred-sections"] .data-table:visible').first();
  await table.scrollIntoViewIfNeeded();
  const layout = await table.evaluate((el) => {
    const cell = el.querySelector('tbody td')!;
    return {
      row: getComputedStyle(el.querySelector('tbody tr')!).display,
      head: el.querySelector('thead')!.getBoundingClientRect().height,
      label: getComputedStyle(cell, '::before').content,
      column: cell.getAttribute('data-label'),
    };
  });
  expect(layout.row).toBe('block');
  expect(layout.head).toBeLessThanOrEqual(1);
  expect(layout.label).toBe(`"${layout.column}"`);

  // The Actions menu holds the rest, and its entries work.
  await page.evaluate(() => window.scrollTo(0, 0));
  await header.getByRole('button', { name: 'Actions' }).click();
  const menu = page.getByRole('menu');
  for (const entry of ['Share', 'Add organization', 'Sign out'])
    await expect(menu.getByRole('menuitem', { name: entry })).toBeVisible();
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Hide identifiers' })).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByLabel('API key', { exact: true })).toBeVisible();

  // On a desktop the same header shows its buttons, and tables are tables.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expect(header.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(header.getByRole('button', { name: 'Actions' })).toBeHidden();
  await table.scrollIntoViewIfNeeded();
  await expect(table.locator('tbody tr').first()).toHaveCSS('display', 'table-row');
});
