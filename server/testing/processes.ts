/**
 * The production server as a child process, for the end-to-end and container tests: started with
 * plain `node <entry>` so the PID held is the server's own, stopped by that PID.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { send } from './fixtures.ts';

/** The compiled entry point, relative to the repository (`npm run build:server`). */
export const SERVER_ENTRY = 'dist-server/server/main.js';

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningServer {
  origin: string;
  pid: number;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  exited: Promise<Exit>;
  /** Sends `signal` (SIGTERM by default) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<Exit>;
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function launch(cwd: string, entry: string, env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, [entry], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, output: () => output };
}

/** Runs the entry until it exits by itself (a refused configuration), with its output. */
export async function runToExit(cwd: string, env: Record<string, string>, entry = SERVER_ENTRY) {
  const { exited, output } = launch(cwd, entry, env);
  const exit = await exited;
  return { ...exit, output: output() };
}

/** Starts the server on 127.0.0.1 (a free port unless env.PORT says) and waits until /healthz answers. */
export async function startServer(
  cwd: string,
  env: Record<string, string>,
  entry = SERVER_ENTRY,
): Promise<RunningServer> {
  const port = env.PORT === undefined ? await freePort() : Number(env.PORT);
  const { child, exited, output } = launch(cwd, entry, { HOST: '127.0.0.1', ...env, PORT: String(port) });
  const origin = `http://127.0.0.1:${port}`;
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (gone) throw new Error(`the server exited before it answered:\n${output()}`);
    const ok = await send(origin, '/healthz').then(
      (response) => response.status === 200,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer /healthz within 15 s:\n${output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    pid: child.pid!,
    output,
    exited,
    stop: (signal = 'SIGTERM') => {
      if (!gone) process.kill(child.pid!, signal);
      return exited;
    },
  };
}
