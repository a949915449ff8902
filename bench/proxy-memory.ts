/**
 * npm run bench:proxy-memory: the production server's peak memory (VmHWM) while its proxy passes
 * large answers, each scenario on a fresh server: many clients at once reading answers of tens of
 * MB, slow clients, and answers above the cap. Needs `npm run build:server` and a build
 * (DIST_DIR, dist by default). Prints one line per scenario.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { startServer } from '../server/testing/processes.ts';
import { startUpstream } from '../server/testing/fixtures.ts';

const MB = 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 0x61);

interface Scenario {
  name: string;
  clients: number;
  answerMb: number;
  /** Pauses between reads, for a client on a slow line. */
  slow?: boolean;
}

const SCENARIOS: Scenario[] = [
  { name: '1 client, 45 MB', clients: 1, answerMb: 45 },
  { name: '20 clients, 45 MB each', clients: 20, answerMb: 45 },
  { name: '50 clients, 20 MB each', clients: 50, answerMb: 20 },
  { name: '20 slow clients, 45 MB each', clients: 20, answerMb: 45, slow: true },
  { name: '20 clients, 60 MB each (above the cap)', clients: 20, answerMb: 60 },
];

const peakRssMb = (pid: number) => {
  const line = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(line?.[1] ?? 0) / 1024;
};

/** Reads one answer to the end (or until it is cut) and returns the bytes received. */
function fetchAnswer(origin: string, slow: boolean): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      `${origin}/mixpeek-api/v1/organizations`,
      { headers: { authorization: 'Bearer sk_x' } },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (slow) {
            res.pause();
            setTimeout(() => res.resume(), 5);
          }
        });
        res.on('end', () => resolve(bytes));
        res.on('error', () => resolve(bytes));
        res.on('aborted', () => resolve(bytes));
      },
    );
    req.on('error', () => resolve(0));
    req.end();
  });
}

async function run(scenario: Scenario) {
  const upstream = await startUpstream((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    let left = scenario.answerMb * MB;
    const write = () => {
      while (left > 0) {
        left -= CHUNK.length;
        if (!res.write(CHUNK)) return void res.once('drain', write);
      }
      res.end();
    };
    write();
  });
  const server = await startServer(process.cwd(), {
    DIST_DIR: process.env.DIST_DIR ?? 'dist',
    MIXPEEK_PROXY_TARGET: upstream.origin,
  });
  try {
    const started = performance.now();
    const received = await Promise.all(
      Array.from({ length: scenario.clients }, () => fetchAnswer(server.origin, scenario.slow ?? false)),
    );
    const seconds = (performance.now() - started) / 1000;
    const whole = received.filter((bytes) => bytes === scenario.answerMb * MB).length;
    console.log(
      `${scenario.name}: peak RSS ${peakRssMb(server.pid).toFixed(0)} MB, ${whole}/${scenario.clients} answers whole, ${seconds.toFixed(1)} s`,
    );
  } finally {
    await server.stop();
    await upstream.close();
  }
}

for (const scenario of SCENARIOS) await run(scenario);
