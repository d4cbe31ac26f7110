// Request paths map into the renderer folder and never out of it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, isSpaRoute, resolveStaticPath } from './static-files';

const root = path.resolve('/srv/renderer');

describe('resolveStaticPath', () => {
  it('maps paths inside the folder and / to index.html', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app-1a2b.js')).toBe(path.join(root, 'assets', 'app-1a2b.js'));
    expect(resolveStaticPath(root, '/fonts/Inter%20Var.woff2')).toBe(path.join(root, 'fonts', 'Inter Var.woff2'));
  });

  it('refuses traversal, encoded separators, NUL bytes and broken escapes', () => {
    for (const attempt of ['/../etc/passwd', '/assets/../../x', '/..%2f..%2fx', '/%2e%2e/x', '/..%5cx', '/a\\..\\..\\x', '/x%00.js', '/%E0%A4%A']) {
      expect(resolveStaticPath(root, attempt), attempt).toBeNull();
    }
  });
});

describe('contentTypeFor and isSpaRoute', () => {
  it('names the types the renderer ships', () => {
    expect(contentTypeFor('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a/x.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a/x.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a/x.unknown')).toBe('application/octet-stream');
  });

  it('treats extension-less paths as client routes', () => {
    expect(isSpaRoute('/groups/abc')).toBe(true);
    expect(isSpaRoute('/assets/x.js')).toBe(false);
  });
});
