/**
 * npm run bench: builds the app, serves it beside the stub API, and measures it. Each figure
 * is the median of RUNS runs; timings are reported (machines are noisy), sizes are exact.
 * Writes bench/results.json and prints a table. See the Performance section of the README.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser.mjs';
import { samplePagePath } from '../scripts/prerendered-pages.ts';
import { sizeReport } from '../scripts/size-report.ts';
import { floorPage } from './floor-page.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist-e2e');
const APP = 'http://127.0.0.1:4173';
const CHROME = findChromium() ?? chromium.executablePath();
const FLAGS = CHROMIUM_ARGS;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (n: number, digits = 0) => Number(n.toFixed(digits));

function start(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
}

async function waitFor(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

// ---- Lighthouse -----------------------------------------------------------------------

interface LighthouseFigures {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

function lighthouse(url: string, formFactor: 'mobile' | 'desktop'): LighthouseFigures {
  const cli = join(ROOT, 'bench/node_modules/lighthouse/cli/index.js');
  const out = join(ROOT, 'bench/.lighthouse.json');
  execFileSync(
    process.execPath,
    [
      cli,
      url,
      '--quiet',
      '--only-categories=performance',
      '--output=json',
      `--output-path=${out}`,
      `--chrome-flags=--headless=new ${FLAGS.join(' ')}`,
      ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, stdio: 'ignore' },
  );
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    categories: { performance: { score: number } };
    audits: Record<string, { numericValue: number }>;
  };
  return {
    score: Math.round(report.categories.performance.score * 100),
    fcp: report.audits['first-contentful-paint']!.numericValue,
    lcp: report.audits['largest-contentful-paint']!.numericValue,
    tbt: report.audits['total-blocking-time']!.numericValue,
    cls: report.audits['cumulative-layout-shift']!.numericValue,
  };
}

function medianFigures(runs: LighthouseFigures[]): LighthouseFigures {
  return {
    score: median(runs.map((r) => r.score)),
    fcp: round(median(runs.map((r) => r.fcp))),
    lcp: round(median(runs.map((r) => r.lcp))),
    tbt: round(median(runs.map((r) => r.tbt))),
    cls: round(median(runs.map((r) => r.cls)), 3),
  };
}

// ---- In-page timings ----------------------------------------------------------------------

/** Connect with a key; time from the click to every bar label drawn, and from the response's arrival. */
async function connectTiming(browser: Browser, key: string, bars: number) {
  const page = await browser.newPage({ reducedMotion: 'reduce', viewport: { width: 1440, height: 900 } });
  await page.goto(APP);
  await page.getByLabel('API key', { exact: true }).fill(key);
  await page.evaluate((expected) => {
    const w = window as unknown as Record<string, number>;
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest!, entry.duration);
    }).observe({ type: 'longtask' });
    document
      .querySelector('form button[type="submit"]')!
      .addEventListener('click', () => (w.__clicked = performance.now()), {
        capture: true,
      });
    new MutationObserver((_, observer) => {
      if (document.querySelectorAll('.rate-limit-label').length >= expected) {
        w.__complete = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  }, bars);
  await page.getByRole('button', { name: 'Connect' }).click();
  await page.waitForFunction(() => (window as unknown as Record<string, number>).__complete !== undefined, null, {
    timeout: 30_000,
  });
  const t = await page.evaluate(() => {
    const w = window as unknown as Record<string, number>;
    const response = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/v1/organizations'))
      .at(-1) as PerformanceResourceTiming;
    return { clicked: w.__clicked!, complete: w.__complete!, responseEnd: response.responseEnd, longest: w.__longest! };
  });
  return {
    page,
    connectToComplete: t.complete - t.clicked,
    responseToComplete: t.complete - t.responseEnd,
    longestTask: t.longest,
  };
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
  const page = await browser.newPage({ reducedMotion: 'reduce' });
  await page.goto(APP);
  await page.getByLabel('API key', { exact: true }).fill('sk_test_demo_pro_f456');
  await page.getByRole('button', { name: 'Connect' }).click();
  await page.locator('.rate-limit-label').nth(4).waitFor();
  const cdp = await page.context().newCDPSession(page);
  const used = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  };
  const before = await used();
  const refresh = page.getByRole('button', { name: 'Refresh' });
  for (let i = 0; i < refreshes; i++) {
    const response = page.waitForResponse((r) => r.url().endsWith('/v1/organizations'));
    await refresh.click();
    await response;
    await refresh.waitFor({ state: 'visible' });
    await page.waitForFunction(() => !document.querySelector('header button[disabled]'));
  }
  const after = await used();
  await page.close();
  return after - before;
}

// ---- Main ---------------------------------------------------------------------------------

async function main() {
  console.log('Building…');
  execFileSync('npx', ['vite', 'build', '--mode', 'e2e', '--outDir', 'dist-e2e'], { cwd: ROOT, stdio: 'ignore' });
  writeFileSync(join(DIST, 'floor.html'), floorPage('pro-over'));
  if (!existsSync(join(ROOT, 'bench/node_modules/lighthouse'))) {
    console.log('Installing Lighthouse for the benchmark (bench/)…');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: join(ROOT, 'bench'), stdio: 'inherit' });
  }
  const servers = [
    start(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/mock-api.ts']),
    start(process.execPath, [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--mode',
      'e2e',
      '--outDir',
      'dist-e2e',
      '--host',
      '127.0.0.1',
      '--port',
      '4173',
      '--strictPort',
    ]),
  ];
  try {
    await waitFor('http://127.0.0.1:4010/healthz');
    await waitFor(APP);
    const sizes = sizeReport(DIST);

    console.log(`Lighthouse, ${RUNS} runs each…`);
    const pages = [
      // The app as a sample link opens it: the prerendered sample page, then the live app.
      ['app', `${APP}${samplePagePath('pro-over')}`],
      // The same dashboard rendered by the script alone, as after Connect or a reload.
      ['app, client-rendered', `${APP}/?sample=pro-over`],
      ['floor', `${APP}/floor.html`],
    ] as const;
    const lh: Record<string, LighthouseFigures> = {};
    const lcpRatios: Record<string, number[]> = { mobile: [], desktop: [], 'client-rendered mobile': [] };
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const runs: Record<string, LighthouseFigures[]> = {};
      // Interleaved, so that each app run has a floor run made moments apart to compare with.
      for (let i = 0; i < RUNS; i++) {
        for (const [name, url] of pages) (runs[name] ??= []).push(lighthouse(url, formFactor));
        const floor = runs.floor!.at(-1)!.lcp;
        lcpRatios[formFactor]!.push(runs.app!.at(-1)!.lcp / floor);
        if (formFactor === 'mobile')
          lcpRatios['client-rendered mobile']!.push(runs['app, client-rendered']!.at(-1)!.lcp / floor);
      }
      for (const [name] of pages) lh[`${name} ${formFactor}`] = medianFigures(runs[name]!);
    }

    console.log(`Timings, ${RUNS} runs each…`);
    const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
    const small = [];
    const large = [];
    const heap = [];
    for (let i = 0; i < RUNS; i++) {
      const s = await connectTiming(browser, 'sk_test_demo_pro_f456', 5);
      await s.page.close();
      small.push(s);
      const l = await connectTiming(browser, 'sk_test_fault_large', 50);
      const keystroke = await searchKeystroke(l.page);
      await l.page.close();
      large.push({ ...l, keystroke });
      heap.push(await heapGrowth(browser, 100));
    }
    await browser.close();

    const results = {
      measuredAt: new Date().toISOString(),
      runs: RUNS,
      sizes: {
        routes: sizes.routes.map(({ name, gzip, budget }) => ({ name, gzip, budget })),
        allJs: sizes.allJs,
        allCss: sizes.allCss,
        chunks: sizes.chunks,
      },
      lighthouse: lh,
      // The median of the run-by-run ratios (each app run against the floor run beside it).
      lcpRatioAppToFloor: {
        mobile: round(median(lcpRatios.mobile!), 2),
        desktop: round(median(lcpRatios.desktop!), 2),
        clientRenderedMobile: round(median(lcpRatios['client-rendered mobile']!), 2),
      },
      dashboard: {
        connectToCompleteMs: round(median(small.map((s) => s.connectToComplete))),
        responseToCompleteMs: round(median(small.map((s) => s.responseToComplete))),
      },
      largeOrganization: {
        connectToCompleteMs: round(median(large.map((s) => s.connectToComplete))),
        responseToCompleteMs: round(median(large.map((s) => s.responseToComplete))),
        longestTaskMs: round(median(large.map((s) => s.longestTask))),
        searchKeystrokeMs: round(median(large.map((s) => s.keystroke)), 1),
      },
      heapGrowthOver100RefreshesBytes: round(median(heap)),
    };
    mkdirSync(join(ROOT, 'bench'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    print(results);
  } finally {
    for (const server of servers) server.kill();
  }
}

function print(r: {
  sizes: {
    routes: { name: string; gzip: number; budget?: number | undefined }[];
    allJs: { gzip: number; budget: number };
  };
  lighthouse: Record<string, LighthouseFigures>;
  lcpRatioAppToFloor: { mobile: number; desktop: number; clientRenderedMobile: number };
  dashboard: Record<string, number>;
  largeOrganization: Record<string, number>;
  heapGrowthOver100RefreshesBytes: number;
}) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows: [string, string, string][] = [
    ...r.sizes.routes.map((route): [string, string, string] => [
      `JS, ${route.name} (gzip)`,
      kb(route.gzip),
      route.budget ? `≤ ${kb(route.budget)} (enforced)` : '',
    ]),
    ['all JS (gzip)', kb(r.sizes.allJs.gzip), `≤ ${kb(r.sizes.allJs.budget)} (enforced)`],
  ];
  for (const [name, f] of Object.entries(r.lighthouse)) {
    rows.push([
      `Lighthouse ${name}`,
      `score ${f.score} · FCP ${f.fcp} ms · LCP ${f.lcp} ms · TBT ${f.tbt} ms · CLS ${f.cls}`,
      name.startsWith('app ') ? (name.endsWith('mobile') ? '≥ 98, TBT ≤ 100, CLS ≤ 0.01' : '100') : '',
    ]);
  }
  rows.push([
    'LCP app ÷ floor',
    `mobile ${r.lcpRatioAppToFloor.mobile} · desktop ${r.lcpRatioAppToFloor.desktop} · client-rendered mobile ${r.lcpRatioAppToFloor.clientRenderedMobile}`,
    'mobile ≤ 1.1',
  ]);
  rows.push(['Connect → complete', `${r.dashboard.connectToCompleteMs} ms`, '']);
  rows.push(['Response → complete', `${r.dashboard.responseToCompleteMs} ms`, '≤ 100 ms']);
  rows.push(['Large org: connect → complete', `${r.largeOrganization.connectToCompleteMs} ms`, '']);
  rows.push(['Large org: response → complete', `${r.largeOrganization.responseToCompleteMs} ms`, '≤ 500 ms']);
  rows.push(['Large org: longest task', `${r.largeOrganization.longestTaskMs} ms`, '≤ 200 ms']);
  rows.push(['Large org: search keystroke', `${r.largeOrganization.searchKeystrokeMs} ms`, '≤ 50 ms']);
  rows.push(['Heap growth, 100 refreshes', kb(r.heapGrowthOver100RefreshesBytes), '≤ 5 MB']);
  for (const [what, value, target] of rows) console.log(`${what.padEnd(32)} ${value.padEnd(70)} ${target}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
