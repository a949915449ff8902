// Sizes of the built JavaScript and CSS (raw and gzip) per chunk, for the initial load (the
// entry and what it imports statically) and in all. Fails when either is over its budget.
// Usage: tsx scripts/size-report.ts [distDir]   (after `vite build`, which writes the manifest)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGETS = { initialJsGzip: 90 * 1024, allJsGzip: 240 * 1024 };

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

interface Row {
  file: string;
  type: 'js' | 'css';
  initial: boolean;
  raw: number;
  gzip: number;
}

export function sizeReport(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entryKey) throw new Error('The build manifest names no entry chunk.');
  const initial = new Set<string>();
  const visit = (key: string) => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const imported of manifest[key]!.imports ?? []) visit(imported);
  };
  visit(entryKey);

  const files = new Map<string, { initial: boolean }>();
  for (const [key, chunk] of Object.entries(manifest)) {
    files.set(chunk.file, { initial: initial.has(key) || (files.get(chunk.file)?.initial ?? false) });
    for (const css of chunk.css ?? [])
      files.set(css, { initial: initial.has(key) || (files.get(css)?.initial ?? false) });
  }
  const rows = [...files].map(([file, { initial: isInitial }]): Row => {
    const bytes = readFileSync(join(dist, file));
    return {
      file,
      type: file.endsWith('.css') ? 'css' : 'js',
      initial: isInitial,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    };
  });
  const sum = (filter: (row: Row) => boolean) =>
    rows.filter(filter).reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
  return {
    chunks: rows.sort((a, b) => b.gzip - a.gzip),
    initialJs: sum((r) => r.type === 'js' && r.initial),
    initialCss: sum((r) => r.type === 'css' && r.initial),
    allJs: sum((r) => r.type === 'js'),
    allCss: sum((r) => r.type === 'css'),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = sizeReport(process.argv[2] ?? 'dist');
  console.log('chunk'.padEnd(48), 'initial', 'raw'.padStart(10), 'gzip'.padStart(10));
  for (const c of report.chunks) {
    console.log(c.file.padEnd(48), (c.initial ? 'yes' : '').padEnd(7), kb(c.raw).padStart(10), kb(c.gzip).padStart(10));
  }
  const line = (label: string, t: { raw: number; gzip: number }, budget?: number) =>
    console.log(
      `${label.padEnd(20)} ${kb(t.raw).padStart(10)} raw ${kb(t.gzip).padStart(10)} gzip${budget ? `  (budget ${kb(budget)}: ${t.gzip <= budget ? 'ok' : 'OVER'})` : ''}`,
    );
  line('initial JS', report.initialJs, BUDGETS.initialJsGzip);
  line('initial CSS', report.initialCss);
  line('all JS', report.allJs, BUDGETS.allJsGzip);
  line('all CSS', report.allCss);
  const over = [
    report.initialJs.gzip > BUDGETS.initialJsGzip ? 'initial JS' : null,
    report.allJs.gzip > BUDGETS.allJsGzip ? 'all JS' : null,
  ].filter(Boolean);
  if (over.length > 0) {
    console.error(`Over budget: ${over.join(', ')}.`);
    process.exit(1);
  }
}
