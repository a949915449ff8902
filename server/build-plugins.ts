/**
 * Vite plugins that prepare a build for the production server (server/main.ts) and any static
 * host: `.build-info.json` (see server/build-info.ts) and precompressed `.br` / `.gz` siblings.
 * Both run in closeBundle, after every writeBundle hook (the prerendered sample pages included).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';
import { basePath, BUILD_INFO_FILE, type BuildInfo } from './build-info.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Writes `.build-info.json`: the base the build was made for and the bundler's hashed files. */
export function buildInfo(): Plugin {
  let config: ResolvedConfig;
  let hashedFiles: string[] | null = null;
  return {
    name: 'mixpeek-build-info',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(_options, bundle) {
      // Everything the bundler emits under assets/ is named with its content hash (Vite's default
      // file names); files copied from public/ are not in the bundle.
      hashedFiles = Object.keys(bundle)
        .filter((name) => name.startsWith(`${config.build.assetsDir}/`))
        .sort();
    },
    async closeBundle(error?: Error) {
      if (error || hashedFiles === null || config.build.ssr) return;
      const base = basePath(config.base);
      if (base === null) {
        throw new Error(`The production server serves a build at a path such as /tools/mixpeek/, not "${config.base}"`);
      }
      const info: BuildInfo = { base, hashedFiles };
      await writeFile(join(outDir(config), BUILD_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
    },
  };
}

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;
// Below this a compressed copy saves less than a packet.
const MIN_BYTES = 1024;

/** Writes `<file>.br` and `<file>.gz` next to each text file worth compressing, at maximum levels. */
export function precompress(): Plugin {
  let config: ResolvedConfig;
  let written = false;
  return {
    name: 'mixpeek-precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle() {
      written = true;
    },
    async closeBundle(error?: Error) {
      if (error || !written || config.build.ssr) return;
      const files = await listFiles(outDir(config));
      await Promise.all(files.filter((file) => COMPRESSIBLE.test(file)).map((file) => compressFile(file)));
    },
  };
}

async function compressFile(file: string): Promise<void> {
  const data = await readFile(file);
  if (data.length < MIN_BYTES) return;
  const [br, gz] = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  // A variant that is not smaller is not worth serving.
  if (br.length < data.length) await writeFile(`${file}.br`, br);
  if (gz.length < data.length) await writeFile(`${file}.gz`, gz);
}

/** Files under `dir`, dot files and folders (.vite/, .build-info.json) excluded: no one fetches them. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    if (
      relative(dir, path)
        .split(/[\\/]/)
        .some((part) => part.startsWith('.'))
    )
      continue;
    if (entry.isFile()) files.push(path);
  }
  return files;
}

const outDir = (config: ResolvedConfig) => resolve(config.root, config.build.outDir);
