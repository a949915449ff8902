import { PNG } from 'pngjs';
import { connect, expectBarsDrawn } from './support/app';
import { expect, test } from './support/test';

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Luminance variance of a box of a decoded screenshot: 0 where the box is one flat colour. */
function boxVariance(png: PNG, box: Box): number {
  let sum = 0;
  let sumSquares = 0;
  let n = 0;
  for (let y = Math.round(box.y); y < Math.min(png.height, Math.round(box.y + box.height)); y++) {
    for (let x = Math.round(box.x); x < Math.min(png.width, Math.round(box.x + box.width)); x++) {
      const i = (y * png.width + x) * 4;
      const l = 0.2126 * png.data[i]! + 0.7152 * png.data[i + 1]! + 0.0722 * png.data[i + 2]!;
      sum += l;
      sumSquares += l * l;
      n++;
    }
  }
  return n === 0 ? 0 : sumSquares / n - (sum / n) ** 2;
}

for (const width of [1280, 375]) {
  test(`a full-page capture without scrolling draws every section and chart at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await connect(page, 'sk_test_demo_team_c3d4');
    await expectBarsDrawn(page, 5);
    await expect(page.getByTestId('billing-section')).toBeAttached({ timeout: 10_000 });
    // The history chart mounts without the page being scrolled, with a bar for each month.
    await expect(page.getByTestId('history-chart').locator('.recharts-bar-rectangle').first()).toBeAttached({
      timeout: 10_000,
    });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // Each card's inside, inset from its border, and a blank box of the same size for comparison.
    const boxes = await page.evaluate(() => {
      const inset = 12;
      return [...document.querySelectorAll<HTMLElement>('[data-testid="deferred-sections"] section[id$="-card"]')].map(
        (card) => {
          const r = card.getBoundingClientRect();
          return {
            name: card.id,
            x: r.left + inset,
            y: r.top + window.scrollY + inset,
            width: r.width - 2 * inset,
            height: r.height - 2 * inset,
          };
        },
      );
    });
    expect(boxes.map((b) => b.name)).toEqual(
      expect.arrayContaining(['users-card', 'tiers-card', 'history-card', 'invoices-card']),
    );

    // Waits on what the capture shows (no clock): every card drawn, in one capture.
    await expect
      .poll(
        async () => {
          const png = PNG.sync.read(await page.screenshot({ fullPage: true, animations: 'disabled' }));
          const blank = boxVariance(png, { name: 'blank', x: 0, y: png.height - 2, width: 2, height: 2 });
          return boxes.filter((box) => boxVariance(png, box) <= blank + 20).map((box) => box.name);
        },
        { timeout: 8_000, message: 'cards whose inside is blank in the capture' },
      )
      .toEqual([]);
    const bars = page.getByTestId('history-chart').locator('.recharts-bar-rectangle path');
    expect(await bars.count()).toBeGreaterThanOrEqual(6);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
}
