/**
 * The same-origin proxy at `<base>mixpeek-api/…`, on an undici Agent with the shared rules of
 * src/config/proxy.ts. Requests the rules refuse are answered here and never reach the upstream;
 * the rest go to the configured target only, with Authorization and Accept and nothing else.
 * Answers are streamed, counted on the way, never held whole: memory stays flat however large
 * the upstream's answers and however many arrive at once.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { Agent } from 'undici';
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
  /** Upstream connections kept open and reused. */
  connections: number;
  /** Upstream requests under way at once; above it, a 503 with Retry-After at once. */
  maxInFlight: number;
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

/**
 * What is read before the headers go out: an answer that ends within it (every answer the API
 * gives) is checked whole, so a cap or deadline hit there is still a clean ErrorResponse.
 */
const PREFETCH_BYTES = 64 * 1024;

class ProxyFailure extends Error {
  constructor(
    readonly status: 502 | 504,
    readonly reason:
      'upstream timeout' | 'upstream body too large' | 'upstream unreachable' | 'upstream body broke off',
    detail: string,
  ) {
    super(detail);
  }
}

class ClientGone extends Error {}

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

export async function registerProxy(app: FastifyInstance, options: ProxyOptions): Promise<void> {
  const { base, target, timeoutMs, maxResponseBytes, log, sendError } = options;
  const prefix = proxyPrefix(base);
  const upstreamHost = new URL(target).host;
  const agent = new Agent({
    connections: options.connections,
    // Idle connections stay for the next request; the API's own keep-alive hint shortens it.
    keepAliveTimeout: 30_000,
    keepAliveMaxTimeout: 60_000,
    connect: { rejectUnauthorized: true, timeout: timeoutMs },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  app.addHook('onClose', async () => agent.close());
  let inFlight = 0;

  // Every method, routed or not: refused requests are answered before any body is read.
  app.addHook('onRequest', async (request, reply) => {
    const decision = proxyDecision(prefix, request.method, request.raw.url ?? '');
    if (decision?.action === 'refuse') {
      reply.headers(decision.headers);
      return sendError(reply, decision.status, decision.message);
    }
  });

  const tooLarge = () => {
    const mb = maxResponseBytes / (1024 * 1024);
    const limit = mb >= 1 ? `${Math.round(mb)} MB` : `${maxResponseBytes} bytes`;
    return `The answer of the Mixpeek API is larger than ${limit}, the most this proxy passes on`;
  };

  const forward = async (request: FastifyRequest, reply: FastifyReply) => {
    const decision = proxyDecision(prefix, request.method, request.raw.url ?? '');
    // The onRequest hook has answered everything else.
    if (decision?.action !== 'forward') return sendError(reply, 404, 'Not found');
    const path = decision.upstreamTarget.split('?', 1)[0] ?? '';
    if (inFlight >= options.maxInFlight) {
      log.error(`proxy ${request.method} ${path}: ${inFlight} upstream requests under way, the most allowed`);
      return sendError(
        reply.header('retry-after', '1'),
        503,
        'The proxy has as many requests to the Mixpeek API under way as it allows: try again in a moment',
      );
    }

    // One deadline for the whole exchange; a client that goes away cancels it at once.
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new ProxyFailure(504, 'upstream timeout', `no complete answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    inFlight++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      inFlight--;
      clearTimeout(timer);
    };
    // 'close' comes at the end of every response, complete or not, so the count cannot leak.
    reply.raw.once('close', () => {
      if (!reply.raw.writableFinished) controller.abort(new ClientGone('the client went away'));
      release();
    });
    const failure = (error: unknown): ProxyFailure | ClientGone => {
      const reason = controller.signal.aborted ? controller.signal.reason : error;
      if (reason instanceof ProxyFailure || reason instanceof ClientGone) return reason;
      const code = (reason as { code?: unknown }).code;
      if (typeof code === 'string' && TIMEOUT_CODES.has(code)) {
        return new ProxyFailure(504, 'upstream timeout', describeError(reason));
      }
      const cause = reason instanceof Error && reason.cause !== undefined ? reason.cause : reason;
      return new ProxyFailure(502, 'upstream unreachable', describeError(cause));
    };
    const fail = (error: ProxyFailure | ClientGone) => {
      release();
      if (error instanceof ClientGone) return reply;
      log.error(`proxy ${request.method} ${path}: ${error.reason} (${error.message})`);
      if (error.reason === 'upstream body too large') {
        return sendError(reply, 502, tooLarge(), RESPONSE_TOO_LARGE_TYPE);
      }
      return sendError(
        reply,
        error.status,
        error.status === 504
          ? `The Mixpeek API did not answer within ${timeoutMs / 1000} s`
          : 'The Mixpeek API could not be reached or sent an unusable answer',
      );
    };

    let response;
    try {
      response = await agent.request({
        origin: target,
        path: decision.upstreamTarget,
        method: request.method as 'GET' | 'HEAD',
        headers: { host: upstreamHost, ...upstreamRequestHeaders(request.headers) },
        signal: controller.signal,
      });
    } catch (error) {
      return fail(failure(error));
    }
    const { statusCode, headers, body } = response;
    // Read through the iterator below, which reports its errors; destroying it must not throw.
    body.on('error', () => {});
    const declared = Number(headers['content-length'] ?? 0);
    if (declared > maxResponseBytes) {
      body.destroy();
      return fail(new ProxyFailure(502, 'upstream body too large', `${declared} bytes declared`));
    }

    const chunks = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    let size = 0;
    const next = async (): Promise<Buffer | null> => {
      let step: IteratorResult<Buffer>;
      try {
        step = await chunks.next();
      } catch (error) {
        const cause = failure(error);
        throw cause instanceof ProxyFailure && cause.reason === 'upstream unreachable'
          ? new ProxyFailure(502, 'upstream body broke off', cause.message)
          : cause;
      }
      if (step.done) return null;
      size += step.value.length;
      if (size > maxResponseBytes) {
        throw new ProxyFailure(502, 'upstream body too large', `more than ${maxResponseBytes} bytes`);
      }
      return step.value;
    };

    const head: Buffer[] = [];
    let ended = false;
    try {
      while (size < PREFETCH_BYTES) {
        const chunk = await next();
        if (chunk === null) {
          ended = true;
          break;
        }
        head.push(chunk);
      }
    } catch (error) {
      body.destroy();
      return fail(error instanceof ProxyFailure || error instanceof ClientGone ? error : failure(error));
    }

    reply.code(statusCode).headers(downstreamResponseHeaders(headers, { bodyUnchanged: true }));
    if (ended) {
      release();
      // For HEAD, no payload, so that Fastify keeps the upstream's Content-Length; for an
      // empty body none either, or Fastify would add a Content-Type the upstream did not send.
      return request.method === 'HEAD' || size === 0 ? reply.send() : reply.send(Buffer.concat(head));
    }

    // The headers are out with the first chunk: a failure from here on can only cut the
    // connection, so that the client sees an incomplete answer rather than a complete-looking one.
    async function* rest(): AsyncGenerator<Buffer> {
      try {
        yield* head;
        for (let chunk = await next(); chunk !== null; chunk = await next()) yield chunk;
      } catch (error) {
        const reason = error instanceof ProxyFailure || error instanceof ClientGone ? error : failure(error);
        if (reason instanceof ProxyFailure) {
          log.error(`proxy ${request.method} ${path}: ${reason.reason} after the headers (${reason.message})`);
        }
        throw reason;
      } finally {
        body.destroy();
        release();
      }
    }
    return reply.send(Readable.from(rest(), { objectMode: false }));
  };

  for (const url of [prefix, `${prefix}/*`]) {
    app.route({ method: ['GET', 'HEAD'], url, handler: forward });
  }
}
