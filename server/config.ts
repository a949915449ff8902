/**
 * The production server's settings, read from the environment once at start. Pure: the same
 * environment always gives the same answer, and an invalid value gives a one-line message that
 * names the variable and what it expects (values are not repeated: one could hold a secret).
 */
import { isIP } from 'node:net';
import { DEFAULT_API_URL, PROXY_MAX_IN_FLIGHT, PROXY_UPSTREAM_CONNECTIONS } from '../src/config/proxy.ts';

export type LogFormat = 'text' | 'json';

/** Fastify's `trustProxy`: whether, how many hops, or which addresses to believe X-Forwarded-* from. */
export type TrustProxy = boolean | number | string[];

export interface ServerConfig {
  port: number;
  host: string;
  /** Origin of the Mixpeek API (or a stand-in), no trailing slash. */
  proxyTarget: string;
  trustProxy: TrustProxy;
  /** Upstream connections the proxy keeps open and reuses. */
  proxyConnections: number;
  /** Upstream requests under way at once before the proxy answers 503. */
  proxyMaxInFlight: number;
  /** Processes serving the one port (Node's cluster); 1 serves in this process. */
  workers: number;
  /** How long the listener stays open after SIGTERM, answering 503, before it closes. */
  shutdownDelayMs: number;
  hsts: boolean;
  logFormat: LogFormat;
  /** The build to serve, as given (relative to the working directory unless absolute). */
  distDir: string;
}

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; error: string };

type Env = Readonly<Record<string, string | undefined>>;

class ConfigError extends Error {}

/** Reads and checks the environment; unset or empty variables take their defaults. */
export function readServerConfig(env: Env): ConfigResult {
  const value = (name: string) => {
    const text = env[name]?.trim();
    return text === undefined || text === '' ? undefined : text;
  };
  try {
    return {
      ok: true,
      config: {
        port: readPort(value('PORT')),
        host: readHost(value('HOST')),
        proxyTarget: readTarget(value('MIXPEEK_PROXY_TARGET')),
        trustProxy: readTrustProxy(value('TRUST_PROXY')),
        proxyConnections: readCount(
          'MIXPEEK_PROXY_CONNECTIONS',
          value('MIXPEEK_PROXY_CONNECTIONS'),
          PROXY_UPSTREAM_CONNECTIONS,
        ),
        proxyMaxInFlight: readCount(
          'MIXPEEK_PROXY_MAX_IN_FLIGHT',
          value('MIXPEEK_PROXY_MAX_IN_FLIGHT'),
          PROXY_MAX_IN_FLIGHT,
        ),
        workers: readCount('WORKERS', value('WORKERS'), 1),
        shutdownDelayMs: readDelay(value('SHUTDOWN_DELAY_MS')),
        hsts: readChoice('HSTS', value('HSTS') ?? 'off', ['on', 'off']) === 'on',
        logFormat: readChoice('LOG_FORMAT', value('LOG_FORMAT') ?? 'text', ['text', 'json']),
        distDir: value('DIST_DIR') ?? 'dist',
      },
    };
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, error: error.message };
    throw error;
  }
}

function readPort(text = '8080'): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) throw new ConfigError('PORT must be a port number from 0 to 65535');
  return port;
}

// A hostname (RFC 1123 labels) or an IP address to listen on.
const HOSTNAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

function readHost(text = '0.0.0.0'): string {
  if (isIP(text) === 0 && !HOSTNAME.test(text)) {
    throw new ConfigError('HOST must be an IP address or a host name to listen on, such as 0.0.0.0 or ::');
  }
  return text;
}

function readTarget(text = DEFAULT_API_URL): string {
  const expected =
    'MIXPEEK_PROXY_TARGET must be an absolute http(s) URL without credentials, path, query or fragment, such as https://api.mixpeek.com';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(expected);
  }
  const plain =
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.username === '' &&
    url.password === '' &&
    url.pathname === '/' &&
    !text.includes('?') &&
    !text.includes('#') &&
    !text.includes('@');
  if (!plain) throw new ConfigError(expected);
  return url.origin;
}

function readTrustProxy(text = 'false'): TrustProxy {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((entry) => entry.trim());
  if (entries.every(isAddressOrRange)) return entries;
  throw new ConfigError(
    'TRUST_PROXY must be true, false, a number of hops, or a comma-separated list of IP addresses or CIDR ranges',
  );
}

function isAddressOrRange(entry: string): boolean {
  const [address = '', bits, ...more] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || more.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

function readCount(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const count = Number(text);
  if (!/^\d{1,6}$/.test(text) || count < 1) throw new ConfigError(`${name} must be a whole number from 1 to 999999`);
  return count;
}

function readDelay(text = '2000'): number {
  const ms = Number(text);
  if (!/^\d{1,5}$/.test(text) || ms > 10_000) {
    throw new ConfigError('SHUTDOWN_DELAY_MS must be a number of milliseconds from 0 to 10000');
  }
  return ms;
}

function readChoice<T extends string>(name: string, text: string, choices: readonly T[]): T {
  const choice = choices.find((c) => c === text);
  if (choice === undefined) throw new ConfigError(`${name} must be ${choices.join(' or ')}`);
  return choice;
}
