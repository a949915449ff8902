/**
 * The same-origin proxy of `npm run dev` and `npm run preview`, with the production server's
 * rules (src/config/proxy.ts): the seven allowlisted paths, GET and HEAD only, Authorization and
 * Accept sent on, Set-Cookie and hop-by-hop headers dropped, 15 s and 50 MB limits, errors as
 * JSON ErrorResponse bodies. Hand-written on node:http because Vite's proxy streams bodies and
 * answers its errors in plain text, so neither the size cap nor those errors could match.
 */
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Connect, Logger, Plugin } from 'vite';
import {
  checkProxyRequest,
  downstreamResponseHeaders,
  errorResponseBody,
  PROXY_MAX_RESPONSE_BYTES,
  RESPONSE_TOO_LARGE_TYPE,
  PROXY_PATH,
  PROXY_UPSTREAM_TIMEOUT_MS,
  upstreamRequestHeaders,
} from '../src/config/proxy.ts';

/** Serves `<base>mixpeek-api/…` in dev and preview, forwarding to `upstream`. */
export function mixpeekProxy(upstream: string): Plugin {
  const target = new URL(upstream);
  return {
    name: 'mixpeek-proxy',
    // Added directly (not returned), so the middleware runs before Vite's own.
    configureServer(server) {
      server.middlewares.use(proxyMiddleware(server.config.base, target, server.config.logger));
    },
    configurePreviewServer(server) {
      server.middlewares.use(proxyMiddleware(server.config.base, target, server.config.logger));
    },
  };
}

export function proxyMiddleware(base: string, upstream: URL, logger: Pick<Logger, 'warn'>): Connect.NextHandleFunction {
  const prefix = `${base.replace(/\/$/, '')}${PROXY_PATH}`;
  return (req, res, next) => {
    const url = req.url ?? '';
    const rest = url.slice(prefix.length);
    if (!url.startsWith(prefix) || (rest !== '' && rest[0] !== '/' && rest[0] !== '?')) return next();
    const decision = checkProxyRequest(req.method ?? '', rest);
    if (decision.action === 'refuse') {
      sendError(res, decision.status, decision.message, decision.headers);
      return;
    }
    forward(req, res, upstream, decision.upstreamTarget, logger);
  };
}

function forward(
  req: IncomingMessage,
  res: ServerResponse,
  upstream: URL,
  path: string,
  logger: Pick<Logger, 'warn'>,
): void {
  const request = upstream.protocol === 'https:' ? httpsRequest : httpRequest;
  let settled = false;
  const settle = () => {
    const first = !settled;
    settled = true;
    clearTimeout(timer);
    return first;
  };
  const fail = (status: 502 | 504, message: string, type?: string) => {
    if (!settle()) return;
    outgoing.destroy();
    logger.warn(`mixpeek proxy: ${req.method} ${path.split('?')[0]}: ${message}`);
    sendError(res, status, message, {}, type);
  };
  const timer = setTimeout(
    () => fail(504, `The Mixpeek API did not answer within ${PROXY_UPSTREAM_TIMEOUT_MS / 1000} s`),
    PROXY_UPSTREAM_TIMEOUT_MS,
  );
  const outgoing = request(
    {
      protocol: upstream.protocol,
      hostname: upstream.hostname,
      port: upstream.port,
      method: req.method,
      path,
      headers: { host: upstream.host, ...upstreamRequestHeaders(req.headers) },
    },
    (incoming) => {
      const chunks: Buffer[] = [];
      let size = 0;
      incoming.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > PROXY_MAX_RESPONSE_BYTES) {
          fail(
            502,
            'The answer of the Mixpeek API is larger than 50 MB, the most this proxy passes on',
            RESPONSE_TOO_LARGE_TYPE,
          );
        } else chunks.push(chunk);
      });
      incoming.on('error', () => fail(502, 'The connection to the Mixpeek API broke'));
      incoming.on('end', () => {
        if (!settle()) return;
        const headers = downstreamResponseHeaders(incoming.headers, { bodyUnchanged: true });
        res.writeHead(incoming.statusCode ?? 502, headers).end(Buffer.concat(chunks));
      });
    },
  );
  outgoing.on('error', () => fail(502, `The Mixpeek API (${upstream.origin}) could not be reached`));
  // The browser gave up: so does the upstream request.
  res.on('close', () => {
    if (settle()) outgoing.destroy();
  });
  outgoing.end();
}

function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
  type?: string,
) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify(errorResponseBody(status, message, type));
  res
    .writeHead(status, {
      ...headers,
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'content-length': Buffer.byteLength(body),
    })
    .end(body);
}
