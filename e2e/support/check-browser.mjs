// Stops `npm run test:e2e` early, with instructions, when there is no browser to test in.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { findChromium, NO_BROWSER_MESSAGE } from './browser.mjs';

const bundled = (() => {
  try {
    return chromium.executablePath();
  } catch {
    return null;
  }
})();

if (!findChromium() && !(bundled && existsSync(bundled))) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}
