import { defineConfig, devices } from '@playwright/test';
import { BILLING_NOW, STUB_API, STUB_API_ANY_ORIGIN } from './support/app';
import { CHROMIUM_ARGS, findChromium } from './support/browser.mjs';

const APP = 'http://127.0.0.1:4173';
const executablePath = findChromium() ?? undefined; // undefined: Playwright's own browser (checked beforehand)

export default defineConfig({
  testDir: '.',
  outputDir: '../test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]],
  use: {
    baseURL: APP,
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath,
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: [
    {
      command: 'node node_modules/tsx/dist/cli.mjs --tsconfig tsconfig.node.json scripts/mock-api.ts',
      cwd: '..',
      // The samples' billing as of one fixed instant; the billing tests fix the page's clock to it.
      env: { STUB_NOW: BILLING_NOW },
      url: `${STUB_API}/healthz`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The direct-URL path where it works: a page on an origin the API's CORS admits.
      command: 'node node_modules/tsx/dist/cli.mjs --tsconfig tsconfig.node.json scripts/mock-api.ts --cors=any',
      cwd: '..',
      env: { STUB_NOW: BILLING_NOW, MOCK_API_PORT: new URL(STUB_API_ANY_ORIGIN).port },
      url: `${STUB_API_ANY_ORIGIN}/healthz`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The production server (`npm start`) serves the build made by `npm run test:e2e` (dist-e2e)
      // and its proxy forwards to the stub: the tests see what users see. The build runs
      // outside, so its errors are visible.
      command: 'node dist-server/server/main.js',
      cwd: '..',
      env: {
        DIST_DIR: 'dist-e2e',
        HOST: '127.0.0.1',
        PORT: '4173',
        MIXPEEK_PROXY_TARGET: STUB_API,
        LOG_FORMAT: 'json',
      },
      url: `${APP}/healthz`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
