/**
 * Local stub of the Mixpeek API (`npm run mock-api`): an HTTP server on the same MSW
 * handlers the unit tests use, on 127.0.0.1 only. Port: MOCK_API_PORT (default 4010).
 * Like Mixpeek, it sends CORS headers only to Mixpeek's origins; `--cors=any` (or
 * STUB_CORS=any) allows every origin, for trying the direct-URL path from localhost.
 */
import { createServer } from '@mswjs/http-middleware';
import { SAMPLE_ORGANIZATIONS } from '../src/samples/sample-organizations.ts';
import { FAULT_KEYS, prepareHugeAnswers } from '../src/testing/mocks/fault-keys.ts';
import { createHandlers } from '../src/testing/mocks/handlers.ts';

const port = Number(process.env.MOCK_API_PORT ?? 4010);
const host = process.env.MOCK_API_HOST ?? '127.0.0.1';
const corsArg = process.argv.find((arg) => arg.startsWith('--cors='))?.slice('--cors='.length) ?? process.env.STUB_CORS;
if (corsArg !== undefined && corsArg !== 'any' && corsArg !== 'mixpeek') {
  console.error(`--cors must be "any" or "mixpeek" (got "${corsArg}").`);
  process.exit(1);
}
const cors = corsArg === 'any' ? 'any' : 'mixpeek';
// STUB_NOW fixes the time the samples' billing is made for (the end-to-end tests fix the page's clock to it).
const fixedNow = process.env.STUB_NOW ? new Date(process.env.STUB_NOW) : null;
if (fixedNow && Number.isNaN(fixedNow.getTime())) {
  console.error(`STUB_NOW must be an ISO date-time (got "${process.env.STUB_NOW}").`);
  process.exit(1);
}
// STUB_LATENCY_MS: added before every answer, as a distant API takes (the benchmark uses it).
const latencyMs = Number(process.env.STUB_LATENCY_MS ?? 0);
if (!Number.isInteger(latencyMs) || latencyMs < 0) {
  console.error(`STUB_LATENCY_MS must be whole milliseconds (got "${process.env.STUB_LATENCY_MS}").`);
  process.exit(1);
}
const base = `http://${host}:${port}`;

const server = createServer(
  ...createHandlers({ apiUrl: base, cors, latencyMs, now: () => fixedNow ?? new Date() }),
).listen(port, host, () => {
  console.log(`Stub Mixpeek API on ${base}  (GET ${base}/v1/organizations and the billing endpoints)`);
  console.log(cors === 'any' ? 'CORS: any origin' : "CORS: Mixpeek's origins only, as the real API");
  console.log('Demo keys:');
  for (const s of SAMPLE_ORGANIZATIONS) console.log(`  ${s.demoKey.padEnd(30)} ${s.label}`);
  console.log('Fault keys:');
  for (const f of FAULT_KEYS) console.log(`  ${f.key.padEnd(30)} ${f.description}`);
  // Here rather than in the first request for them: that request would wait for it.
  setImmediate(prepareHugeAnswers);
});

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${port} on ${host} is already in use (another stub?). Stop it, or set MOCK_API_PORT.`);
  } else {
    console.error(`The stub API could not start: ${error.message}`);
  }
  process.exit(1);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
