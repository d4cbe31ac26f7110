// Boots the main process's services in order (settings → workspaces folder → handlers) and shuts them down in reverse.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { contract, isMethodName } from '../api/contract';
import { createDispatch, type Dispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import type { HandlerContext } from '../api/handlers/context';
import { AppError } from '../domain/errors';
import type { AppEvent } from '../domain/views';
import type { ApiReply } from '../api/envelope';
import type { Host } from '../host/host';
import { openAppSettings } from '../store/app-settings';
import { defaultDeviceName } from '../store/device-identity';
import type { WorkspaceStore } from '../store/types';
import { claimWorkspaceFolder, openWorkspaceFolder } from '../store/workspace-folder';
import { inlineExportRunner, workerExportRunner } from '../export/export-runner';
import { createWorkspaceSearch } from '../search/workspace-search';

export interface AppServicesOptions {
  userDataDir: string;
  /** Set by tests and the e2e fixture: this folder wins over the user's saved choice. */
  workspacesFolderOverride?: string;
  host: Host;
  log?: (message: string, error?: unknown) => void;
  now?: () => Date;
  /** The built export worker (out/main/export-worker.js); without it, exports run inline (unit tests). */
  exportWorkerFile?: string;
  /** The name other devices see; wins over the settings and the OS user name (tests simulating two people). */
  deviceName?: string;
}

export interface AppServices {
  /**
   * Settles once the folder's groups are read; rejects (with an AppError) if they cannot be. Calls made before wait for
   * it, so a host can show its window while the groups are still being read.
   */
  opened: Promise<void>;
  dispatch: Dispatch;
  onEvent(listener: (event: AppEvent) => void): () => void;
  folder(): string;
  shutdown(): Promise<void>;
}

export function defaultWorkspacesFolder(userDataDir: string): string {
  return path.join(userDataDir, 'workspaces');
}

/** Ids are short and file-name safe; uuids without dashes fit the model's entity id rule. */
function newId(): string {
  return randomUUID().replaceAll('-', '');
}

export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const listeners = new Set<(event: AppEvent) => void>();
  // The search index follows every save, just after the views hear of it (see search/workspace-search.ts).
  const search = createWorkspaceSearch(() => store());
  const emit = (event: AppEvent) => {
    search.handle(event);
    for (const listener of listeners) listener(event);
  };
  const settings = await openAppSettings(options.userDataDir);
  const initialFolder =
    options.workspacesFolderOverride ?? settings.get().workspacesFolder ?? defaultWorkspacesFolder(options.userDataDir);
  // This installation as other devices see it; the lock and the per-device records live in its user-data folder.
  // The name is read at every heartbeat, so a name changed in the settings reaches the other devices within 30 s.
  const device = () => ({
    userDataDir: options.userDataDir,
    get name() {
      return options.deviceName ?? settings.get().displayName ?? defaultDeviceName();
    },
  });
  // Locked here, so a folder in use elsewhere fails the start; read while the host loads its page.
  const claimed = await claimWorkspaceFolder({ folder: initialFolder, onEvent: emit, device: device() });
  let current: WorkspaceStore | null = null;
  const opened = claimed.opened.then((store) => {
    current = store;
  });
  // A folder that could not be read answers every call with why, as a failed start would have.
  let readFailure: ApiReply | null = null;
  const whenOpened = opened.then(
    () => undefined,
    (error: unknown) => {
      readFailure = { ok: false, error: error instanceof AppError ? { code: error.code, params: error.params } : { code: 'internal' } };
    },
  );
  // Only handlers use the store. Every call waits for all groups to be read, except those that need less of them
  // (the contract's needsAtStart): the store answers them while it reads the others.
  const store = (): WorkspaceStore => current ?? claimed.early.store;
  const startGate = (method: unknown, input: unknown): Promise<void> | null => {
    if (current || readFailure || !isMethodName(method)) return null;
    const needs = contract[method].needsAtStart;
    if (needs === 'groupList') return claimed.early.listed();
    const groupId = (input as { groupId?: unknown } | null)?.groupId;
    if (needs === 'ownGroup' && typeof groupId === 'string') return claimed.early.groupOpened(groupId);
    return null;
  };
  const exports = options.exportWorkerFile ? workerExportRunner(options.exportWorkerFile) : inlineExportRunner();

  const context: HandlerContext = {
    store,
    settings,
    host: options.host,
    exports,
    search,
    newId,
    now: options.now ?? (() => new Date()),
    changeFolder: async (folder) => {
      // Open the new folder first: if it is locked or unusable, the facilitator keeps working in the old one.
      const next = await openWorkspaceFolder({ folder, onEvent: emit, device: device() });
      const previous = store();
      current = next;
      await previous.close();
      emit({ type: 'groupsChanged' });
      emit({ type: 'problemsChanged' });
    },
  };

  const dispatchToHandlers = createDispatch(createHandlers(context), {
    onUnexpectedError: (method, error) => options.log?.(`Unexpected error in ${method}`, error),
  });
  let shuttingDown: Promise<void> | null = null;
  // Calls already accepted when shutdown starts (e.g. the window's last autosave) finish before the store closes.
  const inFlight = new Set<Promise<unknown>>();

  return {
    opened,
    // Once shutdown starts no new work is accepted, so nothing lands after the final flush.
    dispatch: (method, input) => {
      if (shuttingDown) return Promise.resolve({ ok: false, error: { code: 'shuttingDown' } });
      const gate = startGate(method, input);
      // The store's early promises never settle if reading fails; `whenOpened` then settles with the reason.
      const ready = gate ? Promise.race([gate, whenOpened]) : whenOpened;
      const reply = ready.then(() => readFailure ?? dispatchToHandlers(method, input));
      inFlight.add(reply);
      void reply.finally(() => inFlight.delete(reply));
      return reply;
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    folder: () => current?.folder ?? claimed.folder,
    shutdown: () => {
      // A store that failed to open has closed itself and released the lock.
      shuttingDown ??= Promise.allSettled([opened, ...inFlight])
        .then(() => Promise.all([current?.close(), exports.close()]))
        .then(() => undefined)
        .finally(() => listeners.clear());
      return shuttingDown;
    },
  };
}
