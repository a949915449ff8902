/**
 * npm run loadtest: the production server (`npm start`) and deploy/nginx.conf (Debian's nginx),
 * side by side in one run, against one stand-in API that answers 5 KB after 50 ms (its own
 * process). Rows: static `/` with gzip at 100 connections, the proxy at 100 and 500 connections;
 * Node as one process and as WORKERS=2 (its cluster).
 * Each row runs RUNS times per server, the servers alternating; the table gives the median
 * requests per second and p99 latency with their spread (min–max). Needs a build (DIST_DIR, dist
 * by default) and `npm run build:server`. Run it on a quiet machine: the load generator shares it.
 */
import autocannon from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { send } from '../server/testing/fixtures.ts';
import { freePort, startServer } from '../server/testing/processes.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const SECONDS = Number(process.env.SECONDS ?? 5);
const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const NGINX = '/usr/sbin/nginx';
const KEY = 'sk_test_loadtest';

interface Row {
  name: string;
  path: string;
  connections: number;
  headers: Record<string, string>;
}

const ROWS: Row[] = [
  { name: 'GET / (gzip), 100 connections', path: '/', connections: 100, headers: { 'accept-encoding': 'gzip' } },
  {
    name: 'proxy, 5 KB after 50 ms, 100 connections',
    path: '/mixpeek-api/v1/organizations',
    connections: 100,
    headers: { authorization: `Bearer ${KEY}` },
  },
  {
    name: 'proxy, 5 KB after 50 ms, 500 connections',
    path: '/mixpeek-api/v1/organizations',
    connections: 500,
    headers: { authorization: `Bearer ${KEY}` },
  },
];

const UPSTREAM = `
const http = require('node:http');
const body = JSON.stringify({ organization_id: 'org_1', padding: 'x'.repeat(5000) });
const server = http.createServer((req, res) => setTimeout(() => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}, 50));
server.keepAliveTimeout = 60000;
server.listen(Number(process.argv[1]), '127.0.0.1');
`;

async function waitFor(origin: string, path: string) {
  for (let i = 0; i < 100; i++) {
    const ok = await send(origin, path).then(
      () => true,
      () => false,
    );
    if (ok) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${origin} did not answer`);
}

/** deploy/nginx.conf with the substitutions e2e/nginx.spec.ts makes (listen, root, upstream, logs, temp). */
function startNginx(port: number, upstream: string, temp: string): ChildProcess {
  let conf = readFileSync('deploy/nginx.conf', 'utf8');
  const pairs: [string, string][] = [
    ['listen 8080;', `listen 127.0.0.1:${port};`],
    ['root /srv/mixpeek-dashboard;', `root ${DIST};`],
    ['server api.mixpeek.com:443;', `server ${upstream};`],
    ['proxy_pass https://mixpeek_api/', 'proxy_pass http://mixpeek_api/'],
    ['proxy_set_header Host api.mixpeek.com;', `proxy_set_header Host ${upstream};`],
    ['access_log /dev/stdout mixpeek;', `access_log ${join(temp, 'access.log')} mixpeek;`],
    ['error_log stderr', `error_log ${join(temp, 'error.log')}`],
    ['http {\n', `http {\n    client_body_temp_path ${temp}/cb;\n    proxy_temp_path ${temp}/p;\n`],
  ];
  for (const [from, to] of pairs) {
    if (!conf.includes(from)) throw new Error(`deploy/nginx.conf no longer contains "${from}"`);
    conf = conf.replaceAll(from, to);
  }
  const file = join(temp, 'nginx.conf');
  writeFileSync(file, conf);
  const args = ['-p', temp, '-c', file, '-g', `daemon off; pid ${join(temp, 'nginx.pid')};`];
  const check = spawnSync(NGINX, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refuses the config:\n${check.stderr}`);
  return spawn(NGINX, args, { stdio: 'ignore' });
}

interface Measure {
  rps: number;
  p99: number;
  errors: number;
}

async function measure(origin: string, row: Row): Promise<Measure> {
  const result = await autocannon({
    url: `${origin}${row.path}`,
    connections: row.connections,
    duration: SECONDS,
    headers: row.headers,
  });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const spread = (values: number[], digits = 0) =>
  `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;

const temp = mkdtempSync(join(tmpdir(), 'mixpeek-loadtest-'));
const upstreamPort = await freePort();
const upstream = spawn(process.execPath, ['-e', UPSTREAM, String(upstreamPort)], { stdio: 'ignore' });
const nginxPort = await freePort();
let nginx: ChildProcess | undefined;
const nodeEnv = { DIST_DIR: DIST, MIXPEEK_PROXY_TARGET: `http://127.0.0.1:${upstreamPort}`, LOG_FORMAT: 'json' };
const node = await startServer(process.cwd(), nodeEnv);
// Node's cluster: two processes on the one port, as WORKERS=2 runs it.
const node2 = await startServer(process.cwd(), { ...nodeEnv, WORKERS: '2' });
try {
  nginx = startNginx(nginxPort, `127.0.0.1:${upstreamPort}`, temp);
  const servers = { node: node.origin, node2: node2.origin, nginx: `http://127.0.0.1:${nginxPort}` };
  type Name = keyof typeof servers;
  const names: Name[] = ['node', 'node2', 'nginx'];
  await waitFor(servers.nginx, '/');
  await waitFor(`http://127.0.0.1:${upstreamPort}`, '/');
  const lines = [
    `| load | server | rps | ÷ nginx rps | p99 ms | ÷ nginx p99 | errors |`,
    `| --- | --- | --- | --- | --- | --- | --- |`,
  ];
  for (const row of ROWS) {
    const runs: Record<Name, Measure[]> = { node: [], node2: [], nginx: [] };
    // A short warm-up each, then the servers alternate run by run.
    for (const name of names) await measure(servers[name], { ...row, connections: 10 });
    for (let run = 0; run < RUNS; run++) {
      for (const name of names) runs[name].push(await measure(servers[name], row));
    }
    const label: Record<Name, string> = { node: 'Node, 1 process', node2: 'Node, WORKERS=2', nginx: 'nginx' };
    for (const name of names) {
      const ratios = (key: 'rps' | 'p99') => runs[name].map((m, i) => m[key] / (runs.nginx[i]?.[key] ?? 1));
      const errors = runs[name].reduce((sum, m) => sum + m.errors, 0);
      lines.push(
        `| ${row.name} | ${label[name]} | ${spread(runs[name].map((m) => m.rps))} | ${spread(ratios('rps'), 2)} | ${spread(runs[name].map((m) => m.p99))} | ${spread(ratios('p99'), 2)} | ${errors} |`,
      );
      console.log(lines.at(-1));
    }
  }
  console.log(`\n${RUNS} runs of ${SECONDS} s per server and row, median (min–max):\n\n${lines.join('\n')}`);
} finally {
  if (nginx?.pid !== undefined) process.kill(nginx.pid, 'SIGTERM');
  await node.stop();
  await node2.stop();
  if (upstream.pid !== undefined) process.kill(upstream.pid, 'SIGTERM');
  rmSync(temp, { recursive: true, force: true });
}
