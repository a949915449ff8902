// Finds a Chromium for the end-to-end tests: CHROMIUM_PATH, then Debian's /usr/bin/chromium,
// then a browser Playwright downloaded itself. Shared by the config and the pre-flight check.
import { existsSync } from 'node:fs';

/**
 * Flags for a headless Chromium on a closed, sandbox-less machine: without the background
 * networking ones it keeps trying to reach Google's hosts. Used by the tests and the bench.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export const NO_BROWSER_MESSAGE = `No Chromium found for the end-to-end tests.
Looked at CHROMIUM_PATH (${process.env.CHROMIUM_PATH ?? 'not set'}), ${CANDIDATES.join(', ')} and Playwright's own browsers.
Install one of:
  - Debian/Ubuntu:  apt-get install -y chromium
  - Playwright's:   npx playwright install chromium
  - or point CHROMIUM_PATH at a Chromium or Chrome binary.`;
