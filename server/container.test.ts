// @vitest-environment node
/**
 * The Dockerfile, without a container runtime: its build stage is checked against the commands
 * CI runs and then run (`npm run build`) on a copy of the build context; its runtime stage is
 * replayed instruction by instruction in a temporary folder (COPY, ENV, RUN: the production-only
 * `npm ci`), and the result must start with plain node and pass its own HEALTHCHECK.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send } from './testing/fixtures.ts';
import { freePort, startServer } from './testing/processes.ts';
import { lendWindowForCleanup } from './testing/vitest-window.ts';

lendWindowForCleanup();

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Instruction {
  op: string;
  args: string;
}
interface Stage {
  from: string;
  name: string | undefined;
  instructions: Instruction[];
}

/** The Dockerfile's stages; continuation lines joined, comments dropped. */
function parseDockerfile(text: string): Stage[] {
  const lines = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, op = '', args = ''] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
    if (op.toUpperCase() === 'FROM') {
      const [, from = '', name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args) ?? [];
      stages.push({ from, name, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push({ op: op.toUpperCase(), args });
    }
  }
  return stages;
}

const runs = (stage: Stage) => stage.instructions.filter((i) => i.op === 'RUN').map((i) => i.args);

/** .dockerignore as Docker reads these patterns: relative to the context, `*` within one segment. */
function dockerignore(text: string): (path: string) => boolean {
  const patterns = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const unsupported = patterns.filter((p) => p.includes('**') || p.startsWith('!'));
  if (unsupported.length) throw new Error(`.dockerignore patterns this test cannot read: ${unsupported.join(', ')}`);
  const regexes = patterns.map(
    (p) =>
      new RegExp(
        `^${p
          .replace(/\/$/, '')
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replaceAll('*', '[^/]*')}$`,
      ),
  );
  return (path) => {
    const parts = path.split('/');
    return parts.some((_, i) => regexes.some((r) => r.test(parts.slice(0, i + 1).join('/'))));
  };
}

/** Copies the build context: the working tree less what .dockerignore leaves out. */
function copyContext(to: string): void {
  const ignored = dockerignore(readFileSync(join(ROOT, '.dockerignore'), 'utf8'));
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(ROOT, rel), { withFileTypes: true })) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (ignored(path)) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        mkdirSync(dirname(join(to, path)), { recursive: true });
        cpSync(join(ROOT, path), join(to, path));
      }
    }
  };
  walk('');
}

/**
 * Stands in for the build stage's `npm ci`, which CI has just run with the same command: links
 * to the installed packages, in a folder of the copy's own so tool caches stay there.
 */
function linkPackages(to: string): void {
  mkdirSync(join(to, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === '.tmp' || name === '.vite' || name === '.vite-temp') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(to, 'node_modules', name));
  }
}

/** The environment of a shell in the image: this one's, less what the test runner set for itself. */
function shellEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  // vitest sets NODE_ENV=test, which would give `vite build` React's development build.
  const own = (name: string) => name.startsWith('VITEST') || name === 'TEST' || name === 'NODE_ENV';
  return { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !own(name))), ...extra };
}

function sh(command: string, cwd: string, env: Record<string, string> = {}): string {
  const result = spawnSync('sh', ['-c', command], { cwd, env: shellEnv(env), encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`\`${command}\` failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return `${result.stdout}${result.stderr}`;
}

const dockerfile = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
const [buildStage, runtimeStage] = dockerfile as [Stage, Stage];
const CI_INSTALL = 'npm ci --no-audit --no-fund';
const MAX_PRODUCTION_INSTALL_KB = 40 * 1024;

describe('the Dockerfile', () => {
  it('builds with the commands CI runs, and runs as a non-root user on a slim Node 20 image', () => {
    expect(dockerfile).toHaveLength(2);
    expect(runs(buildStage)).toEqual([CI_INSTALL, 'npm run build']);
    // The build stage's install is the very line .ci/run executes.
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8')
      .split('\n')
      .map((line) => line.trim());
    expect(ci).toContain(CI_INSTALL);
    expect(buildStage.from).toBe(runtimeStage.from);
    expect(runtimeStage.from).toMatch(/^node:20[\w.-]*-slim$/);
    const ops = runtimeStage.instructions.map((i) => i.op);
    expect(ops).toEqual(expect.arrayContaining(['USER', 'EXPOSE', 'HEALTHCHECK', 'CMD']));
    const user = runtimeStage.instructions.find((i) => i.op === 'USER')!.args;
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(runtimeStage.instructions.find((i) => i.op === 'EXPOSE')?.args).toBe('8080');
    expect(runtimeStage.instructions.find((i) => i.op === 'CMD')?.args).toBe('["npm", "start"]');
    expect(runs(runtimeStage).some((command) => command.startsWith('npm ci --omit=dev'))).toBe(true);
  });
});

describe('the image, built and replayed without a container runtime', () => {
  let work: string;
  let context: string;
  let app: string;
  const env: Record<string, string> = {};

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'mixpeek-image-'));
    context = join(work, 'context');
    app = join(work, 'app');
    mkdirSync(app);

    // Build stage, after its install: COPY . . and then each remaining RUN.
    copyContext(context);
    linkPackages(context);
    for (const command of runs(buildStage).filter((c) => c !== CI_INSTALL)) sh(command, context);

    // Runtime stage, instruction by instruction; WORKDIR is `app`.
    for (const { op, args } of runtimeStage.instructions) {
      if (op === 'ENV') {
        const [, name = '', value = ''] = /^(\S+?)[=\s](.*)$/.exec(args) ?? [];
        env[name] = value;
      } else if (op === 'COPY') {
        const from = /^--from=(\S+)\s+/.exec(args);
        const paths = args.replace(/^--from=\S+\s+/, '').split(/\s+/);
        const target = join(app, paths.pop()!);
        for (const source of paths) {
          // From the build stage, whose WORKDIR is /app: that is the context copy here.
          const path = from ? join(context, relative('/app', source)) : join(ROOT, source);
          cpSync(path, paths.length > 1 ? join(target, source.split('/').at(-1)!) : target, { recursive: true });
        }
      } else if (op === 'RUN') {
        sh(args, app, env);
      }
    }
  }, 600_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('holds the build, the compiled server and production packages only', () => {
    for (const file of [
      'dist/index.html',
      'dist/.build-info.json',
      'dist/sample/pro-over/index.html',
      'dist-server/server/main.js',
    ]) {
      expect(existsSync(join(app, file)), file).toBe(true);
    }
    expect(readdirSync(join(app, 'dist/assets')).some((f) => f.endsWith('.js.br'))).toBe(true);
    expect(readdirSync(join(app, 'dist/assets')).some((f) => f.endsWith('.js.gz'))).toBe(true);
    for (const runtime of ['fastify', '@fastify/static', 'undici']) {
      expect(existsSync(join(app, 'node_modules', runtime, 'package.json')), runtime).toBe(true);
    }
    for (const dev of ['vite', 'vitest', 'tsx', 'eslint', '@playwright/test', 'react', 'recharts', 'lucide-react']) {
      expect(existsSync(join(app, 'node_modules', dev)), dev).toBe(false);
    }
    // What `du -sh node_modules` says in the image: the server's packages only, which fit in 40 MB.
    const kilobytes = Number(sh('du -sk node_modules', app).split(/\s/)[0]);
    expect(kilobytes).toBeGreaterThan(1024);
    expect(kilobytes).toBeLessThan(MAX_PRODUCTION_INSTALL_KB);
  });

  it('starts with plain node, answers /healthz and passes its HEALTHCHECK', async () => {
    const scripts = (JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
      .scripts;
    const [program, entry, ...rest] = scripts.start!.split(' ');
    expect([program, rest]).toEqual(['node', []]);

    const healthcheck = runtimeStage.instructions.find((i) => i.op === 'HEALTHCHECK')!.args;
    const command = JSON.parse(/CMD\s+(\[.*\])$/.exec(healthcheck)![1]!) as string[];
    expect(command[0]).toBe('node');

    const port = String(await freePort());
    const server = await startServer(app, { ...env, PORT: port, HOST: '127.0.0.1' }, entry);
    const check = () =>
      spawnSync(process.execPath, command.slice(1), { cwd: app, env: shellEnv({ ...env, PORT: port }) }).status;
    try {
      const health = await send(server.origin, '/healthz');
      expect(health.status).toBe(200);
      expect(JSON.parse(health.text)).toEqual({ status: 'ok' });
      expect((await send(server.origin, '/')).text).toContain('<div id="root"');
      expect(check()).toBe(0);
    } finally {
      expect(await server.stop()).toEqual({ code: 0, signal: null });
    }
    expect(check()).toBe(1);
  }, 60_000);
});

// `npm run build -- --base …` must still reach vite build: `build` ends with it, postbuild follows.
describe('the build script', () => {
  it('ends with vite build, so flags after -- reach it', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.build).toMatch(/vite build$/);
    expect(scripts.postbuild).toBe('npm run build:server');
  });
});
