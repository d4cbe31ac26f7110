// The web host transport: a loopback-only HTTP server that serves the built renderer and carries API calls and events.
// Every API call needs the per-launch token; Host and Origin are checked so other sites and rebinding DNS names
// cannot reach it through the facilitator's browser.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Dispatch } from '../api/dispatch';
import type { ApiReply } from '../api/envelope';
import type { AppEvent } from '../domain/views';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { contentTypeFor, isSpaRoute, resolveStaticPath } from '../security/static-files';
import { readHeldAssets } from './held-assets';

export const TOKEN_HEADER = 'x-netvaerk-token';
export const INVOKE_PATH = '/api/invoke';
export const EVENTS_PATH = '/api/events';
const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
const KEEP_ALIVE_MS = 25_000;

export interface WebHostOptions {
  dispatch: Dispatch;
  onEvent(listener: (event: AppEvent) => void): () => void;
  rendererDir: string;
  /** 0 (the default) lets the OS choose a free port. */
  port?: number;
  maxBodyBytes?: number;
}

export interface WebHost {
  /** The server's base URL, e.g. http://127.0.0.1:49152/ */
  url: string;
  /** The URL to open in a browser: the base URL with the token in the fragment, which never reaches a server log. */
  openUrl: string;
  token: string;
  close(): Promise<void>;
}

class RequestRefused extends Error {
  constructor(
    readonly status: number,
    readonly reply: ApiReply | null,
  ) {
    super(`HTTP ${status}`);
  }
}

const COMMON_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const rendererDir = path.resolve(options.rendererDir);
  const eventStreams = new Set<ServerResponse>();
  const heldAssets = await readHeldAssets(rendererDir);
  let port = 0;

  const hasToken = (candidate: string | null | undefined) => {
    if (!candidate) return false;
    const bytes = Buffer.from(candidate);
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes);
  };
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends its own name as Host.
    if (!allowedHosts().has(request.headers.host ?? '')) throw new RequestRefused(403, null);
    // CSRF: browsers send Origin on cross-site requests; only our own page may talk to us.
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) throw new RequestRefused(403, null);

    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === INVOKE_PATH) return invoke(request, response);
    if (url.pathname === EVENTS_PATH) return streamEvents(request, response, url);
    if (url.pathname.startsWith('/api/')) throw new RequestRefused(404, null);
    return serveStatic(request, response, url.pathname);
  }

  async function invoke(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST') throw new RequestRefused(405, null);
    const header = request.headers[TOKEN_HEADER];
    if (!hasToken(typeof header === 'string' ? header : null)) throw new RequestRefused(401, null);
    const body = await readBody(request, maxBodyBytes);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw new RequestRefused(400, badRequest('invalidJson'));
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new RequestRefused(400, badRequest('invalid_type'));
    }
    const { method, input } = parsed as { method?: unknown; input?: unknown };
    const reply = await options.dispatch(method, input);
    sendJson(response, 200, reply);
  }

  function streamEvents(request: IncomingMessage, response: ServerResponse, url: URL): void {
    if (request.method !== 'GET') throw new RequestRefused(405, null);
    if (!hasToken(url.searchParams.get('token'))) throw new RequestRefused(401, null);
    response.writeHead(200, {
      ...COMMON_HEADERS,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    // A comment first, so the browser's EventSource reports "open" at once.
    response.write(': connected\n\n');
    eventStreams.add(response);
    const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    keepAlive.unref();
    request.on('close', () => {
      clearInterval(keepAlive);
      eventStreams.delete(response);
    });
  }

  async function serveStatic(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') throw new RequestRefused(405, null);
    const resolved = resolveStaticPath(rendererDir, pathname);
    if (!resolved) throw new RequestRefused(404, null);
    const held = heldAssets.get(resolved);
    if (held) {
      response.writeHead(200, { ...COMMON_HEADERS, ...staticHeaders(resolved), 'content-length': held.length });
      response.end(request.method === 'HEAD' ? undefined : held);
      return;
    }
    let file = (await isFile(resolved)) ? resolved : null;
    if (!file && isSpaRoute(pathname)) {
      const index = path.join(rendererDir, 'index.html');
      file = (await isFile(index)) ? index : null;
    }
    if (!file) throw new RequestRefused(404, null);
    response.writeHead(200, { ...COMMON_HEADERS, ...staticHeaders(file) });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const stream = createReadStream(file);
      stream.on('error', reject);
      stream.on('end', resolve);
      stream.pipe(response);
    });
  }

  const unsubscribe = options.onEvent((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const stream of eventStreams) stream.write(frame);
  });

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      if (error instanceof RequestRefused) {
        if (error.reply) sendJson(response, error.status, error.reply);
        else sendText(response, error.status, http.STATUS_CODES[error.status] ?? 'Error');
        // A refused upload is not read to the end; close the connection instead of draining it.
        if (error.status === 400 && !request.complete) response.once('finish', () => request.destroy());
        return;
      }
      sendJson(response, 500, { ok: false, error: { code: 'internal' } });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}/`;

  let closing: Promise<void> | null = null;
  return {
    url: baseUrl,
    openUrl: `${baseUrl}#token=${token}`,
    token,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        unsubscribe();
        for (const stream of eventStreams) stream.end();
        eventStreams.clear();
        server.close(() => resolve());
        server.closeIdleConnections();
        // A browser may hold a keep-alive connection open; do not let it delay a shutdown for long.
        setTimeout(() => server.closeAllConnections(), 2_000).unref();
      });
      return closing;
    },
  };
}

function badRequest(code: string): ApiReply {
  return { ok: false, error: { code: 'validation', issues: [{ path: '', code }] } };
}

function staticHeaders(file: string): Record<string, string> {
  return {
    'content-type': contentTypeFor(file),
    // Hashed assets may be cached; the page itself is always fetched fresh so a rebuild shows at once.
    'cache-control': file.endsWith('.html') ? 'no-store' : 'public, max-age=31536000, immutable',
  };
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(new RequestRefused(400, badRequest('too_big')));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off('data', onData);
        reject(new RequestRefused(400, badRequest('too_big')));
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: ApiReply): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...COMMON_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    ...COMMON_HEADERS,
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}
