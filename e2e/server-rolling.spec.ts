// A rolling restart behind a load balancer: two production servers (`npm start`) behind
// deploy/nginx-load-balancer.conf, a steady load on the app and the proxy, each server stopped with
// SIGTERM and started again in turn. Not one request may fail.
import { expect, test } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { send } from '../server/testing/fixtures';
import { freePort, startServer, type RunningServer } from '../server/testing/processes';
import { STUB_API } from './support/app';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NGINX = '/usr/sbin/nginx';
const AUTH = { authorization: 'Bearer sk_test_demo_pro_f456' };
// Short, so the test does not wait long on each stop; the readiness of nginx is not probed here.
const ENV = { DIST_DIR: 'dist-e2e', MIXPEEK_PROXY_TARGET: STUB_API, SHUTDOWN_DELAY_MS: '300' };

test('a rolling restart of two servers behind nginx fails no request', async () => {
  test.setTimeout(60_000);
  const temp = mkdtempSync(join(tmpdir(), 'mixpeek-rolling-'));
  const ports = [await freePort(), await freePort()];
  const lbPort = await freePort();
  const servers: RunningServer[] = [];
  let conf = readFileSync(join(ROOT, 'deploy/nginx-load-balancer.conf'), 'utf8');
  for (const [from, to] of [
    ['server 127.0.0.1:8081', `server 127.0.0.1:${ports[0]}`],
    ['server 127.0.0.1:8082', `server 127.0.0.1:${ports[1]}`],
    ['listen 8080;', `listen 127.0.0.1:${lbPort};`],
    ['error_log stderr warn;', `error_log ${join(temp, 'error.log')} warn;`],
    ['http {\n', `http {\n    client_body_temp_path ${temp}/cb;\n    proxy_temp_path ${temp}/p;\n`],
  ] as const) {
    if (!conf.includes(from)) throw new Error(`deploy/nginx-load-balancer.conf no longer contains "${from}"`);
    conf = conf.replace(from, to);
  }
  writeFileSync(join(temp, 'nginx.conf'), conf);
  const args = ['-p', temp, '-c', join(temp, 'nginx.conf'), '-g', `daemon off; pid ${join(temp, 'nginx.pid')};`];
  const check = spawnSync(NGINX, ['-t', ...args], { encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
  const nginx = spawn(NGINX, args, { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${lbPort}`;
  try {
    for (const port of ports) servers.push(await startServer(ROOT, { ...ENV, PORT: String(port) }));
    await expect
      .poll(() =>
        send(origin, '/healthz').then(
          (r) => r.status,
          () => 0,
        ),
      )
      .toBe(200);

    // Steady load: four clients in a loop, half on the app, half through the proxy.
    const failures: string[] = [];
    let done = 0;
    let running = true;
    const client = async (path: string, headers: Record<string, string>) => {
      while (running) {
        const outcome = await send(origin, path, { headers }).then(
          (r) => (r.status === 200 ? null : `${path}: ${r.status}`),
          (error: Error) => `${path}: ${error.message}`,
        );
        if (outcome !== null) failures.push(outcome);
        done++;
      }
    };
    const load = Promise.all([
      client('/', {}),
      client('/organizations/org_1', {}),
      client('/mixpeek-api/v1/organizations', AUTH),
      client('/mixpeek-api/v1/organizations/billing/balance', AUTH),
    ]);

    for (const index of [0, 1]) {
      const before = done;
      await expect.poll(() => done - before).toBeGreaterThan(50);
      const exit = await servers[index]!.stop('SIGTERM');
      expect(exit).toEqual({ code: 0, signal: null });
      servers[index] = await startServer(ROOT, { ...ENV, PORT: String(ports[index]) });
    }
    const before = done;
    await expect.poll(() => done - before).toBeGreaterThan(50);
    running = false;
    await load;
    expect(failures).toEqual([]);
    expect(done).toBeGreaterThan(150);
  } finally {
    for (const server of servers) await server.stop();
    if (nginx.pid !== undefined && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      process.kill(nginx.pid, 'SIGTERM');
      await exited;
    }
    rmSync(temp, { recursive: true, force: true });
  }
});
