import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ON_DEMAND, ROUTES } from '../scripts/budgets';
import { DASHBOARD_REQUESTS } from '../src/api/routes';
import { gzipSize, readManifest, routeFiles } from '../scripts/size-report';
import { connect } from './support/app';
import { headlineCompleteAt, scriptsRequested, watchHeadlineOf } from './support/headline-probe';
import { expect, test } from './support/test';

const DIST = join(import.meta.dirname, '..', 'dist-e2e');
const manifest = readManifest(DIST);
const gzipOf = (path: string) => gzipSize(readFileSync(join(DIST, path.replace(/^\//, ''))));
const headline = ROUTES.find((route) => route.name === 'headline dashboard')!;
/** The files of the chunks that must wait for the headline (each with what it alone imports). */
const onDemand = new Map<string, string>(ON_DEMAND.map((key) => [`/${manifest[key]!.file}`, key]));

test('from the key screen to the complete headline: within its budget, nothing below the fold or on demand', async ({
  page,
}) => {
  await watchHeadlineOf(page);
  await page.goto('/');
  // From the keyboard: a pointer resting over the dashboard would rightly load its menus.
  await page.getByLabel('API key', { exact: true }).fill('sk_test_demo_pro_f456');
  await page.getByLabel('API key', { exact: true }).press('Enter');
  const completeAt = await headlineCompleteAt(page);
  const before = (await scriptsRequested(page)).filter((script) => script.startTime <= completeAt);

  const early = before.filter((script) => onDemand.has(script.path)).map((script) => onDemand.get(script.path));
  expect(early, 'loaded before the headline was complete').toEqual([]);
  const total = before.reduce((sum, script) => sum + gzipOf(script.path), 0);
  expect(total).toBeLessThanOrEqual(headline.budget!);
  // What the browser loads is what the size report counts for this route.
  const counted = [...routeFiles(manifest, headline.loads)].map((file) => `/${file}`).sort();
  expect(before.map((script) => script.path).sort()).toEqual(counted);

  // And the sections below load after it: billing's code and its chart.
  await page.locator('#history-card').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('history-chart').locator('.recharts-bar-rectangle path').first()).toBeVisible();
  const later = (await scriptsRequested(page)).map((script) => onDemand.get(script.path)).filter(Boolean);
  expect(later).toEqual(
    expect.arrayContaining([
      'src/features/billing/components/billing-section.tsx',
      'src/components/charts/recharts-chunk.tsx',
    ]),
  );
});

test('a reload with a stored key sends the requests from the page’s first script, before any module, each once', async ({
  page,
}) => {
  await connect(page, 'sk_test_demo_pro_f456');
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  const sent: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.includes('/v1/')) sent.push(url.pathname.replace(/^.*\/v1\//, '/v1/') + url.search);
  });
  // A phone's connection and a cold cache, so that loading the app's code takes a visible while (on this machine
  // it takes a few ms, and which module runs first is a toss-up).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 200_000,
    uploadThroughput: 93_750,
  });
  await cdp.send('Network.clearBrowserCache');
  await watchHeadlineOf(page);
  await page.reload();
  await headlineCompleteAt(page);
  const timings = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => ({
      path: new URL(entry.name).pathname,
      start: entry.startTime,
      end: (entry as PerformanceResourceTiming).responseEnd,
    })),
  );
  const scripts = timings.filter((t) => t.path.endsWith('.js'));
  expect(scripts.map((t) => t.path)).toContain(`/${manifest['index.html']!.file}`);
  // Every request left from the page's own first script, before any module script was asked for.
  for (const path of DASHBOARD_REQUESTS) {
    const request = timings.find((t) => t.path.endsWith(path.split('?')[0]!))!;
    expect(request.start, path).toBeLessThan(Math.min(...scripts.map((t) => t.start)));
  }
  // Every one of the dashboard's requests went out once: the queries took the early ones.
  for (const path of DASHBOARD_REQUESTS)
    expect(
      sent.filter((p) => p === path),
      path,
    ).toHaveLength(1);
});
