/**
 * The container's HEALTHCHECK: exits 0 when this machine's server answers GET /healthz with 200
 * within 3 s, 1 otherwise. Reads PORT and HOST as the server does.
 */
import { readServerConfig } from './config.ts';

const result = readServerConfig(process.env);
if (!result.ok) {
  process.stderr.write(`${result.error}\n`);
  process.exit(1);
}
const { host, port } = result.config;
// A wildcard address listens on loopback too.
const target = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;

try {
  const response = await fetch(`http://${target}:${port}/healthz`, { signal: AbortSignal.timeout(3_000) });
  process.exit(response.status === 200 ? 0 : 1);
} catch {
  process.exit(1);
}
