// Disk faults at the store's file-system port (issue 6): a read-only folder, a rename held for longer than the retry
// window, a full disk at fsync, a full disk while creating a group. Every time: the user sees it, the data stays in
// memory, nothing on disk is truncated, and the store's own retry saves it once the disk lets it.
// (chmod cannot make a folder read-only for root, and CI may run as root, so the refusals are injected at the port.)
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceSchema } from '../domain/model';
import type { SaveState } from '../domain/views';
import { eventLog, observedFs, sampleWorkspace, simulatedTime, systemError, tempFolder } from '../test-support/store';
import { openWorkspaceFolder } from './workspace-folder';

async function onDisk(folder: string, fileName: string) {
  return workspaceSchema.parse(JSON.parse(await readFile(path.join(folder, fileName), 'utf8')));
}

async function leftoverTempFiles(folder: string) {
  return (await readdir(folder)).filter((name) => name.endsWith('.tmp'));
}

function saveStates(log: ReturnType<typeof eventLog>): SaveState['kind'][] {
  return log.events.flatMap((event) => (event.type === 'saveState' ? [event.state.kind] : []));
}

/** A store on a folder with one group, on an observable port, retrying failed saves every 20 ms. */
async function storeWithGroup(extra: Partial<Parameters<typeof openWorkspaceFolder>[0]> = {}) {
  const folder = await tempFolder();
  const observed = observedFs();
  const log = eventLog();
  const store = await openWorkspaceFolder({ folder, fs: observed.fs, onEvent: log.onEvent, watch: false, saveRetryIntervalMs: 20, ...extra });
  const { fileName } = await store.create(sampleWorkspace());
  const before = await readFile(path.join(folder, fileName));
  return { folder, observed, log, store, fileName, before };
}

describe('a read-only folder', () => {
  it('is refused at open with a clear error, and nothing is written there', async () => {
    const folder = await tempFolder();
    const observed = observedFs();
    observed.fail('open', () => systemError('EROFS'));
    await expect(openWorkspaceFolder({ folder, fs: observed.fs, watch: false })).rejects.toMatchObject({
      code: 'folderNotUsable',
      params: { reason: 'EROFS' },
    });
    expect(await readdir(folder)).toEqual([]);
  });

  it('that turns read-only while open: the save fails visibly, the data stays in memory, and is saved once writable', async () => {
    const { folder, observed, log, store, fileName, before } = await storeWithGroup();
    observed.fail('open', (target) => (target.endsWith('.tmp') ? systemError('EROFS') : undefined));
    const failed = log.next((event) => event.type === 'saveState' && event.state.kind === 'failed');
    await expect(
      store.update('grp-1', (draft) => {
        draft.group.description = 'written on a read-only disk';
      }),
    ).rejects.toMatchObject({ code: 'saveFailed', params: { code: 'EROFS' } });
    await failed;
    expect(store.saveState()).toEqual({ kind: 'failed', code: 'EROFS' });
    expect(store.get('grp-1').group.description).toBe('written on a read-only disk');
    expect(await readFile(path.join(folder, fileName))).toEqual(before);

    const saved = log.next((event) => event.type === 'saveState' && event.state.kind === 'saved');
    observed.heal('open');
    await saved;
    expect((await onDisk(folder, fileName)).group.description).toBe('written on a read-only disk');
    expect(await leftoverTempFiles(folder)).toEqual([]);
    await store.close();
  });
});

describe('a rename held by another program for longer than the retry window', () => {
  it('shows retrying, then failed; keeps the data in memory and the old file whole; saves it when the hold ends', async () => {
    const time = simulatedTime();
    const { folder, observed, log, store, fileName, before } = await storeWithGroup({ ...time, renameRetryWindowMs: 60_000 });
    const target = path.join(folder, fileName);
    let held = true;
    observed.fail('rename', (_from, to) => (held && to === target ? systemError('EBUSY') : undefined));
    const startedAt = time.clock().getTime();
    const failed = log.next((event) => event.type === 'saveState' && event.state.kind === 'failed');

    await expect(
      store.update('grp-1', (draft) => {
        draft.group.description = 'held by the antivirus';
      }),
    ).rejects.toMatchObject({ code: 'saveFailed', params: { code: 'EBUSY' } });
    await failed;
    // The whole window was tried (simulated time), not given up early.
    expect(time.clock().getTime() - startedAt).toBeGreaterThanOrEqual(60_000);
    expect(saveStates(log).slice(-3)).toEqual(['saving', 'retrying', 'failed']);
    expect(store.saveState()).toEqual({ kind: 'failed', code: 'EBUSY' });
    expect(store.get('grp-1').group.description).toBe('held by the antivirus');
    expect(await readFile(target)).toEqual(before);
    expect(await leftoverTempFiles(folder)).toEqual([]);

    // A later change made while the file is still held is not lost either.
    await expect(
      store.update('grp-1', (draft) => {
        draft.members.push({ id: 'm-2', name: 'Jens Lund', email: '', phone: '', employments: [], notes: '' });
      }),
    ).rejects.toMatchObject({ code: 'saveFailed' });

    const saved = log.next((event) => event.type === 'saveState' && event.state.kind === 'saved');
    held = false;
    await saved; // the store's own retry; no further update needed
    const written = await onDisk(folder, fileName);
    expect(written.group.description).toBe('held by the antivirus');
    expect(written.members.map((member) => member.id)).toEqual(['m-1', 'm-2']);
    expect(await leftoverTempFiles(folder)).toEqual([]);
    await store.close();
  });
});

describe('a full disk', () => {
  it('reported at fsync (delayed allocation): the old file is intact and the change is saved once space is back', async () => {
    const { folder, observed, log, store, fileName, before } = await storeWithGroup();
    observed.fail('sync', (target) => (target.endsWith('.tmp') ? systemError('ENOSPC') : undefined));
    await expect(
      store.update('grp-1', (draft) => {
        draft.group.description = 'kept while the disk is full';
      }),
    ).rejects.toMatchObject({ code: 'saveFailed', params: { code: 'ENOSPC' } });
    expect(store.saveState()).toEqual({ kind: 'failed', code: 'ENOSPC' });
    expect(await readFile(path.join(folder, fileName))).toEqual(before);
    expect(await leftoverTempFiles(folder)).toEqual([]);

    const saved = log.next((event) => event.type === 'saveState' && event.state.kind === 'saved');
    observed.heal('sync');
    await saved;
    expect((await onDisk(folder, fileName)).group.description).toBe('kept while the disk is full');
    await store.close();
  });

  it('while creating a group: the group is kept in memory, listed, and its file written once space is back', async () => {
    const folder = await tempFolder();
    const observed = observedFs();
    const log = eventLog();
    const store = await openWorkspaceFolder({ folder, fs: observed.fs, onEvent: log.onEvent, watch: false, saveRetryIntervalMs: 20 });
    observed.fail('write', () => systemError('ENOSPC'));
    await expect(store.create(sampleWorkspace('grp-new', 'Ny gruppe'))).rejects.toMatchObject({
      code: 'saveFailed',
      params: { code: 'ENOSPC' },
    });
    expect(store.listGroups().map((group) => group.id)).toEqual(['grp-new']);
    expect((await readdir(folder)).filter((name) => name.endsWith('.json') || name.endsWith('.tmp'))).toEqual([]);

    const saved = log.next((event) => event.type === 'saveState' && event.state.kind === 'saved');
    observed.heal('write');
    await saved;
    expect((await onDisk(folder, 'ny-gruppe.json')).group.id).toBe('grp-new');
    await store.close();
  });

  it('close with a write still failing keeps the old file whole and leaves no temp file behind', async () => {
    const { folder, observed, store, fileName, before } = await storeWithGroup();
    observed.fail('write', () => systemError('ENOSPC'));
    const pending = expect(
      store.update('grp-1', (draft) => {
        draft.group.description = 'never reached the disk';
      }),
    ).rejects.toMatchObject({ code: 'saveFailed' });
    await store.close();
    await pending;
    expect(await readFile(path.join(folder, fileName))).toEqual(before);
    expect(await readdir(folder)).not.toContain('.netvaerk.lock');
    expect(await leftoverTempFiles(folder)).toEqual([]);
  });
});
