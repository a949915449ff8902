/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { resolve } from 'node:path';
import { defineConfig, loadEnv, type Plugin, type ResolvedConfig } from 'vite';
import { contentSecurityPolicy } from './src/config/csp.ts';
import { DEFAULT_API_URL } from './src/config/proxy.ts';
import { buildInfo, precompress } from './server/build-plugins.ts';
import { mixpeekProxy } from './server/dev-proxy.ts';
import { cspMetaTag, encodeAttribute } from './src/config/csp-meta.ts';
import { firstPaintCode } from './scripts/first-paint-scripts.ts';
import { writePrerenderedPages } from './scripts/prerendered-pages.ts';

// The built index.html carries the CSP as a <meta> tag so any static host enforces it,
// right after <meta charset> (which must stay within the first 1024 bytes) and before any
// script. Not in dev: Vite's dev server relies on inline scripts.
function cspMeta(policy: string): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      const charset = '<meta charset="UTF-8" />';
      if (!html.includes(charset)) throw new Error(`index.html must contain ${charset}`);
      return html.replace(charset, () => `${charset}\n    ${cspMetaTag(policy)}`);
    },
  };
}

// The first-paint script (src/first-paint/first-paint.ts), inlined at the top of <head> in dev
// and in the build alike, told the app's base; the prerendered pages admit it by hash.
function firstPaintScript(): Plugin {
  let base = '/';
  return {
    name: 'first-paint-script',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: (html) =>
      html.replace(
        '</title>',
        () => `</title>\n    <script data-base="${encodeAttribute(base)}">${firstPaintCode()}</script>`,
      ),
  };
}

// The boot script (src/app/boot.ts) is an entry of its own, named in index.html before the
// app's bundle: it runs as soon as it and its few imports are here, not after the whole app.
// (Vite makes one entry of every module script in index.html, so it is added here.)
const BOOT_ENTRY = 'src/app/boot-entry.ts';
function bootScript(): Plugin {
  let base = '/';
  return {
    name: 'boot-script',
    config: (_, { command, isSsrBuild }) =>
      command === 'build' && !isSsrBuild
        ? { build: { rollupOptions: { input: { index: 'index.html', boot: BOOT_ENTRY } } } }
        : undefined,
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunk = bundle
          ? Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(BOOT_ENTRY))
          : undefined;
        if (bundle && !chunk) throw new Error(`The build has no chunk for ${BOOT_ENTRY}.`);
        const src = `${base}${chunk ? chunk.fileName : BOOT_ENTRY}`;
        // Before the app's own module script (in dev, after Vite's client and React's refresh preamble).
        const main = html.search(/<script type="module"[^>]*\bsrc="[^"@]*"/);
        if (main < 0) throw new Error('index.html has no module script to put the boot script before.');
        // Its imports are fetched with it, not after it (those the app shares are preloaded already).
        const preloads = (chunk?.type === 'chunk' ? chunk.imports : [])
          .filter((file) => !html.includes(`${base}${file}`))
          .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">\n    `);
        const tag = `<script id="boot" type="module" crossorigin src="${src}"></script>\n    `;
        return html.slice(0, main) + tag + preloads.join('') + html.slice(main);
      },
    },
  };
}

// After the client build: the key screen in index.html and one page per sample organization
// (scripts/prerendered-pages.ts).
function prerenderedPages(env: Record<string, string>): Plugin {
  let resolved: ResolvedConfig;
  return {
    name: 'prerendered-pages',
    apply: 'build',
    configResolved(config) {
      resolved = config;
    },
    async writeBundle() {
      if (resolved.build.ssr) return;
      await writePrerenderedPages(resolve(resolved.root, resolved.build.outDir), resolved.mode, env, resolved.base);
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const upstream = env.MIXPEEK_PROXY_TARGET || DEFAULT_API_URL;
  return {
    plugins: [
      react(),
      tailwindcss(),
      firstPaintScript(),
      cspMeta(contentSecurityPolicy(env)),
      bootScript(),
      prerenderedPages(env),
      // The same-origin proxy of dev and preview, with the production server's rules.
      mixpeekProxy(upstream),
      // For the production server: .build-info.json (base, hashed files), .br/.gz siblings.
      buildInfo(),
      precompress(),
    ],
    // The key screen and the header say where the proxy sends the key.
    define: { __MIXPEEK_PROXY_TARGET__: JSON.stringify(upstream) },
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
      },
    },
    // No modulepreload polyfill: browsers without modulepreload (Safari before 17) only skip
    // the hint and fetch the chunks a moment later, which is not worth shipping the polyfill.
    build: { target: 'es2022', sourcemap: false, manifest: true, modulePreload: { polyfill: false } },
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'server/**/*.test.ts'],
      setupFiles: ['src/testing/setup.ts'],
      restoreMocks: true,
      // Only a guard against a test that hangs: the property-based and 100,000-level tests are a
      // fixed amount of work, which the 5 s default cut off when the machine was busy.
      testTimeout: 30_000,
    },
  };
});
