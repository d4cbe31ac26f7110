// Shared helpers for the store's tests: temp folders, sample workspaces, a simulated clock, an observable FsPort.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { CURRENT_SCHEMA_VERSION, emptyWorkspaceCollections, type Workspace } from '../domain/model';
import type { AppEvent } from '../domain/views';
import { folderStatePaths, type FolderStatePaths } from '../store/folder-state';
import { nodeFsPort, type FileHandlePort, type FsPort } from '../store/fs-port';
import { UNNAMED_DEVICE_DIR } from '../store/workspace-folder';

const createdFolders: string[] = [];

/** A fresh folder under the OS temp dir, removed after the test. */
export async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'netvaerk-store-'));
  createdFolders.push(folder);
  return folder;
}

afterEach(async () => {
  for (const folder of createdFolders.splice(0)) {
    // What a store opened without a device kept about this folder (lock, records) goes with it.
    await rm((await unnamedDeviceState(folder)).dir, { recursive: true, force: true });
    await rm(folder, { recursive: true, force: true });
  }
});

/** Where a store opened on `folder` without a device keeps its lock and records. */
export function unnamedDeviceState(folder: string): Promise<FolderStatePaths> {
  return folderStatePaths(UNNAMED_DEVICE_DIR, folder);
}

export function sampleWorkspace(id = 'grp-1', name = 'IT-chefer Øst'): Workspace {
  return {
    ...emptyWorkspaceCollections(),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    group: { id, name, language: 'da', archived: false, createdAt: '2026-01-05T10:00:00.000Z', description: '' },
    members: [{ id: 'm-1', name: 'Birgitte Kjær', email: '', phone: '', employments: [], notes: '' }],
  };
}

/** A clock the test moves by hand; `sleep` advances it instead of waiting. */
export function simulatedTime(start = new Date('2026-03-02T08:00:00.000Z')) {
  let now = start.getTime();
  return {
    clock: () => new Date(now),
    sleep: async (ms: number) => {
      now += ms;
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

export type FsCall = { op: string; path: string; to?: string };

/**
 * Wraps the real file system, recording every call, and lets a test make an operation fail:
 * `fail(op, (path) => error | undefined)`.
 */
export function observedFs() {
  const calls: FsCall[] = [];
  const faults = new Map<string, (target: string, to?: string) => Error | undefined>();
  const check = (op: string, target: string, to?: string) => {
    const error = faults.get(op)?.(target, to);
    if (error) throw error;
  };
  const wrapHandle = (handle: FileHandlePort, target: string): FileHandlePort => ({
    writeFile: async (data) => {
      calls.push({ op: 'write', path: target });
      check('write', target);
      await handle.writeFile(data);
    },
    writev: async (buffers) => {
      calls.push({ op: 'write', path: target });
      check('write', target);
      return handle.writev(buffers);
    },
    stat: () => handle.stat(),
    sync: async () => {
      calls.push({ op: 'sync', path: target });
      check('sync', target);
      await handle.sync();
    },
    close: async () => {
      calls.push({ op: 'close', path: target });
      await handle.close();
    },
  });
  const fs: FsPort = {
    ...nodeFsPort,
    open: async (target, flags) => {
      calls.push({ op: `open:${flags}`, path: target });
      check('open', target);
      return wrapHandle(await nodeFsPort.open(target, flags), target);
    },
    rename: async (from, to) => {
      calls.push({ op: 'rename', path: from, to });
      check('rename', from, to);
      await nodeFsPort.rename(from, to);
    },
    unlink: async (target) => {
      calls.push({ op: 'unlink', path: target });
      await nodeFsPort.unlink(target);
    },
    link: async (existing, to) => {
      calls.push({ op: 'link', path: existing, to });
      check('link', existing, to);
      await nodeFsPort.link(existing, to);
    },
    readFile: async (target) => {
      calls.push({ op: 'readFile', path: target });
      return nodeFsPort.readFile(target);
    },
  };
  return {
    fs,
    calls,
    fail: (op: string, fault: (target: string, to?: string) => Error | undefined) => faults.set(op, fault),
    heal: (op: string) => faults.delete(op),
  };
}

export function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** Collects events and lets a test await the next one that matches. */
export function eventLog() {
  const events: AppEvent[] = [];
  const waiters: Array<{ match: (event: AppEvent) => boolean; resolve: (event: AppEvent) => void }> = [];
  return {
    events,
    onEvent: (event: AppEvent) => {
      events.push(event);
      for (const waiter of [...waiters]) {
        if (waiter.match(event)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(event);
        }
      }
    },
    next: (match: (event: AppEvent) => boolean) => new Promise<AppEvent>((resolve) => waiters.push({ match, resolve })),
  };
}
