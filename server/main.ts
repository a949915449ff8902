/**
 * `npm start`: the production server. Reads the environment (server/config.ts) and the build
 * (DIST_DIR), listens, and on SIGTERM or SIGINT drains: /healthz and new requests answer 503 with
 * `Connection: close` at once while the listener stays open for SHUTDOWN_DELAY_MS (so a load
 * balancer's readiness check sees it and stops sending), then the listener closes, the requests in
 * flight finish and the server exits 0, within 10 s of the signal at most.
 */
import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { buildServer } from './app.ts';
import { readServerConfig } from './config.ts';
import { DistError, loadDist, type Dist } from './dist.ts';
import { createLog, describeError, redact } from './log.ts';
import { proxyPrefix } from './proxy.ts';

const SHUTDOWN_LIMIT_MS = 10_000;

const stdout = (line: string) => process.stdout.write(`${line}\n`);
const stderr = (line: string) => process.stderr.write(`${line}\n`);

function exitWith(message: string): never {
  stderr(redact(message.replace(/[\r\n]+/g, ' ')));
  process.exit(1);
}

// Only the name and message of what went wrong: a stack or an error's properties could hold a request.
process.on('uncaughtException', (error) => exitWith(`server stopped: ${describeError(error)}`));
process.on('unhandledRejection', (reason) => exitWith(`server stopped: ${describeError(reason)}`));

const result = readServerConfig(process.env);
if (!result.ok) exitWith(`Cannot start: ${result.error}`);
const { config } = result;
const log = createLog(config.logFormat, stdout, stderr);

let dist: Dist;
try {
  dist = loadDist(config.distDir);
} catch (error) {
  if (error instanceof DistError) exitWith(`Cannot start: ${error.message}`);
  throw error;
}

if (cluster.isPrimary && config.workers > 1) {
  superviseWorkers(config.workers);
} else {
  await serve();
}

/**
 * WORKERS > 1: this process only forks the workers, which share the listening socket (Node's
 * cluster), passes SIGTERM and SIGINT on to them and exits when they all have: 0 if they all did.
 * A worker that stops on its own stops the others, so that a supervisor restarts the whole.
 */
function superviseWorkers(count: number) {
  for (let i = 0; i < count; i++) cluster.fork();
  let stopping = false;
  let failed = false;
  const stopAll = (signal: NodeJS.Signals) => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  cluster.on('exit', (_worker, code) => {
    if (code !== 0) failed = true;
    if (!stopping) {
      stopping = true;
      failed = true;
      log.error('a worker stopped by itself: stopping the others');
      stopAll('SIGTERM');
    }
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(failed ? 1 : 0);
  });
  const onSignal = (signal: NodeJS.Signals) => {
    stopping = true;
    stopAll(signal);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

async function serve() {
  const shutdown = { stopping: false };
  const app = await buildServer({ config, dist, log, shutdown });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    exitWith(
      `Cannot start: cannot listen on ${config.host}:${config.port} (${describeError(error)}); set HOST or PORT`,
    );
  }
  const { port } = app.server.address() as AddressInfo;
  log.info(
    `serving ${dist.root} at http://${config.host}:${port}${dist.base}, proxy ${proxyPrefix(dist.base)}/ to ${config.proxyTarget}`,
  );

  let stopping = false;
  function stop(signal: NodeJS.Signals) {
    if (stopping) exitWith(`${signal} again: stopping now`);
    stopping = true;
    shutdown.stopping = true;
    log.info(`${signal}: finishing the requests in flight, then stopping`);
    setTimeout(
      () => exitWith(`requests still in flight after ${SHUTDOWN_LIMIT_MS / 1000} s: stopping anyway`),
      SHUTDOWN_LIMIT_MS,
    ).unref();
    const delay = Math.min(config.shutdownDelayMs, SHUTDOWN_LIMIT_MS);
    const closed = new Promise<void>((resolve) => setTimeout(resolve, delay)).then(() => app.close());
    closed.then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => exitWith(`could not stop cleanly: ${describeError(error)}`),
    );
  }
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
