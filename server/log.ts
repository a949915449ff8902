/**
 * The server's output: one line per request (method, path without the query, status, duration,
 * body bytes, client address) and a few lines of its own, as text or JSON. Every line goes through
 * `redact`, so an API key cannot reach the output even if some message were to quote one.
 */
import { isIP } from 'node:net';
import type { LogFormat } from './config.ts';

interface RequestEntry {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  bytes: number;
  ip: string;
}

export interface Log {
  request(entry: RequestEntry): void;
  info(message: string): void;
  error(message: string): void;
}

export type Write = (line: string) => void;

// A character as written or percent-encoded, once or more (%73, %2573): a URL in a log line
// carries keys in either form. No word boundary: a key may follow any character (…%0ask_…).
const spelled = (char: string) => `(?:${char}|%(?:25)*${char.charCodeAt(0).toString(16)})`;
const KEY_CHAR = '(?:[A-Za-z0-9_~+=-]|%[0-9A-Fa-f]{2})';
// sk_ and everything that can continue a key, dots between such characters included (sk_live_abc.tail).
const MIXPEEK_KEY = new RegExp(`${spelled('s')}${spelled('k')}${spelled('_')}${KEY_CHAR}+(?:\\.${KEY_CHAR}+)*`, 'gi');
const BEARER = /(Bearer)(?:\s|\+|%(?:25)*20)+[^\s"',;&]+/gi;

/** Masks Bearer credentials and Mixpeek keys (sk_…), as written or percent-encoded, in a line of output. */
export const redact = (text: string) => text.replace(BEARER, '$1 [redacted]').replace(MIXPEEK_KEY, 'sk_[redacted]');

/** The client address as a single field: anything but an IP address (a forged X-Forwarded-For) is not written. */
const addressField = (ip: string) => (isIP(ip) === 0 ? 'invalid-address' : ip);

/** A log writing to `out` (requests, notes) and `err` (errors), one line each. */
export function createLog(format: LogFormat, out: Write, err: Write = out): Log {
  const time = () => new Date().toISOString();
  const line = (write: Write, text: string) => write(redact(text.replace(/[\r\n]+/g, ' ')));
  if (format === 'json') {
    const json = (write: Write, record: Record<string, string | number>) =>
      line(write, JSON.stringify({ time: time(), ...record }));
    return {
      request: (entry) =>
        json(out, { level: 'info', ...entry, ip: addressField(entry.ip), durationMs: round(entry.durationMs) }),
      info: (message) => json(out, { level: 'info', message }),
      error: (message) => json(err, { level: 'error', message }),
    };
  }
  return {
    request: ({ method, path, status, durationMs, bytes, ip }) =>
      line(out, `${time()} ${method} ${path} ${status} ${round(durationMs)}ms ${bytes}B ${addressField(ip)}`),
    info: (message) => line(out, `${time()} ${message}`),
    error: (message) => line(err, `${time()} error: ${message}`),
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** The name, code and message of something thrown, without its stack, properties or cause. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${error.message}`;
}
