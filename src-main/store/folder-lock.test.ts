import { spawn } from 'node:child_process';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors';
import { LOCK_FILE_NAME } from './folder-lock';
import { observedFs, sampleWorkspace, systemError, tempFolder } from './test-support';
import { openWorkspaceFolder } from './workspace-folder';

/** The pid of a process that has certainly exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('folder lock', () => {
  it('refuses a second opener of the same folder, which never writes', async () => {
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

  it('writes who holds it and releases it on close', async () => {
    const folder = await tempFolder();
    const store = await openWorkspaceFolder({ folder, watch: false });
    const owner = JSON.parse(await readFile(path.join(folder, LOCK_FILE_NAME), 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, hostname: os.hostname() });
    await store.close();
    expect(await readdir(folder)).not.toContain(LOCK_FILE_NAME);
    const again = await openWorkspaceFolder({ folder, watch: false });
    await again.close();
  });

  it('takes over a lock left by a process that is no longer running', async () => {
    const folder = await tempFolder();
    const pid = await deadPid();
    const stale = { pid, hostname: os.hostname(), startedAt: '2026-01-01T00:00:00.000Z' };
    await writeFile(path.join(folder, LOCK_FILE_NAME), JSON.stringify(stale));
    const store = await openWorkspaceFolder({ folder, watch: false });
    const owner = JSON.parse(await readFile(path.join(folder, LOCK_FILE_NAME), 'utf8'));
    expect(owner.pid).toBe(process.pid);
    await store.close();
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
    const lockPath = path.join(folder, LOCK_FILE_NAME);
    await writeFile(lockPath, '{"pi');
    await expect(openWorkspaceFolder({ folder, watch: false })).rejects.toMatchObject({ code: 'workspaceLocked' });
    const old = new Date(Date.now() - 60_000);
    await utimes(lockPath, old, old);
    const store = await openWorkspaceFolder({ folder, watch: false });
    await store.close();
  });

  it('does not take over a live lock from another machine', async () => {
    const folder = await tempFolder();
    const other = { pid: 1, hostname: `${os.hostname()}-elsewhere`, startedAt: '2026-01-01T00:00:00.000Z' };
    await writeFile(path.join(folder, LOCK_FILE_NAME), JSON.stringify(other));
    await expect(openWorkspaceFolder({ folder, watch: false })).rejects.toMatchObject({ code: 'workspaceLocked' });
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
  });
});
