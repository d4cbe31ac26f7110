// The sandboxed preload: exposes exactly invoke(method, input) and on(listener) to the page, nothing else.
// It may import only 'electron' (sandboxed preloads cannot require other files), so the channel names are inlined
// by the bundler from api/envelope.ts.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { NetvaerkBridge } from './api/bridge';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from './api/envelope';
import type { ApiReply } from './api/envelope';
import type { AppEvent } from './domain/views';

const bridge = {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input) as Promise<ApiReply>,
  on: (listener: (event: AppEvent) => void) => {
    // Wrap so the page never sees the IpcRendererEvent (it carries the sender and ports).
    const forward = (_event: IpcRendererEvent, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
} satisfies NetvaerkBridge;

contextBridge.exposeInMainWorld('netvaerk', bridge);
