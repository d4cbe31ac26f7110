// Checks on the built files that the journeys rely on but cannot see: the sandboxed preload is CommonJS needing only
// electron, and the web host's module graph never reaches electron (it runs under plain Node).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const outDir = path.resolve('out');

function importedSpecifiers(source: string): string[] {
  const found = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g)];
  return found.map((match) => match[1]!);
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
