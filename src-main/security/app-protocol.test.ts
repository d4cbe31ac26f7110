// The app:// handler with a fake protocol module: files from the renderer folder with the CSP, nothing from outside.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

type ProtocolHandler = (request: Request) => Promise<Response>;
const registered: { handler: ProtocolHandler | null } = { handler: null };

vi.mock('electron', () => ({
  protocol: {
    handle: (_scheme: string, handler: ProtocolHandler) => {
      registered.handler = handler;
    },
    registerSchemesAsPrivileged: vi.fn(),
  },
  net: { fetch: async (url: string) => new Response(await readFile(fileURLToPath(url))) },
}));

const { serveRendererOverAppScheme } = await import('./app-protocol');

describe('serveRendererOverAppScheme', () => {
  let parent: string;
  let rendererDir: string;

  beforeAll(async () => {
    parent = await mkdtemp(path.join(os.tmpdir(), 'netvaerk-app-protocol-'));
    rendererDir = path.join(parent, 'renderer');
    await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
    await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'export {}');
    await writeFile(path.join(parent, 'secret.txt'), 'secret');
    serveRendererOverAppScheme(rendererDir);
  });

  afterAll(() => rm(parent, { recursive: true, force: true }));

  const get = (url: string) => registered.handler!(new Request(url));

  it('serves files with their content type and the CSP header', async () => {
    const script = await get('app://netvaerk/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await script.text()).toBe('export {}');
    expect(await (await get('app://netvaerk/groups/abc')).text()).toContain('<title>app</title>');
  });

  it('refuses other hosts, traversal and missing assets', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://netvaerk/..%2fsecret.txt')).status).toBe(404);
    expect((await get('app://netvaerk/assets/missing.js')).status).toBe(404);
  });
});
