// Transport over the preload bridge that Electron exposes as `window.netvaerk`.
import type { NetvaerkBridge } from '../../../src-main/api/bridge';
import type { ApiTransport } from '../api-client';

declare global {
  interface Window {
    /** Present only inside the Electron window; the web host build runs without it. */
    netvaerk?: NetvaerkBridge;
  }
}

export function createElectronTransport(bridge: NetvaerkBridge): ApiTransport {
  return {
    invoke: (method, input) => bridge.invoke(method, input),
    on: (listener) => bridge.on(listener),
  };
}
