// Real HTTP on 127.0.0.1 against the web host with a fake dispatch: every refusal and the happy paths.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../api/dispatch';
import type { AppEvent } from '../domain/views';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { startWebHost, TOKEN_HEADER, type WebHost } from './web-host-server';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(host: WebHost, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  const base = new URL(host.url);
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      { host: '127.0.0.1', port: base.port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

describe('web host server', () => {
  let rendererDir: string;
  let host: WebHost;
  let calls: Array<{ method: unknown; input: unknown }>;
  let listeners: Set<(event: AppEvent) => void>;

  const dispatch: Dispatch = async (method, input) => {
    calls.push({ method, input });
    return method === 'app.status' ? { ok: true, result: { echo: input } } : { ok: false, error: { code: 'unknownMethod' } };
  };

  const invoke = (body: string | Buffer, headers: Record<string, string> = {}) =>
    request(host, { method: 'POST', path: '/api/invoke', body, headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, ...headers } });

  beforeEach(async () => {
    rendererDir = await mkdtemp(path.join(os.tmpdir(), 'netvaerk-web-host-'));
    await mkdir(path.join(rendererDir, 'assets'));
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Netværk</title>');
    await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(path.dirname(rendererDir), `${path.basename(rendererDir)}-secret.txt`), 'secret');
    calls = [];
    listeners = new Set();
    host = await startWebHost({
      dispatch,
      onEvent: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      rendererDir,
      maxBodyBytes: 1024,
    });
  });

  afterEach(async () => {
    await host.close();
    await rm(rendererDir, { recursive: true, force: true });
    await rm(path.join(path.dirname(rendererDir), `${path.basename(rendererDir)}-secret.txt`), { force: true });
  });

  it('listens on 127.0.0.1 with a random port and a long random token in the open URL', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(host.openUrl).toBe(`${host.url}#token=${host.token}`);
  });

  it('passes method and input to dispatch and returns every envelope with HTTP 200', async () => {
    const ok = await invoke(JSON.stringify({ method: 'app.status', input: { a: 1 } }));
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ ok: true, result: { echo: { a: 1 } } });
    const error = await invoke(JSON.stringify({ method: 'nope', input: null }));
    expect(error.status).toBe(200);
    expect(JSON.parse(error.body)).toEqual({ ok: false, error: { code: 'unknownMethod' } });
    expect(calls).toEqual([
      { method: 'app.status', input: { a: 1 } },
      { method: 'nope', input: null },
    ]);
  });

  it('refuses API calls without the token or with a wrong one (401), before dispatch', async () => {
    const body = JSON.stringify({ method: 'app.status', input: {} });
    expect((await request(host, { method: 'POST', path: '/api/invoke', body })).status).toBe(401);
    expect((await invoke(body, { [TOKEN_HEADER]: 'wrong' })).status).toBe(401);
    expect((await invoke(body, { [TOKEN_HEADER]: `${host.token.slice(0, -1)}x` })).status).toBe(401);
    expect((await request(host, { path: '/api/events' })).status).toBe(401);
    expect((await request(host, { path: '/api/events?token=wrong' })).status).toBe(401);
    expect(calls).toEqual([]);
  });

  it('refuses a foreign Host header (DNS rebinding) with 403, even with the token', async () => {
    const port = new URL(host.url).port;
    const body = JSON.stringify({ method: 'app.status', input: {} });
    expect((await invoke(body, { host: `evil.example:${port}` })).status).toBe(403);
    expect((await invoke(body, { host: '127.0.0.1:1' })).status).toBe(403);
    expect((await request(host, { path: '/', headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await invoke(body, { host: `localhost:${port}` })).status).toBe(200);
    expect(calls).toHaveLength(1);
  });

  it('refuses requests from another origin (CSRF) with 403 and accepts our own', async () => {
    const port = new URL(host.url).port;
    const body = JSON.stringify({ method: 'app.status', input: {} });
    expect((await invoke(body, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await invoke(body, { origin: 'null' })).status).toBe(403);
    expect((await invoke(body, { origin: `http://127.0.0.1:${port}` })).status).toBe(200);
    expect(calls).toHaveLength(1);
  });

  it('answers malformed JSON and oversized bodies with 400 and an error envelope, without dispatching', async () => {
    const broken = await invoke('{"method":');
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
    const notObject = await invoke('[1,2]');
    expect(notObject.status).toBe(400);
    const tooBig = await invoke(JSON.stringify({ method: 'app.status', input: 'x'.repeat(2000) }));
    expect(tooBig.status).toBe(400);
    expect(JSON.parse(tooBig.body)).toEqual({ ok: false, error: { code: 'validation', issues: [{ path: '', code: 'too_big' }] } });
    expect(calls).toEqual([]);
  });

  it('allows only POST for invoke', async () => {
    expect((await request(host, { path: '/api/invoke', headers: { [TOKEN_HEADER]: host.token } })).status).toBe(405);
  });

  it('serves the renderer with content types and the CSP header, and falls back to index.html for routes', async () => {
    const index = await request(host, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.body).toContain('Netværk');
    const script = await request(host, { path: '/assets/app.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe('console.log(1)');
    const route = await request(host, { path: '/groups/abc' });
    expect(route.status).toBe(200);
    expect(route.body).toContain('<title>');
    expect((await request(host, { path: '/assets/missing.js' })).status).toBe(404);
  });

  it('serves the assets read at start from memory, and an asset added later (a rebuild) from disk', async () => {
    // Changed on disk after the start: the held copy is what the page gets, so no request waits on the disk.
    await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(2)');
    const held = await request(host, { path: '/assets/app.js' });
    expect(held.body).toBe('console.log(1)');
    expect(held.headers['content-length']).toBe(String('console.log(1)'.length));
    expect(held.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(held.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const head = await request(host, { method: 'HEAD', path: '/assets/app.js' });
    expect([head.status, head.body]).toEqual([200, '']);
    await writeFile(path.join(rendererDir, 'assets', 'app-rebuilt.js'), 'console.log(3)');
    expect((await request(host, { path: '/assets/app-rebuilt.js' })).body).toBe('console.log(3)');
  });

  it('never serves a file outside the renderer folder', async () => {
    const secret = `${path.basename(rendererDir)}-secret.txt`;
    for (const attempt of [`/../${secret}`, `/%2e%2e/${secret}`, `/assets/..%2f..%2f${secret}`, `/..%5c${secret}`, '/%00', '/%E0%A4%A']) {
      const reply = await request(host, { path: attempt });
      expect(reply.body, attempt).not.toContain('secret');
    }
  });

  it('streams events as text/event-stream data lines to clients holding the token', async () => {
    const port = new URL(host.url).port;
    const received = await new Promise<string>((resolve, reject) => {
      const outgoing = http.get({ host: '127.0.0.1', port, path: `/api/events?token=${host.token}` }, (incoming) => {
        expect(incoming.headers['content-type']).toBe('text/event-stream; charset=utf-8');
        let text = '';
        incoming.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.includes(': connected')) for (const listener of listeners) listener({ type: 'groupChanged', groupId: 'g1' });
          if (text.includes('data: ')) {
            resolve(text);
            outgoing.destroy();
          }
        });
      });
      outgoing.on('error', reject);
    });
    expect(received).toContain(`data: ${JSON.stringify({ type: 'groupChanged', groupId: 'g1' })}\n\n`);
  });

  it('closes open event streams on close()', async () => {
    const port = new URL(host.url).port;
    const ended = new Promise<void>((resolve) => {
      http.get({ host: '127.0.0.1', port, path: `/api/events?token=${host.token}` }, (incoming) => {
        incoming.once('data', () => void host.close());
        incoming.on('end', resolve);
        incoming.resume();
      });
    });
    await ended;
    await host.close();
    expect(listeners.size).toBe(0);
  });
});
