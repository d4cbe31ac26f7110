// Where the Electron binary is missing (CI), the entry cannot be started; this reads src-main/index.ts and checks that
// the guards the unit tests cover are actually wired in: permissions denied, every web contents guarded, the CSP sent,
// windows built only by the options factory, no file:// pages, IPC through the sender-checking transport.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const entry = readFileSync(new URL('../index.ts', import.meta.url), 'utf8');
const preload = readFileSync(new URL('../preload.ts', import.meta.url), 'utf8');

describe('the Electron entry wires every guard', () => {
  it('denies all permission requests on the default session', () => {
    expect(entry).toMatch(/denyAllPermissions\(session\.defaultSession\)/);
  });

  it('guards every web contents as it is created (navigation, new windows, webviews)', () => {
    expect(entry).toMatch(/app\.on\('web-contents-created',[\s\S]{0,120}guardWebContents\(contents/);
  });

  it('sends the Content-Security-Policy on every response of the packaged app', () => {
    expect(entry).toMatch(/onHeadersReceived[\s\S]{0,200}'Content-Security-Policy': \[CONTENT_SECURITY_POLICY\]/);
  });

  it('builds windows only through createWindowOptions, and never loads file:// pages', () => {
    expect(entry.match(/new BrowserWindow\(/g)).toHaveLength(1);
    expect(entry).toMatch(/new BrowserWindow\(\s*createWindowOptions\(/);
    expect(entry).not.toMatch(/loadFile\(|file:\/\//);
    expect(entry).toMatch(/registerAppScheme\(\)/);
    expect(entry).toMatch(/serveRendererOverAppScheme\(/);
  });

  it('holds the single-instance lock and talks IPC only through the sender-checking transport', () => {
    expect(entry).toMatch(/app\.requestSingleInstanceLock\(\)/);
    expect(entry).toMatch(/connectElectronIpc\(/);
    expect(entry).not.toMatch(/ipcMain\./);
  });

  it('the preload exposes one narrow bridge through contextBridge and nothing of Node', () => {
    expect(preload.match(/contextBridge\.exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).not.toMatch(/from 'node:|require\(|process\./);
  });
});
