/**
 * Local stub of the Mixpeek API (`npm run mock-api`). Serves the same handler the unit
 * tests use, on 127.0.0.1 only. Port: MOCK_API_PORT (default 4010).
 */
import { createServer } from 'node:http';
import { createStubApi, FAULT_KEYS } from '../src/testing/mocks/stub-api';
import { SAMPLE_ORGANIZATIONS } from '../src/samples/sample-organizations';

const port = Number(process.env.MOCK_API_PORT ?? 4010);
const host = process.env.MOCK_API_HOST ?? '127.0.0.1';
const handle = createStubApi();

/** What the stub has received, for tests that check what a proxy let through (GET /__stub/requests). */
interface Received {
  method: string;
  path: string;
  headerNames: string[];
  cookie: string | null;
}
const received: Received[] = [];

const server = createServer((req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return;
  }
  if (req.url === '/__stub/requests') {
    if (req.method === 'DELETE') received.length = 0;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(received));
    return;
  }
  received.push({
    method: req.method ?? 'GET',
    path: req.url ?? '/',
    headerNames: Object.keys(req.headers).sort(),
    cookie: req.headers.cookie ?? null,
  });
  const response = handle({
    method: req.method ?? 'GET',
    path: req.url ?? '/',
    authorization: req.headers.authorization,
    origin: req.headers.origin,
  });
  const send = () => {
    if (res.destroyed) return;
    res.writeHead(response.status, response.headers).end(response.body);
  };
  if (response.delayMs) {
    const timer = setTimeout(send, response.delayMs);
    res.on('close', () => clearTimeout(timer));
  } else {
    send();
  }
});

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${port} on ${host} is already in use (another stub?). Stop it, or set MOCK_API_PORT.`);
  } else {
    console.error(`The stub API could not start: ${error.message}`);
  }
  process.exit(1);
});

server.listen(port, host, () => {
  const base = `http://${host}:${port}`;
  console.log(`Stub Mixpeek API on ${base}  (GET ${base}/v1/organizations)`);
  console.log('Demo keys:');
  for (const s of SAMPLE_ORGANIZATIONS) console.log(`  ${s.demoKey.padEnd(30)} ${s.label}`);
  console.log('Fault keys:');
  for (const f of FAULT_KEYS) console.log(`  ${f.key.padEnd(30)} ${f.description}`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
