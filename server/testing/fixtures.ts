/**
 * Test doubles for the server's tests: a small build folder on disk, an upstream API that records
 * what reaches it, and an HTTP client that sends a request target byte for byte (fetch and URL
 * would normalise the very paths the tests are about).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { BUILD_INFO_FILE } from '../build-info.ts';

export const INDEX_POLICY = "default-src 'self'; script-src 'self'; connect-src 'self' https://api.mixpeek.com";
export const SAMPLE_POLICY = "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' 'unsafe-hashes'";
export const SECRET = 'the-secret-next-to-the-build';
export const APP_JS = `console.log(${JSON.stringify('app '.repeat(800))});\n`;

const page = (policy: string, body: string) =>
  `<!doctype html><html><head><meta charset="UTF-8" />\n` +
  `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll("'", '&#39;')}">` +
  `<title>t</title></head><body>${body}</body></html>\n`;

export interface FixtureDist {
  /** The folder holding the build and, beside it, a file that must never be served. */
  parent: string;
  root: string;
  base: string;
  remove(): void;
}

/** A build as the Vite plugins write it: pages with CSP meta tags, hashed assets with .br/.gz siblings. */
export function makeDist(base = '/'): FixtureDist {
  const parent = mkdtempSync(join(tmpdir(), 'mixpeek-dist-'));
  const root = join(parent, 'dist');
  const files: Record<string, string | Buffer> = {
    'index.html': page(INDEX_POLICY, '<div id="root"></div>'),
    'sample/pro-over/index.html': page(SAMPLE_POLICY, '<p>Acme Corporation</p>'),
    'assets/index-Ab12Cd34.js': APP_JS,
    'assets/index-Ab12Cd34.js.br': brotliCompressSync(APP_JS),
    'assets/index-Ab12Cd34.js.gz': gzipSync(APP_JS),
    'assets/index-Ef56Gh78.css': 'body{margin:0}\n',
    'first-paint.js': 'document.documentElement.dataset.theme="light";\n',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
    '.vite/manifest.json': '{}\n',
    [BUILD_INFO_FILE]: JSON.stringify({
      base,
      hashedFiles: ['assets/index-Ab12Cd34.js', 'assets/index-Ef56Gh78.css'],
    }),
    '../secret.txt': SECRET,
    '../dist-other/secret.txt': SECRET,
  };
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return { parent, root, base, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface Upstream {
  origin: string;
  received: Received[];
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 that records every request and answers with `handle`. */
export async function startUpstream(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<Upstream> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

/**
 * Sends one request with `target` exactly as given and reads the whole answer. A raw socket, so
 * that nothing normalises the target and no HTTP interception a test setup installs applies.
 */
export function send(
  origin: string,
  target: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  const head = Object.entries({ host: `${hostname}:${port}`, ...options.headers, connection: 'close' })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  const request = `${options.method ?? 'GET'} ${target} HTTP/1.1\r\n${head}\r\n`;
  return exchange(origin, request).then((raw) => parseResponse(raw, options.method === 'HEAD'));
}

/** Writes `request` byte for byte (head and all) on a new connection and reads the answer. */
export function sendRaw(origin: string, request: string): Promise<RawResponse> {
  return exchange(origin, request).then((raw) => parseResponse(raw, false));
}

/** Writes `request` byte for byte on a new connection; every byte the server sent until it closed. */
export function exchange(origin: string, request: string): Promise<Buffer> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks)));
    socket.write(request, 'latin1');
  });
}

function parseResponse(raw: Buffer, head: boolean): RawResponse {
  const end = raw.indexOf('\r\n\r\n');
  if (end === -1) throw new Error(`no complete response: ${JSON.stringify(raw.toString('latin1'))}`);
  const [statusLine = '', ...lines] = raw.subarray(0, end).toString('latin1').split('\r\n');
  const headers: IncomingHttpHeaders = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    const previous = headers[name];
    if (name === 'set-cookie') headers[name] = [...(Array.isArray(previous) ? previous : []), value];
    else headers[name] = previous === undefined ? value : `${String(previous)}, ${value}`;
  }
  let body = head ? Buffer.alloc(0) : raw.subarray(end + 4);
  if (!head && headers['transfer-encoding'] === 'chunked') body = dechunk(body);
  return { status: Number(statusLine.split(' ')[1]), headers, body, text: body.toString('utf8') };
}

function dechunk(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', at);
    const size = parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) return Buffer.concat(parts);
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}
