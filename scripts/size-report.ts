// Sizes of the built JavaScript and CSS (raw and gzip) per chunk and per route (scripts/budgets.ts),
// and in all. Fails when a route or the whole is over its budget.
// Usage: tsx scripts/size-report.ts [distDir]   (after `vite build`, which writes the manifest)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ALL_JS_BUDGET, ROUTES } from './budgets';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

interface Size {
  raw: number;
  gzip: number;
}

export const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** The inline scripts of the built index.html (the first-paint script and the loader): in every page. */
export function inlineScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
}

/** The JS files a route loads: each named chunk and everything it imports statically. */
export function routeFiles(manifest: Manifest, loads: readonly string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest has no chunk "${key}": update scripts/budgets.ts.`);
    seen.add(key);
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  loads.forEach(visit);
  return files;
}

export function sizeReport(dist = 'dist') {
  const manifest = readManifest(dist);
  const sizes = new Map<string, Size>();
  const sizeOf = (file: string): Size => {
    let size = sizes.get(file);
    if (!size) {
      const bytes = readFileSync(join(dist, file));
      size = { raw: bytes.length, gzip: gzipSize(bytes) };
      sizes.set(file, size);
    }
    return size;
  };
  const total = (files: Iterable<string>) =>
    [...files].map(sizeOf).reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip }), { raw: 0, gzip: 0 });
  const js = new Set(
    Object.values(manifest)
      .map((chunk) => chunk.file)
      .filter((file) => file.endsWith('.js')),
  );
  // The page's inline scripts count wherever the page itself (index.html) is loaded.
  const inline = inlineScripts(dist)
    .map((code) => Buffer.from(code))
    .reduce((t, bytes) => ({ raw: t.raw + bytes.length, gzip: t.gzip + gzipSize(bytes) }), { raw: 0, gzip: 0 });
  const routeTotal = (loads: readonly string[]) => {
    const files = total(routeFiles(manifest, loads));
    return loads.includes('index.html') ? { raw: files.raw + inline.raw, gzip: files.gzip + inline.gzip } : files;
  };
  const css = new Set(Object.values(manifest).flatMap((chunk) => chunk.css ?? []));
  const initial = routeFiles(manifest, ['index.html']);
  return {
    chunks: [...js, ...css]
      .map((file) => ({ file, initial: initial.has(file), ...sizeOf(file) }))
      .sort((a, b) => b.gzip - a.gzip),
    routes: ROUTES.map((route) => ({ ...route, ...routeTotal(route.loads) })),
    inline,
    allJs: { ...total(js), budget: ALL_JS_BUDGET },
    allCss: total(css),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = sizeReport(process.argv[2] ?? 'dist');
  console.log('chunk'.padEnd(48), 'initial', 'raw'.padStart(10), 'gzip'.padStart(10));
  for (const c of report.chunks) {
    console.log(c.file.padEnd(48), (c.initial ? 'yes' : '').padEnd(7), kb(c.raw).padStart(10), kb(c.gzip).padStart(10));
  }
  console.log('\nJavaScript per route'.padEnd(29), 'raw'.padStart(10), 'gzip'.padStart(10));
  const line = (label: string, t: Size & { budget?: number | undefined }) =>
    console.log(
      `${label.padEnd(28)} ${kb(t.raw).padStart(10)} ${kb(t.gzip).padStart(10)}${
        t.budget ? `  budget ${kb(t.budget)}: ${t.gzip <= t.budget ? 'ok' : 'OVER'}` : ''
      }`,
    );
  line('inline scripts (each page)', report.inline);
  report.routes.forEach((route) => line(route.name, route));
  line('all JS', report.allJs);
  line('all CSS', report.allCss);
  const over = [...report.routes, { name: 'all JS', ...report.allJs }].filter((r) => r.budget && r.gzip > r.budget);
  if (over.length > 0) {
    console.error(`Over budget: ${over.map((r) => r.name).join(', ')}.`);
    process.exit(1);
  }
}
