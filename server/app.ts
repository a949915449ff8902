/**
 * The production server as a Fastify instance: the build's static files (precompressed, cached by
 * kind, SPA fallback) under the build's base path, the same-origin proxy, /healthz, and the same
 * security headers on every response. server/main.ts reads the environment and listens.
 */
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorResponseBody, PROXY_MAX_RESPONSE_BYTES, PROXY_UPSTREAM_TIMEOUT_MS } from '../src/config/proxy.ts';
import type { ServerConfig, TrustProxy } from './config.ts';
import { toRelative, type Dist } from './dist.ts';
import { describeError, type Log } from './log.ts';
import { proxyDecision, proxyPrefix, registerProxy } from './proxy.ts';

export interface ServerOptions {
  config: ServerConfig;
  dist: Dist;
  log: Log;
  /** Shorter limits for tests; the shared constants otherwise. */
  upstreamTimeoutMs?: number;
  maxResponseBytes?: number;
  /**
   * Set by server/main.ts at SIGTERM, before the listener closes: from then on /healthz and every
   * new request answer 503 with `Connection: close`, and answers in flight close their connection.
   */
  shutdown?: { stopping: boolean };
}

/** The CSP of every response that is not an HTML page: nothing may load, nothing may frame it. */
export const NON_HTML_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Features the dashboard never uses, denied to it and to anything it could embed. */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

function securityHeaders(hsts: boolean): Record<string, string> {
  return {
    'content-security-policy': NON_HTML_POLICY,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
    ...(hsts ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Fastify 5 treats a bare hop count as "trust no one"; TRUST_PROXY=n means the n nearest hops
 * are this deployment's own proxies, which is what a hop function says.
 */
function fastifyTrustProxy(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

const pathOf = (request: FastifyRequest) => (request.raw.url ?? '/').split('?')[0] ?? '/';

/** A navigation the app's router handles: under the base, not under assets/, and no file extension. */
export function isAppRoute(base: string, path: string): boolean {
  if (!path.startsWith(base)) return false;
  const rest = path.slice(base.length);
  const last = rest.slice(rest.lastIndexOf('/') + 1);
  return !rest.startsWith('assets/') && !last.includes('.');
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { config, dist, log } = options;
  const headers = securityHeaders(config.hsts);
  const shutdown = options.shutdown ?? { stopping: false };

  const sendError = (reply: FastifyReply, status: number, message: string, type?: string) =>
    reply
      .code(status)
      .header('content-type', 'application/json; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(JSON.stringify(errorResponseBody(status, message, type)));

  const logRequest = (request: FastifyRequest, reply: FastifyReply) => {
    const length = Number(reply.getHeader('content-length') ?? 0);
    const bodyless = request.method === 'HEAD' || reply.statusCode === 204 || reply.statusCode === 304;
    log.request({
      method: request.method,
      path: pathOf(request),
      status: reply.statusCode,
      durationMs: reply.elapsedTime,
      bytes: bodyless || !Number.isFinite(length) ? 0 : length,
      ip: request.ip,
    });
  };

  // An answer written on the socket itself, for requests Fastify never sees, with the same headers.
  const rawAnswer = (status: number, message: string, extra: Record<string, string> = {}) => {
    const body = JSON.stringify(errorResponseBody(status, message));
    const head = Object.entries({ ...headers, ...extra, 'content-type': 'application/json; charset=utf-8' })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`;
  };

  const app = Fastify({
    // Node answers an HTTP/1.1 request without Host with a bare 400 of its own; the onRequest
    // hook below answers it instead, with the security headers.
    http: { requireHostHeader: false },
    // One line per request comes from the onResponse hook below; Fastify's logger would also
    // write request details, headers among them on errors.
    logger: false,
    trustProxy: fastifyTrustProxy(config.trustProxy),
    // Answered by the onRequest hook instead, with the security headers and a log line.
    return503OnClosing: false,
    bodyLimit: 64 * 1024,
    // Errors raised before routing (a malformed URL): no hooks run for these.
    frameworkErrors: (error, request, reply) => {
      reply.raw.once('finish', () => logRequest(request, reply));
      reply.headers(headers);
      const decision = proxyDecision(proxyPrefix(dist.base), request.method, request.raw.url ?? '');
      if (decision?.action === 'refuse') sendError(reply.headers(decision.headers), decision.status, decision.message);
      else sendError(reply, 400, `Bad request: ${error.code === 'FST_ERR_BAD_URL' ? 'malformed URL' : 'refused'}`);
    },
    // A request that is not valid HTTP: answered on the socket, in the same shape and headers.
    clientErrorHandler: (error, socket) => {
      if (error.code === 'ECONNRESET' || !socket.writable) {
        socket.destroy();
        return;
      }
      const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
      socket.end(rawAnswer(status, STATUS_CODES[status] ?? 'Bad Request'));
      log.error(`unreadable request from a client (${status}): ${describeError(error)}`);
    },
  });

  app.addHook('preClose', async () => {
    shutdown.stopping = true;
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(headers);
    if (shutdown.stopping) {
      return sendError(reply.header('connection', 'close'), 503, 'The server is shutting down');
    }
    if (request.headers.host === undefined && request.raw.httpVersion === '1.1') {
      return sendError(reply.header('connection', 'close'), 400, 'Bad request: no Host header');
    }
  });
  // CONNECT never reaches a route (Node hands over the socket): answered here, not dropped.
  app.server.on('connect', (request: IncomingMessage, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    socket.end(rawAnswer(405, 'Method CONNECT not allowed', { allow: 'GET, HEAD' }));
    log.request({
      method: 'CONNECT',
      path: '-',
      status: 405,
      durationMs: 0,
      bytes: 0,
      ip: request.socket.remoteAddress ?? '',
    });
  });
  // While shutting down, keep-alive connections end with their response instead of waiting.
  app.addHook('onSend', async (_request, reply) => {
    if (shutdown.stopping) reply.header('connection', 'close');
  });
  app.addHook('onResponse', async (request, reply) => logRequest(request, reply));

  app.setErrorHandler((error, request, reply) => {
    const code = (error as { code?: unknown }).code;
    const given = (error as { statusCode?: unknown }).statusCode;
    const status = typeof given === 'number' && given >= 400 && given < 600 ? given : 500;
    if (status >= 500) log.error(`${request.method} ${pathOf(request)}: ${describeError(error)}`);
    // @fastify/static refuses non-canonical and traversal paths with 403; to the client nothing is there.
    if (code === 'FST_STATIC_FORBIDDEN_PATH') return sendError(reply, 404, 'Not found');
    return sendError(reply, status, STATUS_CODES[status] ?? 'Error');
  });

  app.get('/healthz', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok' };
  });

  await registerProxy(app, {
    base: dist.base,
    target: config.proxyTarget,
    timeoutMs: options.upstreamTimeoutMs ?? PROXY_UPSTREAM_TIMEOUT_MS,
    maxResponseBytes: options.maxResponseBytes ?? PROXY_MAX_RESPONSE_BYTES,
    connections: config.proxyConnections,
    maxInFlight: config.proxyMaxInFlight,
    log,
    sendError,
  });

  await app.register(fastifyStatic, {
    root: dist.root,
    prefix: dist.base,
    preCompressed: true,
    // .build-info.json and .vite/ are for the server and the tools, not for browsers.
    dotfiles: 'ignore',
    index: ['index.html'],
    redirect: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      const file = toRelative(dist.root, path.replace(/\.(?:br|gz)$/, ''));
      reply.header('cache-control', dist.hashedFiles.has(file) ? IMMUTABLE : 'no-cache');
      const policy = dist.htmlPolicies.get(file);
      if (policy !== undefined) reply.header('content-security-policy', `${policy}; frame-ancestors 'none'`);
    },
  });

  if (dist.base !== '/') {
    const base = dist.base;
    const query = (request: FastifyRequest) => (request.raw.url ?? '').slice(pathOf(request).length);
    app.get('/', (request, reply) => reply.redirect(`${base}${query(request)}`, 302));
    app.get(base.slice(0, -1), (request, reply) => reply.redirect(`${base}${query(request)}`, 301));
  }

  app.setNotFoundHandler((request, reply) => {
    if ((request.method === 'GET' || request.method === 'HEAD') && isAppRoute(dist.base, pathOf(request))) {
      return reply.code(200).sendFile('index.html');
    }
    return sendError(reply, 404, 'Not found');
  });

  return app;
}
