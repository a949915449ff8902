/**
 * npm run bench: builds the app, serves it with the production server beside the stub API,
 * and measures the paths a person takes: the key screen, Connect, a reload with a stored key,
 * a sample page. Each timing is the median of RUNS runs with its spread (min–max), app and
 * floor interleaved in the same run; sizes are exact. Writes bench/results.json and, after
 * a full run (RUNS ≥ 5) that started on a quiet machine, docs/performance.md's table.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser.mjs';
import { headlineCompleteAt, watchHeadlineOf } from '../e2e/support/headline-probe.ts';
import { samplePagePath } from '../scripts/prerendered-pages.ts';
import { API_ROUTES } from '../src/api/routes.ts';
import { sizeReport } from '../scripts/size-report.ts';
import { dashboardFloorPage, keyScreenFloorPage } from './floor-page.ts';
import { busyReason, machineLine, readMachine, type MachineReading } from './machine.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** A full run: what the docs table may come from. */
const FULL_RUNS = 5;
const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist-e2e');
const CHROME = findChromium() ?? chromium.executablePath();
const KEY = 'sk_test_demo_pro_f456';

/** One app server per stub latency: 0 ms (the stub as is), then a distant API. */
const SETUPS = [
  { latency: 0, app: 'http://127.0.0.1:4173', appPort: 4173, stubPort: 4010 },
  { latency: 300, app: 'http://127.0.0.1:4174', appPort: 4174, stubPort: 4011 },
  { latency: 1000, app: 'http://127.0.0.1:4175', appPort: 4175, stubPort: 4012 },
] as const;
const APP = SETUPS[0].app;

/** The requests the headline waits for (the organization first). */
const HEADLINE_REQUESTS = [API_ROUTES.organization.path, API_ROUTES.balance.path, API_ROUTES.usageCurrent.path];

/** The throttled profile: a mid-range phone on a slow connection. */
const THROTTLED = { cpu: 4, latencyMs: 150, downloadKbps: 1600, uploadKbps: 750 };
/** A phone twice as slow: the throttled profile's network with 8× CPU (the 2× headroom check). */
const SLOW_CPU = 8;
/** The CPU slowdown a timing runs under: 1 is this machine as it is, network untouched too. */
type CpuRate = 1 | typeof THROTTLED.cpu | typeof SLOW_CPU;

// ---- Figures ------------------------------------------------------------------------------

interface Spread {
  median: number;
  min: number;
  max: number;
}

const round = (n: number, digits = 0) => Number(n.toFixed(digits));
function spread(values: number[], digits = 0): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: round(median, digits), min: round(sorted[0]!, digits), max: round(sorted.at(-1)!, digits) };
}

// ---- Servers ------------------------------------------------------------------------------

function start(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
}

async function waitFor(url: string) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

// ---- Lighthouse ---------------------------------------------------------------------------

interface LighthouseFigures {
  score: number;
  lcp: number;
  tbt: number;
  cls: number;
}

type LighthouseReport = {
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number }>;
};

const benchRequire = createRequire(join(ROOT, 'bench/package.json'));
/** The figures of a report; a report without them (Lighthouse's own runtime error) throws, to be made again. */
function figuresOf(report: LighthouseReport & { runtimeError?: { message?: string } }): LighthouseFigures {
  const figures = {
    score: Math.round((report.categories.performance.score ?? Number.NaN) * 100),
    lcp: report.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    tbt: report.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    cls: report.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
  };
  if (!Object.values(figures).every(Number.isFinite))
    throw new Error(`Lighthouse reported no figures: ${report.runtimeError?.message ?? JSON.stringify(figures)}`);
  return figures;
}

/** A cold load of `url` (Lighthouse resets cache and storage first); a run that fails is made again, twice at most. */
function lighthouse(url: string, formFactor: 'mobile' | 'desktop', attempt = 1): LighthouseFigures {
  const out = join(ROOT, 'bench/.lighthouse.json');
  try {
    runLighthouseCli(url, formFactor, out);
    return figuresOf(JSON.parse(readFileSync(out, 'utf8')) as LighthouseReport);
  } catch (error) {
    if (attempt >= 3) throw error;
    console.warn(`  Lighthouse failed on ${url} (${formFactor}): ${(error as Error).message.split('\n')[0]}; again.`);
    return lighthouse(url, formFactor, attempt + 1);
  }
}

function runLighthouseCli(url: string, formFactor: 'mobile' | 'desktop', out: string) {
  execFileSync(
    process.execPath,
    [
      benchRequire.resolve('lighthouse/cli/index.js'),
      url,
      '--quiet',
      '--only-categories=performance',
      '--output=json',
      `--output-path=${out}`,
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
      ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

/**
 * A reload of the dashboard with a key stored in the tab (mobile): Lighthouse drives a tab
 * whose sessionStorage holds the workspace, with the HTTP cache cleared so that the load
 * is as cold as the others, and storage kept (its default reset would drop the key).
 */
async function lighthouseReload(attempt = 1): Promise<LighthouseFigures> {
  try {
    return await lighthouseReloadOnce();
  } catch (error) {
    if (attempt >= 3) throw error;
    console.warn(`  Lighthouse failed on the reload: ${(error as Error).message.split('\n')[0]}; again.`);
    return lighthouseReload(attempt + 1);
  }
}

async function lighthouseReloadOnce(): Promise<LighthouseFigures> {
  const puppeteer = (await import(pathToFileURL(benchRequire.resolve('puppeteer-core')).href)) as {
    default: {
      launch(options: object): Promise<{
        newPage(): Promise<PuppeteerPage>;
        close(): Promise<void>;
      }>;
    };
  };
  type PuppeteerPage = {
    goto(url: string): Promise<unknown>;
    evaluate<T>(fn: (arg: T) => void, arg: T): Promise<void>;
    createCDPSession(): Promise<{ send(method: string): Promise<unknown> }>;
  };
  const { default: runLighthouse } = (await import(pathToFileURL(benchRequire.resolve('lighthouse')).href)) as {
    default: (url: string, flags: object, config: undefined, page: PuppeteerPage) => Promise<{ lhr: LighthouseReport }>;
  };
  const browser = await puppeteer.default.launch({
    executablePath: CHROME,
    headless: true,
    args: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${APP}/`);
    await page.evaluate(
      (workspace) => sessionStorage.setItem('mixpeek-dashboard.session', workspace),
      JSON.stringify({
        version: 2,
        sessions: [{ kind: 'api', apiKey: KEY, baseUrl: `${APP}/mixpeek-api` }],
        active: 0,
      }),
    );
    await (await page.createCDPSession()).send('Network.clearBrowserCache');
    const { lhr } = await runLighthouse(
      `${APP}/dashboard`,
      { onlyCategories: ['performance'], disableStorageReset: true, logLevel: 'error' },
      undefined,
      page,
    );
    return figuresOf(lhr);
  } finally {
    await browser.close();
  }
}

function lighthouseSummary(runs: LighthouseFigures[]) {
  return {
    score: spread(runs.map((r) => r.score)),
    lcp: spread(runs.map((r) => r.lcp)),
    tbt: spread(runs.map((r) => r.tbt)),
    cls: spread(
      runs.map((r) => r.cls),
      3,
    ),
  };
}

// ---- In-page timings ----------------------------------------------------------------------

/** Records the longest main-thread task from now on (or from navigation start, buffered). */
function watchLongTasks() {
  const w = window as unknown as { __tasks: { start: number; duration: number }[] };
  w.__tasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

const longestTaskBetween = (page: Page, from: number, to: number) =>
  page.evaluate(
    ([a, b]) =>
      Math.max(
        0,
        ...(window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks
          .filter((t) => t.start + t.duration >= a! && t.start <= b!)
          .map((t) => t.duration),
      ),
    [from, to],
  );

async function throttle(page: Page, cpu: CpuRate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLED.latencyMs,
    downloadThroughput: (THROTTLED.downloadKbps * 1000) / 8,
    uploadThroughput: (THROTTLED.uploadKbps * 1000) / 8,
  });
}

async function newPage(context: BrowserContext, cpu: CpuRate) {
  const page = await context.newPage();
  // tsx keeps function names with a helper, __name, that the functions sent to the page call.
  await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await page.addInitScript(watchLongTasks);
  await watchHeadlineOf(page);
  if (cpu > 1) await throttle(page, cpu);
  return page;
}

/** Types the key on the key screen, presses Connect: click → complete headline, longest task between. */
/**
 * The first request to each of the headline's paths (a later refetch is not what it waited
 * for): when it left and when its answer was in. Waits for their entries, which the browser
 * adds a moment after the body has been read.
 */
async function firstAnswers(page: Page): Promise<{ startTime: number; responseEnd: number }[]> {
  const handle = await page.waitForFunction((paths) => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const first = paths.map((path) => entries.find((e) => new URL(e.name).pathname.endsWith(path)));
    return first.every(Boolean) && first.map((e) => ({ startTime: e!.startTime, responseEnd: e!.responseEnd }));
  }, HEADLINE_REQUESTS);
  return (await handle.jsonValue()) as { startTime: number; responseEnd: number }[];
}

async function connectTiming(browser: Browser, app: string, cpu: CpuRate, key = KEY) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, reducedMotion: 'reduce' });
  const page = await newPage(context, cpu);
  await page.goto(`${app}/`);
  await page.getByLabel('API key', { exact: true }).fill(key);
  await page.evaluate(() => {
    document
      .querySelector('form')!
      .addEventListener('submit', () => ((window as unknown as { __clicked: number }).__clicked = performance.now()), {
        capture: true,
      });
  });
  await page.getByRole('button', { name: 'Connect' }).click();
  const complete = await headlineCompleteAt(page);
  const clicked = await page.evaluate(() => (window as unknown as { __clicked: number }).__clicked);
  const responseEnd = Math.max(...(await firstAnswers(page)).map((e) => e.responseEnd));
  const longest = await longestTaskBetween(page, clicked, complete);
  return { context, page, connectToComplete: complete - clicked, responseToComplete: complete - responseEnd, longest };
}

/**
 * A reload with the key stored (cold HTTP cache): when the organization request left, when
 * the API had answered (the headline's three requests) and the headline's code was in, and
 * when the headline was complete.
 */
async function reloadTiming(browser: Browser, app: string, cpu: CpuRate) {
  // The same tab: the key is in its sessionStorage.
  const { context, page: reloaded } = await connectTiming(browser, app, 1);
  if (cpu > 1) await throttle(reloaded, cpu);
  const cdp = await context.newCDPSession(reloaded);
  await cdp.send('Network.clearBrowserCache');
  await reloaded.goto(`${app}/dashboard`);
  const complete = await headlineCompleteAt(reloaded);
  // The first request to each path: the first-paint script's, which the queries take.
  const api = await firstAnswers(reloaded);
  const codeLoaded = await reloaded.evaluate((completeAt) => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const code = entries.filter((e) => new URL(e.name).pathname.endsWith('.js') && e.startTime <= completeAt);
    return Math.max(...code.map((e) => e.responseEnd));
  }, complete);
  const t = { requestStart: api[0]!.startTime, answered: Math.max(...api.map((e) => e.responseEnd)), codeLoaded };
  const longest = await longestTaskBetween(reloaded, 0, complete);
  await context.close();
  return { ...t, complete, afterLater: complete - Math.max(t.answered, t.codeLoaded), longest };
}

/** A page that shows the dashboard by itself (a sample page, the client-rendered sample): load → complete. */
async function pageTiming(browser: Browser, url: string, cpu: CpuRate) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, reducedMotion: 'reduce' });
  const page = await newPage(context, cpu);
  await page.goto(url);
  const complete = await headlineCompleteAt(page);
  // The live app's takeover comes after the prerendered headline: wait for it, then read.
  await page.waitForFunction(() =>
    Object.keys(document.getElementById('root')!).some((k) => k.startsWith('__reactContainer')),
  );
  await page.waitForLoadState('networkidle');
  const longest = await longestTaskBetween(page, 0, await page.evaluate(() => performance.now()));
  await context.close();
  return { complete, longest };
}

async function searchKeystroke(page: Page): Promise<number> {
  const search = page.getByLabel('Search users');
  await search.focus();
  await page.evaluate(() => {
    const w = window as unknown as Record<string, number>;
    const count = document.querySelector('[data-testid="users-count"]')!;
    document.addEventListener('keydown', () => (w.__keydown = performance.now()), { capture: true, once: true });
    new MutationObserver((_, observer) => {
      w.__updated = performance.now();
      observer.disconnect();
    }).observe(count, { childList: true, characterData: true, subtree: true });
  });
  await page.keyboard.type('7');
  await page.waitForFunction(() => (window as unknown as Record<string, number>).__updated !== undefined);
  return page.evaluate(() => {
    const w = window as unknown as Record<string, number>;
    return w.__updated! - w.__keydown!;
  });
}

async function heapGrowth(browser: Browser, refreshes: number): Promise<number> {
  const { context, page } = await connectTiming(browser, APP, 1);
  const cdp = await context.newCDPSession(page);
  const used = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  };
  const before = await used();
  const refresh = page.getByRole('button', { name: 'Refresh' }).first();
  for (let i = 0; i < refreshes; i++) {
    const response = page.waitForResponse((r) => r.url().endsWith('/v1/organizations'));
    await refresh.click();
    await response;
    await page.waitForFunction(() => !document.querySelector('header button[disabled]'));
  }
  const after = await used();
  await context.close();
  return after - before;
}

// ---- Main ---------------------------------------------------------------------------------

async function main() {
  const before = readMachine();
  console.log(`Machine: ${before.cpu}, ${before.cores} cores, load average ${before.loadAverage.join(' / ')}`);
  console.log('Building…');
  execFileSync('npx', ['vite', 'build', '--mode', 'e2e', '--outDir', 'dist-e2e'], { cwd: ROOT, stdio: 'ignore' });
  execFileSync('npm', ['run', 'build:server'], { cwd: ROOT, stdio: 'ignore' });
  // Floors, written before the servers start (the server reads each page's CSP at start).
  writeFileSync(join(DIST, 'floor.html'), dashboardFloorPage('pro-over'));
  writeFileSync(join(DIST, 'floor-key.html'), keyScreenFloorPage(readFileSync(join(DIST, 'index.html'), 'utf8')));
  if (!existsSync(join(ROOT, 'bench/node_modules/lighthouse'))) {
    console.log('Installing Lighthouse for the benchmark (bench/)…');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: join(ROOT, 'bench'), stdio: 'inherit' });
  }
  const servers = SETUPS.flatMap((setup) => [
    start(['node_modules/tsx/dist/cli.mjs', '--tsconfig', 'tsconfig.node.json', 'scripts/mock-api.ts'], {
      MOCK_API_PORT: String(setup.stubPort),
      STUB_LATENCY_MS: String(setup.latency),
    }),
    start(['dist-server/server/main.js'], {
      DIST_DIR: 'dist-e2e',
      HOST: '127.0.0.1',
      PORT: String(setup.appPort),
      MIXPEEK_PROXY_TARGET: `http://127.0.0.1:${setup.stubPort}`,
    }),
  ]);
  try {
    for (const setup of SETUPS) {
      await waitFor(`http://127.0.0.1:${setup.stubPort}/healthz`);
      await waitFor(`${setup.app}/healthz`);
    }
    const sizes = sizeReport(DIST);

    const pages = {
      samplePage: `${APP}${samplePagePath('pro-over')}`,
      clientRendered: `${APP}/?sample=pro-over`,
      dashboardFloor: `${APP}/floor.html`,
      keyScreen: `${APP}/`,
      keyScreenFloor: `${APP}/floor-key.html`,
    };
    // The in-page timings first: a failure there shows in minutes, not after the Lighthouse runs.
    console.log(`Timings, ${RUNS} runs each…`);
    const browser = await chromium.launch({ executablePath: CHROME, args: CHROMIUM_ARGS });
    const runs = <T>(n: number, fn: () => Promise<T>) =>
      Array.from({ length: n }).reduce<Promise<T[]>>(async (all) => [...(await all), await fn()], Promise.resolve([]));
    const connect = await runs(RUNS, async () => {
      const r = await connectTiming(browser, APP, 1);
      await r.context.close();
      return r;
    });
    const connectAt = (cpu: CpuRate) =>
      runs(RUNS, async () => {
        const r = await connectTiming(browser, APP, cpu);
        await r.context.close();
        return r;
      });
    const connectThrottled = await connectAt(THROTTLED.cpu);
    const reload300 = await runs(RUNS, () => reloadTiming(browser, SETUPS[1].app, 1));
    const reload1000 = await runs(RUNS, () => reloadTiming(browser, SETUPS[2].app, 1));
    const reloadThrottled = await runs(RUNS, () => reloadTiming(browser, APP, THROTTLED.cpu));
    const sampleThrottled = await runs(RUNS, () => pageTiming(browser, pages.samplePage, THROTTLED.cpu));
    const clientThrottled = await runs(RUNS, () => pageTiming(browser, pages.clientRendered, THROTTLED.cpu));
    // The same paths on a phone twice as slow: only their longest task is reported.
    const slow = {
      connect: await connectAt(SLOW_CPU),
      reload: await runs(RUNS, () => reloadTiming(browser, APP, SLOW_CPU)),
      samplePage: await runs(RUNS, () => pageTiming(browser, pages.samplePage, SLOW_CPU)),
      clientRendered: await runs(RUNS, () => pageTiming(browser, pages.clientRendered, SLOW_CPU)),
    };
    const large = await runs(RUNS, async () => {
      const r = await connectTiming(browser, APP, 1, 'sk_test_fault_large');
      const keystroke = await searchKeystroke(r.page);
      await r.context.close();
      return { ...r, keystroke };
    });
    const heap = await runs(RUNS, () => heapGrowth(browser, 100));
    await browser.close();
    console.log(`Lighthouse, ${RUNS} runs of each page, interleaved…`);
    const mobile: Record<keyof typeof pages | 'reload', LighthouseFigures[]> = {
      samplePage: [],
      clientRendered: [],
      dashboardFloor: [],
      keyScreen: [],
      keyScreenFloor: [],
      reload: [],
    };
    const desktop: Record<'samplePage' | 'dashboardFloor', LighthouseFigures[]> = {
      samplePage: [],
      dashboardFloor: [],
    };
    const ratios = { samplePage: [] as number[], clientRendered: [] as number[], keyScreen: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      for (const [name, url] of Object.entries(pages))
        mobile[name as keyof typeof pages].push(lighthouse(url, 'mobile'));
      mobile.reload.push(await lighthouseReload());
      for (const name of ['samplePage', 'dashboardFloor'] as const)
        desktop[name].push(lighthouse(pages[name], 'desktop'));
      // Each app run against the floor run made moments apart.
      const lcp = (runs: LighthouseFigures[]) => runs.at(-1)!.lcp;
      ratios.samplePage.push(lcp(mobile.samplePage) / lcp(mobile.dashboardFloor));
      ratios.clientRendered.push(lcp(mobile.clientRendered) / lcp(mobile.dashboardFloor));
      ratios.keyScreen.push(lcp(mobile.keyScreen) / lcp(mobile.keyScreenFloor));
      console.log(`  run ${i + 1} of ${RUNS} done`);
    }

    const results = {
      measuredAt: new Date().toISOString(),
      runs: RUNS,
      throttledProfile: THROTTLED,
      javascript: {
        routes: sizes.routes.map(({ name, gzip, budget }) => ({ name, gzipBytes: gzip, budgetBytes: budget ?? null })),
        all: { gzipBytes: sizes.allJs.gzip, budgetBytes: sizes.allJs.budget },
      },
      lighthouseMobile: Object.fromEntries(Object.entries(mobile).map(([k, v]) => [k, lighthouseSummary(v)])),
      lighthouseDesktop: Object.fromEntries(Object.entries(desktop).map(([k, v]) => [k, lighthouseSummary(v)])),
      lcpRatioToFloorMobile: {
        samplePage: spread(ratios.samplePage, 2),
        clientRendered: spread(ratios.clientRendered, 2),
        keyScreen: spread(ratios.keyScreen, 2),
      },
      connect: {
        toCompleteMs: spread(connect.map((r) => r.connectToComplete)),
        responseToCompleteMs: spread(connect.map((r) => r.responseToComplete)),
      },
      connectThrottled: {
        toCompleteMs: spread(connectThrottled.map((r) => r.connectToComplete)),
        longestTaskMs: spread(connectThrottled.map((r) => r.longest)),
      },
      reload: Object.fromEntries(
        (
          [
            ['latency300', reload300],
            ['latency1000', reload1000],
            ['throttled', reloadThrottled],
          ] as const
        ).map(([name, r]) => [
          name,
          {
            requestStartMs: spread(r.map((x) => x.requestStart)),
            completeMs: spread(r.map((x) => x.complete)),
            completeAfterLaterOfAnswerAndCodeMs: spread(r.map((x) => x.afterLater)),
            longestTaskMs: spread(r.map((x) => x.longest)),
          },
        ]),
      ),
      samplePageThrottled: {
        completeMs: spread(sampleThrottled.map((r) => r.complete)),
        longestTaskMs: spread(sampleThrottled.map((r) => r.longest)),
      },
      clientRenderedThrottled: {
        completeMs: spread(clientThrottled.map((r) => r.complete)),
        longestTaskMs: spread(clientThrottled.map((r) => r.longest)),
      },
      largeOrganization: {
        connectToCompleteMs: spread(large.map((r) => r.connectToComplete)),
        longestTaskMs: spread(large.map((r) => r.longest)),
        searchKeystrokeMs: spread(
          large.map((r) => r.keystroke),
          1,
        ),
      },
      slowCpuLongestTaskMs: Object.fromEntries(
        Object.entries(slow).map(([path, timings]) => [path, spread(timings.map((t) => t.longest))]),
      ),
      heapGrowthOver100RefreshesBytes: spread(heap),
    };
    const after = readMachine();
    const measured = { ...results, machine: { before, after } };
    writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(measured, null, 2)}\n`);
    const table = performanceTable(results);
    console.log(table);
    console.log(machineLine(before, after));
    const notWritten = busyReason(before, RUNS, FULL_RUNS);
    if (notWritten === null) writeDocsTable(table, before, after);
    else console.warn(`docs/performance.md is not written: ${notWritten}.`);
  } finally {
    for (const server of servers) server.kill();
  }
}

// ---- Report -------------------------------------------------------------------------------

type Results = {
  runs: number;
  javascript: {
    routes: { name: string; gzipBytes: number; budgetBytes: number | null }[];
    all: { gzipBytes: number; budgetBytes: number };
  };
  lighthouseMobile: Record<string, ReturnType<typeof lighthouseSummary>>;
  lighthouseDesktop: Record<string, ReturnType<typeof lighthouseSummary>>;
  lcpRatioToFloorMobile: Record<string, Spread>;
  connect: Record<string, Spread>;
  connectThrottled: Record<string, Spread>;
  reload: Record<string, Record<string, Spread>>;
  samplePageThrottled: Record<string, Spread>;
  clientRenderedThrottled: Record<string, Spread>;
  largeOrganization: Record<string, Spread>;
  slowCpuLongestTaskMs: Record<string, Spread>;
  heapGrowthOver100RefreshesBytes: Spread;
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (s: Spread) => `${s.median} ms (${s.min}–${s.max})`;
const num = (s: Spread) => `${s.median} (${s.min}–${s.max})`;
/** "met", "not met" against a target, from the median. */
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');

function performanceTable(r: Results): string {
  const rows: [string, string, string, string][] = [];
  const add = (what: string, result: string, target = '', met = '') => rows.push([what, result, target, met]);
  for (const route of r.javascript.routes) {
    add(
      `JS, ${route.name} (gzip)`,
      kb(route.gzipBytes),
      route.budgetBytes ? `≤ ${kb(route.budgetBytes)}, enforced` : '',
      route.budgetBytes ? verdict(route.gzipBytes <= route.budgetBytes) : '',
    );
  }
  add(
    'JS, all (gzip)',
    kb(r.javascript.all.gzipBytes),
    `≤ ${kb(r.javascript.all.budgetBytes)}, enforced`,
    verdict(r.javascript.all.gzipBytes <= r.javascript.all.budgetBytes),
  );
  const lh = (label: string, key: string, target: boolean) => {
    const f = r.lighthouseMobile[key]!;
    add(
      `Lighthouse mobile, ${label}`,
      `score ${num(f.score)} · LCP ${ms(f.lcp)} · TBT ${ms(f.tbt)} · CLS ${f.cls.median}`,
      target ? 'score ≥ 98, TBT ≤ 50 ms' : '',
      target ? verdict(f.score.median >= 98 && f.tbt.median <= 50) : '',
    );
  };
  lh('sample page', 'samplePage', true);
  lh('client-rendered dashboard', 'clientRendered', true);
  lh('reload with a stored key', 'reload', true);
  lh('key screen', 'keyScreen', false);
  lh('key screen floor (static)', 'keyScreenFloor', false);
  lh('dashboard floor (static)', 'dashboardFloor', false);
  const d = r.lighthouseDesktop.samplePage!;
  add('Lighthouse desktop, sample page', `score ${num(d.score)} · TBT ${ms(d.tbt)}`, '', '');
  const ratio = r.lcpRatioToFloorMobile;
  add(
    'Key screen LCP ÷ its floor, mobile',
    num(ratio.keyScreen!),
    '≤ 1.05, CLS 0',
    verdict(ratio.keyScreen!.median <= 1.05 && r.lighthouseMobile.keyScreen!.cls.median === 0),
  );
  add(
    'Sample page LCP ÷ dashboard floor, mobile',
    num(ratio.samplePage!),
    '≤ 1.05',
    verdict(ratio.samplePage!.median <= 1.05),
  );
  add('Client-rendered LCP ÷ dashboard floor, mobile', num(ratio.clientRendered!), '', '');
  for (const [name, label] of [
    ['latency300', '300 ms'],
    ['latency1000', '1,000 ms'],
  ] as const) {
    const x = r.reload[name]!;
    add(
      `Reload, API ${label} away: request leaves`,
      ms(x.requestStartMs!),
      '≤ 30 ms after navigation',
      verdict(x.requestStartMs!.median <= 30),
    );
    add(`Reload, API ${label} away: headline complete`, ms(x.completeMs!), '', '');
    add(
      `Reload, API ${label} away: complete after the later of answer and code`,
      ms(x.completeAfterLaterOfAnswerAndCodeMs!),
      '≤ 100 ms',
      verdict(x.completeAfterLaterOfAnswerAndCodeMs!.median <= 100),
    );
  }
  add('Connect → complete headline', ms(r.connect.toCompleteMs!), '', '');
  add(
    'Response → complete headline',
    ms(r.connect.responseToCompleteMs!),
    '≤ 50 ms',
    verdict(r.connect.responseToCompleteMs!.median <= 50),
  );
  add('Throttled: Connect → complete headline', ms(r.connectThrottled.toCompleteMs!), '', '');
  // The browser reports tasks over 50 ms only: 0 is "none over 50 ms".
  const task = (label: string, s: Spread) =>
    add(`Throttled: longest task over 50 ms, ${label}`, ms(s), '≤ 50 ms', verdict(s.median <= 50));
  task('Connect → complete', r.connectThrottled.longestTaskMs!);
  task('reload → complete', r.reload.throttled!.longestTaskMs!);
  task('sample page load', r.samplePageThrottled.longestTaskMs!);
  task('client-rendered load', r.clientRenderedThrottled.longestTaskMs!);
  add('Throttled: reload → complete headline', ms(r.reload.throttled!.completeMs!), '', '');
  for (const [path, label] of [
    ['connect', 'Connect → complete'],
    ['reload', 'reload → complete'],
    ['samplePage', 'sample page load'],
    ['clientRendered', 'client-rendered load'],
  ] as const) {
    const s = r.slowCpuLongestTaskMs[path]!;
    add(`${SLOW_CPU}× CPU: longest task over 50 ms, ${label}`, ms(s), '≤ 100 ms', verdict(s.median <= 100));
  }
  add('Large organization (10,000 users): Connect → complete', ms(r.largeOrganization.connectToCompleteMs!), '', '');
  add('Large organization: longest task over 50 ms', ms(r.largeOrganization.longestTaskMs!), '', '');
  add('Large organization: search keystroke → list updated', ms(r.largeOrganization.searchKeystrokeMs!), '', '');
  const heap = r.heapGrowthOver100RefreshesBytes;
  add('Heap growth over 100 refreshes', `${kb(heap.median)} (${kb(heap.min)}–${kb(heap.max)})`, '', '');
  const header = '| Measure | Result: median (min–max) | Target | |\n|---|---|---|---|';
  return `${header}\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}`;
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** docs/performance.md's table is the latest full run's, written by the run itself. */
function writeDocsTable(table: string, before: MachineReading, after: MachineReading) {
  const path = join(ROOT, 'docs', 'performance.md');
  const readme = readFileSync(path, 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) {
    console.warn(`docs/performance.md has no ${START} … ${END} block: the table is not written there.`);
    return;
  }
  const when = new Date().toISOString().slice(0, 10);
  const body = `${START}\nLatest full run: ${when}, ${RUNS} runs of each, on a quiet machine: ${machineLine(before, after)}.\n\n${table}\n`;
  writeFileSync(path, readme.slice(0, from) + body + readme.slice(to));
}

await main();
