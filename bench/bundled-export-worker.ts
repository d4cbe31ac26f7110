// The app's export worker bundled to plain JavaScript, as electron-vite builds it, so the benchmark runs the real thing.
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../src-main/export/export-worker.ts', import.meta.url));

export async function bundledExportWorker(): Promise<{ file: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'netvaerk-export-worker-'));
  const file = path.join(dir, 'export-worker.mjs');
  await build({
    entryPoints: [ENTRY],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  return { file, dispose: () => rm(dir, { recursive: true, force: true }) };
}
