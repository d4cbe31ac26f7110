// One process per folder on this device; the lock lives in the device's user-data folder and can never lock anyone
// out for ever (a dead process, another machine, or a lock without a recent heartbeat is taken over).
import { spawn } from 'node:child_process';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors';
import { folderStatePaths } from './folder-state';
import { observedFs, sampleWorkspace, systemError, tempFolder } from '../test-support/store';
import { openWorkspaceFolder, UNNAMED_DEVICE_DIR } from './workspace-folder';

/** The pid of a process that has certainly exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

const lockPathOf = async (folder: string) => (await folderStatePaths(UNNAMED_DEVICE_DIR, folder)).lock;
const lockFrom = (owner: { pid: number; hostname: string; heartbeatAt?: string }) =>
  JSON.stringify({ startedAt: '2026-01-01T00:00:00.000Z', heartbeatAt: new Date().toISOString(), token: 'old', ...owner });

describe('folder lock', () => {
  it('refuses a second opener of the same folder on the same device, which never writes', async () => {
    const folder = await tempFolder();
    const first = await openWorkspaceFolder({ folder, watch: false });
    await first.create(sampleWorkspace());
    const before = await readdir(folder);
    const second = openWorkspaceFolder({ folder, watch: false });
    await expect(second).rejects.toBeInstanceOf(AppError);
    await expect(second).rejects.toMatchObject({ code: 'workspaceLocked', params: { folder, pid: process.pid } });
    expect(await readdir(folder)).toEqual(before);
    await first.close();
  });

  it('lives on the device, not in the shared folder, says who holds it and is released on close', async () => {
    const folder = await tempFolder();
    const store = await openWorkspaceFolder({ folder, watch: false });
    expect(await readdir(folder)).toEqual([]);
    const owner = JSON.parse(await readFile(await lockPathOf(folder), 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, hostname: os.hostname() });
    await store.close();
    await expect(readFile(await lockPathOf(folder))).rejects.toMatchObject({ code: 'ENOENT' });
    const again = await openWorkspaceFolder({ folder, watch: false });
    await again.close();
  });

  it('renews its heartbeat while open', async () => {
    const folder = await tempFolder();
    const store = await openWorkspaceFolder({ folder, watch: false, heartbeatIntervalMs: 20 });
    const heartbeat = async () => Date.parse(JSON.parse(await readFile(await lockPathOf(folder), 'utf8')).heartbeatAt as string);
    const first = await heartbeat();
    await expect.poll(heartbeat, { timeout: 5_000 }).toBeGreaterThan(first);
    await store.close();
  });

  describe('a stale lock never locks anyone out', () => {
    it('takes over a lock left by a process that is no longer running', async () => {
      const folder = await tempFolder();
      await openWorkspaceFolder({ folder, watch: false }).then((store) => store.close());
      await writeFile(await lockPathOf(folder), lockFrom({ pid: await deadPid(), hostname: os.hostname() }));
      const store = await openWorkspaceFolder({ folder, watch: false });
      expect(JSON.parse(await readFile(await lockPathOf(folder), 'utf8')).pid).toBe(process.pid);
      await store.close();
    });

    it('takes over a lock from another host (a copied or roaming user-data folder), even naming a live PID', async () => {
      const folder = await tempFolder();
      await openWorkspaceFolder({ folder, watch: false }).then((store) => store.close());
      await writeFile(await lockPathOf(folder), lockFrom({ pid: process.pid, hostname: `${os.hostname()}-elsewhere` }));
      const store = await openWorkspaceFolder({ folder, watch: false });
      expect(JSON.parse(await readFile(await lockPathOf(folder), 'utf8')).hostname).toBe(os.hostname());
      await store.close();
    });

    it('takes over a lock of a live PID whose heartbeat stopped (a hung process, or the PID reused)', async () => {
      const folder = await tempFolder();
      await openWorkspaceFolder({ folder, watch: false }).then((store) => store.close());
      const lockPath = await lockPathOf(folder);
      const silent = { pid: process.pid, hostname: os.hostname() };
      await writeFile(lockPath, lockFrom({ ...silent, heartbeatAt: new Date(Date.now() - 60_000).toISOString() }));
      await expect(openWorkspaceFolder({ folder, watch: false })).rejects.toMatchObject({ code: 'workspaceLocked' });
      await writeFile(lockPath, lockFrom({ ...silent, heartbeatAt: new Date(Date.now() - 3 * 60_000).toISOString() }));
      const store = await openWorkspaceFolder({ folder, watch: false });
      await store.close();
    });

    it('ignores and leaves alone a lock an older version left in the shared folder', async () => {
      const folder = await tempFolder();
      const legacy = path.join(folder, '.netvaerk.lock');
      await writeFile(legacy, lockFrom({ pid: 1, hostname: `${os.hostname()}-elsewhere` }));
      const store = await openWorkspaceFolder({ folder, watch: false });
      await store.create(sampleWorkspace());
      await store.close();
      expect(await readdir(folder)).toContain('.netvaerk.lock');
    });
  });

  it('works where the file system has no hard links', async () => {
    const folder = await tempFolder();
    const observed = observedFs();
    const fs = { ...observed.fs, link: async () => Promise.reject(systemError('EPERM')) };
    const store = await openWorkspaceFolder({ folder, fs, watch: false });
    await expect(openWorkspaceFolder({ folder, fs, watch: false })).rejects.toMatchObject({ code: 'workspaceLocked' });
    await store.close();
    expect(await readdir(folder)).toEqual([]);
  });

  it('treats an unreadable lock as abandoned only once it is old', async () => {
    const folder = await tempFolder();
    await openWorkspaceFolder({ folder, watch: false }).then((store) => store.close());
    const lockPath = await lockPathOf(folder);
    await writeFile(lockPath, '{"pi');
    await expect(openWorkspaceFolder({ folder, watch: false })).rejects.toMatchObject({ code: 'workspaceLocked' });
    const old = new Date(Date.now() - 60_000);
    await utimes(lockPath, old, old);
    const store = await openWorkspaceFolder({ folder, watch: false });
    await store.close();
  });

  it('rejects every call after close with shuttingDown', async () => {
    const folder = await tempFolder();
    const store = await openWorkspaceFolder({ folder, watch: false });
    await store.create(sampleWorkspace());
    await store.close();
    expect(() => store.listGroups()).toThrow(expect.objectContaining({ code: 'shuttingDown' }));
    expect(() => store.get('grp-1')).toThrow(expect.objectContaining({ code: 'shuttingDown' }));
    await expect(store.update('grp-1', () => undefined)).rejects.toMatchObject({ code: 'shuttingDown' });
    await expect(store.create(sampleWorkspace('grp-2'))).rejects.toMatchObject({ code: 'shuttingDown' });
    await expect(store.listBackups('grp-1')).rejects.toMatchObject({ code: 'shuttingDown' });
    await expect(store.otherDevices()).rejects.toMatchObject({ code: 'shuttingDown' });
  });
});
