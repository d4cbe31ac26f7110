// Serves the built renderer through app://netvaerk/ instead of file://, so pages get a real origin, a CSP header,
// and cannot read arbitrary files by URL.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { contentTypeFor, isSpaRoute, resolveStaticPath } from './static-files';

/** Must run before the app is ready: the scheme is standard (relative URLs work) and secure (like https). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

// Asynchronous, like every file access after start-up: a slow disk must not stall the main process's event loop.
async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

export function serveRendererOverAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const resolved = url.host === APP_HOST ? resolveStaticPath(rendererDir, url.pathname) : null;
    let file = resolved && (await isFile(resolved)) ? resolved : null;
    if (!file && resolved && isSpaRoute(url.pathname)) file = path.join(rendererDir, 'index.html');
    if (!file) return new Response('Not found', { status: 404 });
    const fileResponse = await net.fetch(pathToFileURL(file).href);
    return new Response(fileResponse.body, {
      status: fileResponse.status,
      headers: {
        'content-type': contentTypeFor(file),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
