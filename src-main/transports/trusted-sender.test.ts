// The IPC sender check: only our window's main frame, showing our app, may call the API.
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../security/app-origin';
import { isTrustedSender } from './trusted-sender';

const appBase = APP_ENTRY_URL;

describe('isTrustedSender', () => {
  it('accepts the main frame of our window on an app:// page', () => {
    const mainFrame = { url: 'app://netvaerk/index.html#/groups' };
    expect(isTrustedSender({ senderFrame: mainFrame, mainFrame, appBase })).toBe(true);
  });

  it('refuses a sub-frame even when it shows an app URL', () => {
    const mainFrame = { url: 'app://netvaerk/index.html' };
    const subFrame = { url: 'app://netvaerk/index.html' };
    expect(isTrustedSender({ senderFrame: subFrame, mainFrame, appBase })).toBe(false);
  });

  it('refuses the main frame once it shows a foreign page', () => {
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'app://user@netvaerk/', 'about:blank', 'not a url']) {
      const mainFrame = { url };
      expect(isTrustedSender({ senderFrame: mainFrame, mainFrame, appBase }), url).toBe(false);
    }
  });

  it('refuses when the frame or the window is gone', () => {
    const frame = { url: 'app://netvaerk/index.html' };
    expect(isTrustedSender({ senderFrame: null, mainFrame: frame, appBase })).toBe(false);
    expect(isTrustedSender({ senderFrame: frame, mainFrame: null, appBase })).toBe(false);
  });

  it('accepts the dev server origin in development and nothing on another port', () => {
    const devBase = 'http://localhost:5173/';
    const frame = { url: 'http://localhost:5173/#/groups' };
    expect(isTrustedSender({ senderFrame: frame, mainFrame: frame, appBase: devBase })).toBe(true);
    const otherPort = { url: 'http://localhost:5174/' };
    expect(isTrustedSender({ senderFrame: otherPort, mainFrame: otherPort, appBase: devBase })).toBe(false);
  });
});
