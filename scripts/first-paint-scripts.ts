/**
 * The inline scripts of the built pages, made from src/first-paint/ (real TypeScript, linted,
 * type-checked and unit-tested there) by esbuild: one self-contained script each, minified,
 * which the build writes into the page and whose hash the page's Content-Security-Policy admits.
 * Their settings travel as data attributes on the script element, so the code (and its hash)
 * is the same on every page.
 */
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { encodeAttribute } from '../src/config/csp-meta.ts';

const FIRST_PAINT_DIR = fileURLToPath(new URL('../src/first-paint/', import.meta.url));

function inlineScript(contents: string): string {
  const { outputFiles } = buildSync({
    stdin: { contents, resolveDir: FIRST_PAINT_DIR, loader: 'ts', sourcefile: 'inline-script.ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    write: false,
  });
  const code = outputFiles[0]!.text.trim();
  // Inside <script>, "</script" would end the element early.
  if (/<\/script/i.test(code)) throw new Error('an inline script closes its element');
  return code;
}

let firstPaint: string | undefined;
let loader: string | undefined;

/**
 * Applies the theme, hides the key screen where another view will show and sends a stored key's
 * requests (src/first-paint/first-paint.ts); its element carries `data-base` and `data-requests`.
 */
export const firstPaintCode = (): string =>
  (firstPaint ??= inlineScript(
    "import { firstPaint } from './first-paint';\n" +
      'const script = document.currentScript;\n' +
      'if (script instanceof HTMLElement) {\n' +
      "  const { base = '/', requests = '' } = script.dataset;\n" +
      "  firstPaint(base, requests.split(' ').filter(Boolean));\n" +
      '}',
  ));

/** The first-paint script's element, with its settings. */
export const firstPaintElement = (base: string, requests: readonly string[]): string =>
  `<script data-base="${encodeAttribute(base)}" data-requests="${encodeAttribute(requests.join(' '))}">${firstPaintCode()}</script>`;

/** Brings the app after the first paint (src/first-paint/loader.ts). */
export const loaderCode = (): string =>
  (loader ??= inlineScript(
    "import { loadAppAfterFirstPaint, readLoaderConfig } from './loader';\n" +
      'const script = document.currentScript;\nif (script instanceof HTMLElement) loadAppAfterFirstPaint(readLoaderConfig(script));',
  ));
