// The installer configuration (electron-builder.json) cannot be exercised here: `npm run dist` needs the Electron
// binary, which CI cannot download. So it is checked: against electron-builder's own schema, and for what issue 6
// requires of it — the three platforms' targets, the fuses, the files the app loads at run time, the app id and icon.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const config = JSON.parse(readFileSync(path.join(root, 'electron-builder.json'), 'utf8'));
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const require = createRequire(import.meta.url);

type Validate = (config: unknown, logger: unknown) => Promise<void>;
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as { validateConfiguration: Validate };
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const targetsOf = (platform: { target: Array<string | { target: string }> }) =>
  platform.target.map((target) => (typeof target === 'string' ? target : target.target));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.json', () => {
  it("passes electron-builder's own schema validation, which refuses a misspelt key", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } };
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  });

  it('builds NSIS for Windows, dmg for macOS, AppImage and deb for Linux', () => {
    expect(targetsOf(config.win)).toEqual(['nsis']);
    expect(targetsOf(config.mac)).toEqual(['dmg']);
    expect(targetsOf(config.linux).sort()).toEqual(['AppImage', 'deb']);
  });

  it('sets the fuses: no run-as-node, NODE_OPTIONS or inspect flags; ASAR integrity and ASAR-only; encrypted cookies', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      // The app serves its pages over app://, so file:// needs no extra powers.
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs what the app loads at run time: main, preload, renderer, the window icon and package.json', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', 'resources/icon.png', 'package.json']));
    expect(packageJson.main).toBe('./out/main/index.js');
    // index.ts opens the icon at ../../resources/icon.png from out/main.
    expect(path.posix.join('out/main', '../../resources/icon.png')).toBe('resources/icon.png');
  });

  it('has a reverse-DNS app id, the product name of package.json and a 512×512 icon from resources/', () => {
    expect(config.appId).toMatch(/^[a-z][a-z0-9]*(\.[a-z][a-z0-9-]*){2,}$/);
    expect(config.productName).toBe(packageJson.productName);
    expect(config.directories.buildResources).toBe('resources');
    for (const platform of [config.win, config.mac, config.linux]) {
      expect(platform.icon).toBe('resources/icon.png');
    }
    const size = pngSize(path.join(root, config.linux.icon));
    expect(size.width).toBeGreaterThanOrEqual(512);
    expect(size.height).toBe(size.width);
  });

  it('is what `npm run dist` builds with, after building the app', () => {
    expect(packageJson.scripts.dist).toBe('electron-vite build && electron-builder --config electron-builder.json');
    expect(packageJson.devDependencies['electron-builder']).toBeDefined();
  });
});
