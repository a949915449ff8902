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
import { cspMetaTag } from './src/config/csp-meta.ts';
import { firstPaintElement } from './scripts/first-paint-scripts.ts';
import { DASHBOARD_REQUESTS } from './src/api/routes.ts';
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
      html.replace('</title>', () => `</title>\n    ${firstPaintElement(base, DASHBOARD_REQUESTS)}`),
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

const CONTAINER_TEST = 'server/container.test.ts';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const upstream = env.MIXPEEK_PROXY_TARGET || DEFAULT_API_URL;
  return {
    plugins: [
      react(),
      tailwindcss(),
      firstPaintScript(),
      cspMeta(contentSecurityPolicy(env)),
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
      setupFiles: ['src/testing/setup.ts'],
      restoreMocks: true,
      // Only a guard against a test that hangs: the property-based and 100,000-level tests are a
      // fixed amount of work, which the 5 s default cut off when the machine was busy.
      testTimeout: 30_000,
      // The container replay builds the app and runs a production install: minutes, not seconds,
      // so it is its own run (npm run test:container), which npm test and CI include.
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'server/**/*.test.ts', 'bench/**/*.test.ts'],
            exclude: [CONTAINER_TEST],
          },
        },
        { extends: true, test: { name: 'container', include: [CONTAINER_TEST] } },
      ],
    },
  };
});
