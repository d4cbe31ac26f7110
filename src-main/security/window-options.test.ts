// The window's security switches are fixed, whatever else changes.
import { describe, expect, it } from 'vitest';
import { createWindowOptions } from './window-options';

describe('createWindowOptions', () => {
  it('keeps isolation, the sandbox and web security on, and Node off', () => {
    const options = createWindowOptions({ preloadPath: '/app/out/preload/preload.cjs', title: 'Netværk' });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(options.show).toBe(false);
    expect(options.title).toBe('Netværk');
  });
});
