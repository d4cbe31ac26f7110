// Build of the three parts: main (Electron entry and the Electron-free web host), the sandboxed preload, the renderer.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = import.meta.dirname;
// Several builds can live side by side (e.g. parallel work on one machine); the app and e2e read the same variable.
const outRoot = resolve(root, process.env.NETVAERK_OUT_DIR ?? 'out');

/**
 * In `npm run dev` only: the dev server injects an inline React Refresh preamble and talks over a websocket,
 * which the page's strict CSP meta would block. Builds keep the meta exactly as written.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'netvaerk:relax-csp-for-dev-server',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*"),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(outRoot, 'main'),
      // The main side's libraries are bundled, not loaded from node_modules: resolving and compiling zod's many files
      // and docx at every start cost the web host ~150 ms of its ~500 ms to the ready line (docs/PERFORMANCE.md).
      externalizeDeps: { exclude: ['docx', 'i18next', 'immer', 'lowdb', 'marked', 'minisearch', 'papaparse', 'zod'] },
      rolldownOptions: {
        input: {
          index: resolve(root, 'src-main/index.ts'),
          // Runs with plain `node`; it shares chunks with index.js but never imports electron itself.
          'web-host': resolve(root, 'src-main/web-host.ts'),
          // Heavy exports run in this worker thread so the main event loop stays free.
          'export-worker': resolve(root, 'src-main/export/export-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(outRoot, 'preload'),
      rolldownOptions: {
        input: { preload: resolve(root, 'src-main/preload.ts') },
        // A sandboxed preload is loaded with require(); an ES module would fail to load.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    plugins: [react(), relaxCspForDevServer()],
    build: {
      outDir: resolve(outRoot, 'renderer'),
      // Less script to parse before the first screen (the pages come in chunks of their own, see layout/lazy-component.ts).
      // NETVAERK_READABLE_BUILD=1 keeps names readable for a CPU profile (docs/PERFORMANCE.md).
      minify: !process.env.NETVAERK_READABLE_BUILD,
      rolldownOptions: {
        input: resolve(root, 'src-renderer/index.html'),
      },
    },
  },
});
