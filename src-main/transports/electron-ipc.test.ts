// The IPC adapter with a fake ipcMain: trusted calls reach dispatch, foreign frames are refused, events reach the window.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../api/dispatch';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../api/envelope';
import type { AppEvent } from '../domain/views';
import { APP_ENTRY_URL } from '../security/app-origin';

type InvokeHandler = (event: unknown, method: unknown, input: unknown) => Promise<unknown>;
const handlers = new Map<string, InvokeHandler>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: InvokeHandler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { connectElectronIpc } = await import('./electron-ipc');

function fakeWindow(url: string) {
  const mainFrame = { url };
  const webContents = { mainFrame, send: vi.fn() };
  return { webContents, isDestroyed: () => false };
}

describe('connectElectronIpc', () => {
  let listeners: Set<(event: AppEvent) => void>;
  let dispatch: ReturnType<typeof vi.fn<Dispatch>>;

  beforeEach(() => {
    handlers.clear();
    listeners = new Set();
    dispatch = vi.fn<Dispatch>(async () => ({ ok: true, result: 'done' }));
  });

  function connect(window: ReturnType<typeof fakeWindow> | null, others: ReturnType<typeof fakeWindow>[] = []) {
    return connectElectronIpc({
      otherWindows: () => others as never,
      dispatch,
      onEvent: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      window: () => window as never,
      appBase: APP_ENTRY_URL,
    });
  }

  it('passes calls from our main frame to dispatch', async () => {
    const window = fakeWindow('app://netvaerk/index.html');
    connect(window);
    const reply = await handlers.get(IPC_INVOKE_CHANNEL)?.({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, 'groups.list', {});
    expect(reply).toEqual({ ok: true, result: 'done' });
    expect(dispatch).toHaveBeenCalledWith('groups.list', {});
  });

  it('refuses a sub-frame, another web contents, a foreign page and a closed window, without dispatching', async () => {
    const window = fakeWindow('app://netvaerk/index.html');
    connect(window);
    const invoke = handlers.get(IPC_INVOKE_CHANNEL)!;
    await expect(invoke({ sender: window.webContents, senderFrame: { url: 'app://netvaerk/index.html' } }, 'groups.list', {})).rejects.toThrow();
    await expect(invoke({ sender: {}, senderFrame: window.webContents.mainFrame }, 'groups.list', {})).rejects.toThrow();
    await expect(invoke({ sender: window.webContents, senderFrame: null }, 'groups.list', {})).rejects.toThrow();

    const foreign = fakeWindow('https://evil.example/');
    handlers.clear();
    connect(foreign);
    await expect(handlers.get(IPC_INVOKE_CHANNEL)!({ sender: foreign.webContents, senderFrame: foreign.webContents.mainFrame }, 'groups.list', {})).rejects.toThrow();

    handlers.clear();
    connect(null);
    await expect(handlers.get(IPC_INVOKE_CHANNEL)!({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, 'groups.list', {})).rejects.toThrow();
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('forwards events to the window and stops on disconnect', () => {
    const window = fakeWindow('app://netvaerk/index.html');
    const disconnect = connect(window);
    for (const listener of listeners) listener({ type: 'groupsChanged' });
    expect(window.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, { type: 'groupsChanged' });
    disconnect();
    expect(listeners.size).toBe(0);
    expect(handlers.has(IPC_INVOKE_CHANNEL)).toBe(false);
  });

  it("trusts the projector's window like the main one and tells it of changes too", async () => {
    const main = fakeWindow('app://netvaerk/index.html');
    const projector = fakeWindow('app://netvaerk/index.html#/present/g/m');
    connect(main, [projector]);
    const reply = await handlers.get(IPC_INVOKE_CHANNEL)!({ sender: projector.webContents, senderFrame: projector.webContents.mainFrame }, 'live.presenter', {});
    expect(reply).toEqual({ ok: true, result: 'done' });
    for (const listener of listeners) listener({ type: 'groupsChanged' });
    expect(projector.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, { type: 'groupsChanged' });
    expect(main.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, { type: 'groupsChanged' });
  });
});
