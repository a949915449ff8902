/**
 * The same-origin proxy at `<base>mixpeek-api/…`, on @fastify/reply-from with the shared rules of
 * src/config/proxy.ts. Requests the rules refuse are answered here and never reach the upstream;
 * the rest go to the configured target only, with Authorization and Accept and nothing else.
 */
import replyFrom from '@fastify/reply-from';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import {
  RESPONSE_TOO_LARGE_TYPE,
  checkProxyRequest,
  downstreamResponseHeaders,
  PROXY_PATH,
  upstreamRequestHeaders,
  type ProxyDecision,
} from '../src/config/proxy.ts';
import { describeError, type Log } from './log.ts';

export interface ProxyOptions {
  /** The app's base path ('/' or '/tools/mixpeek/'). */
  base: string;
  /** Origin of the upstream API. */
  target: string;
  timeoutMs: number;
  maxResponseBytes: number;
  log: Log;
  sendError: (reply: FastifyReply, status: number, message: string, type?: string) => FastifyReply;
}

/** `<base>mixpeek-api`, without a trailing slash. */
export const proxyPrefix = (base: string) => `${base.replace(/\/$/, '')}${PROXY_PATH}`;

/**
 * The decision for a raw request URL, or null when the URL is not under the proxy prefix.
 * Byte-exact on the raw URL: a prefix spelled any other way is not the proxy.
 */
export function proxyDecision(prefix: string, method: string, rawUrl: string): ProxyDecision | null {
  if (!rawUrl.startsWith(prefix)) return null;
  const rest = rawUrl.slice(prefix.length);
  if (rest !== '' && rest[0] !== '/' && rest[0] !== '?') return null;
  return checkProxyRequest(method, rest);
}

class UpstreamBodyError extends Error {
  constructor(readonly status: 502 | 504) {
    super(status === 504 ? 'timeout' : 'too large');
  }
}

export async function registerProxy(app: FastifyInstance, options: ProxyOptions): Promise<void> {
  const { base, target, timeoutMs, maxResponseBytes, log, sendError } = options;
  const prefix = proxyPrefix(base);
  const seconds = timeoutMs / 1000;

  await app.register(replyFrom, {
    base: target,
    disableRequestLogging: true,
    undici: {
      // reply-from turns certificate checks off unless told otherwise; the API key travels here.
      connect: { rejectUnauthorized: true },
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    },
  });

  // Every method, routed or not: refused requests are answered before any body is read.
  app.addHook('onRequest', async (request, reply) => {
    const decision = proxyDecision(prefix, request.method, request.raw.url ?? '');
    if (decision?.action === 'refuse') {
      reply.headers(decision.headers);
      return sendError(reply, decision.status, decision.message);
    }
  });

  const forward = (request: FastifyRequest, reply: FastifyReply) => {
    const decision = proxyDecision(prefix, request.method, request.raw.url ?? '');
    // The onRequest hook has answered everything else.
    if (decision?.action !== 'forward') return sendError(reply, 404, 'Not found');
    const [path = '', query = ''] = splitOnce(decision.upstreamTarget, '?');
    const started = performance.now();
    const fail = (status: 502 | 504, reason: string, detail: string) => {
      log.error(`proxy ${request.method} ${path}: ${reason} (${detail})`);
      if (reason === 'upstream body too large') {
        const mb = maxResponseBytes / (1024 * 1024);
        const limit = mb >= 1 ? `${Math.round(mb)} MB` : `${maxResponseBytes} bytes`;
        sendError(
          reply,
          502,
          `The answer of the Mixpeek API is larger than ${limit}, the most this proxy passes on`,
          RESPONSE_TOO_LARGE_TYPE,
        );
        return;
      }
      sendError(
        reply,
        status,
        status === 504
          ? `The Mixpeek API did not answer within ${seconds} s`
          : `The Mixpeek API could not be reached or sent an unusable answer`,
      );
    };

    return reply.from(path, {
      // As sent: reply-from would otherwise re-encode it through URL.
      queryString: () => query,
      // reply-from retries a GET that answered 503 unless told not to; the app decides on retries.
      retryDelay: () => null,
      timeout: timeoutMs,
      rewriteRequestHeaders: (_request, headers) => ({
        host: String(headers.host),
        ...upstreamRequestHeaders(request.headers),
      }),
      // Headers are set once the body has been read and measured (onResponse).
      rewriteHeaders: () => ({}),
      onError: (_reply, { error }) => {
        const status = (error as { statusCode?: number }).statusCode === 504 ? 504 : 502;
        const cause = error.cause === undefined ? error : error.cause;
        fail(status, status === 504 ? 'upstream timeout' : 'upstream unreachable', describeError(cause));
      },
      onResponse: (_request, _reply, response) => {
        const { stream } = response;
        // The types say ServerResponse; what reply-from passes is { statusCode, headers, stream }.
        const { headers } = response as unknown as { headers: IncomingHttpHeaders };
        const declared = Number(headers['content-length'] ?? 0);
        if (declared > maxResponseBytes) {
          stream.destroy();
          fail(502, 'upstream body too large', `${declared} bytes declared`);
          return;
        }
        const remaining = Math.max(0, timeoutMs - (performance.now() - started));
        readCapped(stream, maxResponseBytes, remaining).then(
          (body) => {
            reply.headers(downstreamResponseHeaders(headers, { bodyUnchanged: true }));
            // For HEAD, no payload, so that Fastify keeps the upstream's Content-Length; for an
            // empty body none either, or Fastify would add a Content-Type the upstream did not send.
            if (request.method === 'HEAD' || body.length === 0) reply.send();
            else reply.send(body);
          },
          (error: unknown) => {
            if (error instanceof UpstreamBodyError) {
              fail(error.status, error.status === 504 ? 'upstream timeout' : 'upstream body too large', error.message);
            } else {
              fail(502, 'upstream body broke off', describeError(error));
            }
          },
        );
      },
    });
  };

  for (const url of [prefix, `${prefix}/*`]) {
    app.route({ method: ['GET', 'HEAD'], url, handler: forward });
  }
}

/**
 * The whole body, held back until complete: a body over the cap or past the deadline becomes a
 * 502 or 504 instead of a truncated 200.
 */
function readCapped(stream: Readable, maxBytes: number, deadlineMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (error: Error) => {
      clearTimeout(timer);
      stream.destroy();
      reject(error);
    };
    const timer = setTimeout(() => stop(new UpstreamBodyError(504)), deadlineMs);
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) stop(new UpstreamBodyError(502));
      else chunks.push(chunk);
    });
    stream.once('error', (error) => stop(error));
    stream.once('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
  });
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}
