// Picks the transport once at start: the Electron bridge when the preload put one on `window`, else the web host.
import type { ApiTransport } from '../api-client';
import { createElectronTransport } from './electron-transport';
import { takeSessionToken } from './web-session-token';
import { createWebTransport } from './web-transport';

export function chooseTransport(win: Window): ApiTransport {
  if (win.netvaerk) return createElectronTransport(win.netvaerk);
  const token = takeSessionToken({ location: win.location, storage: win.sessionStorage, history: win.history });
  return createWebTransport({ token });
}
