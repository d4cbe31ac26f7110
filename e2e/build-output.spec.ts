// Checks on the built files that the journeys rely on but cannot see: the sandboxed preload is CommonJS needing only
// electron, the web host's module graph never reaches electron (it runs under plain Node), and the main side's
// libraries are bundled (a start that resolves them in node_modules is ~150 ms slower).
import { readFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const outDir = path.resolve('out');

// A statement's own line (`import … from "x"`, `export … from "x"`, `import "x"`), or a call (`import("x")`,
// `require("x")`): a bundled library's text may hold "from" or "import" followed by a quote anywhere else.
const SPECIFIER_PATTERNS = [
  /^(?:import|export)\b[^;"']*?\bfrom\s*["']([^"']+)["']/gm,
  /^import\s*["']([^"']+)["']/gm,
  /\b(?:import|require)\(\s*["']([^"']+)["']\s*\)/g,
];

function importedSpecifiers(source: string): string[] {
  return SPECIFIER_PATTERNS.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!));
}

/** Every bare module the file and its relative imports load, following the chunks the bundler split off. */
async function moduleGraph(entry: string): Promise<Set<string>> {
  const bare = new Set<string>();
  const seen = new Set<string>();
  const visit = async (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of importedSpecifiers(await readFile(file, 'utf8'))) {
      if (specifier.startsWith('.')) await visit(path.resolve(path.dirname(file), specifier));
      else bare.add(specifier);
    }
  };
  await visit(entry);
  return bare;
}

test('the preload is CommonJS and requires nothing but electron', async () => {
  const source = await readFile(path.join(outDir, 'preload', 'preload.cjs'), 'utf8');
  expect(source).not.toMatch(/^\s*(import|export)\s/m);
  expect(importedSpecifiers(source)).toEqual(['electron']);
});

test('the web host never loads electron', async () => {
  const modules = await moduleGraph(path.join(outDir, 'main', 'web-host.js'));
  expect(modules.size).toBeGreaterThan(0);
  expect([...modules].filter((name) => name === 'electron' || name.startsWith('electron/'))).toEqual([]);
  // The Electron entry does load it, which proves the check can see it.
  expect(await moduleGraph(path.join(outDir, 'main', 'index.js'))).toContain('electron');
});

test('the main side takes its libraries from its own bundle: nothing but Node and electron is loaded by name', async () => {
  for (const entry of ['index.js', 'web-host.js', 'export-worker.js']) {
    const modules = await moduleGraph(path.join(outDir, 'main', entry));
    const fromNodeModules = [...modules].filter((name) => !isBuiltin(name) && name !== 'electron');
    expect(fromNodeModules, `${entry} loads these from node_modules; add them to externalizeDeps.exclude`).toEqual([]);
  }
});
