/**
 * The server's output: one line per request (method, path without the query, status, duration,
 * body bytes, client address) and a few lines of its own, as text or JSON. Every line goes through
 * `redact`, so an API key cannot reach the output even if some message were to quote one.
 */
import type { LogFormat } from './config.ts';

export interface RequestEntry {
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

const BEARER = /\b(Bearer)\s+[^\s"',;]+/gi;
const MIXPEEK_KEY = /\bsk_[A-Za-z0-9_-]+/g;

/** Masks Bearer credentials and Mixpeek keys (sk_…) in a line of output. */
export const redact = (text: string) => text.replace(BEARER, '$1 [redacted]').replace(MIXPEEK_KEY, 'sk_[redacted]');

/** A log writing to `out` (requests, notes) and `err` (errors), one line each. */
export function createLog(format: LogFormat, out: Write, err: Write = out): Log {
  const time = () => new Date().toISOString();
  const line = (write: Write, text: string) => write(redact(text.replace(/[\r\n]+/g, ' ')));
  if (format === 'json') {
    const json = (write: Write, record: Record<string, string | number>) =>
      line(write, JSON.stringify({ time: time(), ...record }));
    return {
      request: (entry) => json(out, { level: 'info', ...entry, durationMs: round(entry.durationMs) }),
      info: (message) => json(out, { level: 'info', message }),
      error: (message) => json(err, { level: 'error', message }),
    };
  }
  return {
    request: ({ method, path, status, durationMs, bytes, ip }) =>
      line(out, `${time()} ${method} ${path} ${status} ${round(durationMs)}ms ${bytes}B ${ip}`),
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
