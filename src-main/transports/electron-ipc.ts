// The Electron transport: one ipcMain handler that checks the sender and calls dispatch, and events sent to the window.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from '../api/dispatch';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../api/envelope';
import type { AppEvent } from '../domain/views';
import { isTrustedSender } from './trusted-sender';

export interface ElectronIpcOptions {
  dispatch: Dispatch;
  onEvent(listener: (event: AppEvent) => void): () => void;
  window: () => BrowserWindow | null;
  /** Further windows of the app (the projector's), trusted and told of changes the same way as the main one. */
  otherWindows?: () => readonly BrowserWindow[];
  appBase: string;
  log?: (message: string) => void;
}

/** Connects the window to dispatch; returns the function that disconnects it. */
export function connectElectronIpc(options: ElectronIpcOptions): () => void {
  const openWindows = () => [options.window(), ...(options.otherWindows?.() ?? [])].filter((window): window is BrowserWindow => window !== null && !window.isDestroyed());
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const window = openWindows().find((candidate) => event.sender === candidate.webContents);
    const trusted =
      window !== undefined &&
      isTrustedSender({ senderFrame: event.senderFrame, mainFrame: window.webContents.mainFrame, appBase: options.appBase });
    if (!trusted) {
      options.log?.(`Refused an IPC call from ${event.senderFrame?.url ?? 'a closed frame'}`);
      // A foreign frame gets a rejected promise, not an envelope: it is not a client of the API.
      throw new Error('refused');
    }
    return options.dispatch(method, input);
  });
  const stopEvents = options.onEvent((appEvent) => {
    for (const window of openWindows()) window.webContents.send(IPC_EVENT_CHANNEL, appEvent);
  });
  return () => {
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
    stopEvents();
  };
}
