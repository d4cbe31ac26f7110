import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backupsToPrune, type DatedBackup } from './backup-retention';
import { workspaceSchema } from '../domain/model';
import { observedFs, sampleWorkspace, simulatedTime, systemError, tempFolder } from '../test-support/store';
import type { FsPort } from './fs-port';
import type { WorkspaceStore } from './types';
import { openWorkspaceFolder } from './workspace-folder';
import type * as workspaceCodec from './workspace-codec';
import { decodeWorkspaceInSlices } from './workspace-codec';

// Passed through, so a test can see whether a snapshot was validated or taken as validated before.
vi.mock('./workspace-codec', async (actual) => {
  const codec = await actual<typeof workspaceCodec>();
  return { ...codec, decodeWorkspaceInSlices: vi.fn(codec.decodeWorkspaceInSlices) };
});

const HOUR = 3_600_000;

/** A store opened on a folder holding one group file with the given text. */
async function storeOpenedOn(fileText: string): Promise<WorkspaceStore> {
  const folder = await tempFolder();
  await writeFile(path.join(folder, 'it-chefer-ost.json'), fileText);
  return openWorkspaceFolder({ folder, watch: false });
}

/** Edits the group, restores the snapshot taken when it was opened, and says how that snapshot was decoded. */
async function restoreOpenSnapshotAfterAnEdit(store: WorkspaceStore): Promise<unknown[]> {
  const [opened] = await store.listBackups('grp-1');
  expect(opened!.id).toMatch(/-open\.json$/);
  await store.update('grp-1', (draft) => {
    draft.group.description = 'later';
  });
  vi.mocked(decodeWorkspaceInSlices).mockClear();
  await store.restoreBackup('grp-1', opened!.id);
  return vi.mocked(decodeWorkspaceInSlices).mock.calls.map(([, options]) => options);
}
const DAY = 24 * HOUR;

/**
 * A new group saved as "version B" after its first snapshot; `snapshotBeforeRestore` restores that first snapshot and
 * returns the snapshot the restore took of version B, with the description the group holds afterwards.
 */
async function restoreAfterVersionB(fs?: FsPort) {
  const folder = await tempFolder();
  const store = await openWorkspaceFolder({ folder, watch: false, ...(fs ? { fs } : {}) });
  const { fileName } = await store.create(sampleWorkspace());
  const [first] = await store.listBackups('grp-1');
  await store.update('grp-1', (draft) => {
    draft.group.description = 'version B';
  });
  const groupFile = { path: path.join(folder, fileName), textBefore: await readFile(path.join(folder, fileName), 'utf8') };
  const snapshotBeforeRestore = async () => {
    await store.restoreBackup('grp-1', first!.id);
    const id = (await store.listBackups('grp-1')).find((backup) => backup.id.endsWith('-pre-restore.json'))!.id;
    const file = path.join(folder, '.backups', 'grp-1', id);
    return { pre: { id, stat: await stat(file), text: await readFile(file, 'utf8') }, restored: store.get('grp-1').group.description };
  };
  return { store, groupFile, snapshotBeforeRestore };
}

describe('backups', () => {
  it('snapshots on open and at most every interval while editing, and lists them newest first', async () => {
    const folder = await tempFolder();
    const time = simulatedTime();
    const store = await openWorkspaceFolder({ folder, watch: false, clock: time.clock, backupIntervalMs: 15 * 60_000 });
    await store.create(sampleWorkspace());
    expect(await store.listBackups('grp-1')).toHaveLength(1); // the first save of a new group
    for (let minute = 0; minute < 40; minute += 1) {
      time.advance(60_000);
      await store.update('grp-1', (draft) => {
        draft.group.description = `minute ${minute}`;
      });
    }
    const listed = await store.listBackups('grp-1');
    expect(listed).toHaveLength(3); // 0, 15 and 30 minutes
    expect(listed[0]).toMatchObject({ groupId: 'grp-1', groupName: 'IT-chefer Øst' });
    expect(listed.map((backup) => backup.createdAt)).toEqual([...listed.map((backup) => backup.createdAt)].sort().reverse());
    await store.close();

    const reopened = await openWorkspaceFolder({ folder, watch: false, clock: time.clock });
    expect(await reopened.listBackups('grp-1')).toHaveLength(4); // + the snapshot on open
    await reopened.close();
  });

  it('restores a backup, and the restore itself can be undone', async () => {
    const folder = await tempFolder();
    const time = simulatedTime();
    const store = await openWorkspaceFolder({ folder, watch: false, clock: time.clock, backupIntervalMs: 1000 });
    const { fileName } = await store.create(sampleWorkspace());
    time.advance(2000);
    await store.update('grp-1', (draft) => {
      draft.group.description = 'version A';
    });
    time.advance(2000);
    await store.update('grp-1', (draft) => {
      draft.group.description = 'version B';
    });
    const versionA = (await store.listBackups('grp-1')).find((backup) => backup.createdAt === '2026-03-02T08:00:02.000Z');
    expect(versionA).toBeDefined();

    time.advance(1);
    await store.restoreBackup('grp-1', versionA!.id);
    expect(store.get('grp-1').group.description).toBe('version A');
    expect(JSON.parse(await readFile(path.join(folder, fileName), 'utf8')).group.description).toBe('version A');

    const undo = (await store.listBackups('grp-1')).find((backup) => backup.id.endsWith('-pre-restore.json'));
    await store.restoreBackup('grp-1', undo!.id);
    expect(store.get('grp-1').group.description).toBe('version B');
    await expect(store.restoreBackup('grp-1', 'nope.json')).rejects.toMatchObject({ code: 'backupNotFound' });
    await expect(store.restoreBackup('grp-1', '../../x.json')).rejects.toMatchObject({ code: 'backupNotFound' });
    await store.close();
  });

  it("keeps the state before a restore as the group's last write itself, which the restore's write then leaves alone", async () => {
    const { store, groupFile, snapshotBeforeRestore } = await restoreAfterVersionB();
    const before = await stat(groupFile.path);
    const { pre, restored } = await snapshotBeforeRestore();
    // The very file the store wrote for version B, and no longer shared with the group's file once the restore wrote it.
    expect(pre.stat.ino).toBe(before.ino);
    expect((await stat(groupFile.path)).ino).not.toBe(before.ino);
    expect(pre.stat.nlink).toBe(1);
    expect(pre.text).toBe(groupFile.textBefore);
    expect(restored).toBe('');
    await store.restoreBackup('grp-1', pre.id);
    expect(store.get('grp-1').group.description).toBe('version B');
    await store.close();
  });

  it('writes the state before a restore when the folder takes no hard links, or the file is no longer its own', async () => {
    for (const obstacle of ['no hard links', 'file touched'] as const) {
      const observed = observedFs();
      if (obstacle === 'no hard links') observed.fail('link', () => systemError('EPERM'));
      const { store, groupFile, snapshotBeforeRestore } = await restoreAfterVersionB(observed.fs);
      // Someone else's program touched the file: its stamp changed, so it is not taken on trust as the store's version.
      if (obstacle === 'file touched') await utimes(groupFile.path, new Date(), new Date('2030-01-01T00:00:00Z'));
      const before = await stat(groupFile.path);
      const { pre } = await snapshotBeforeRestore();
      expect(pre.stat.ino, obstacle).not.toBe(before.ino);
      expect(JSON.parse(pre.text).group.description, obstacle).toBe('version B');
      await store.restoreBackup('grp-1', pre.id);
      expect(store.get('grp-1').group.description, obstacle).toBe('version B');
      await store.close();
    }
  });

  it('knows a snapshot it wrote and holds without reading it, until the file changes', async () => {
    const observed = observedFs();
    const folder = await tempFolder();
    await writeFile(path.join(folder, 'it-chefer-ost.json'), `${JSON.stringify(workspaceSchema.parse(sampleWorkspace()), null, 2)}\n`);
    const store = await openWorkspaceFolder({ folder, watch: false, fs: observed.fs });
    // The session's start, held for as long as the store is open.
    const [own] = await store.listBackups('grp-1');
    const file = path.join(folder, '.backups', 'grp-1', own!.id);
    const readsOfSnapshot = () => observed.calls.filter((call) => call.op === 'readFile' && call.path === file).length;
    const change = async (description: string) =>
      store.update('grp-1', (draft) => {
        draft.group.description = description;
      });
    await change('later');
    await store.restoreBackup('grp-1', own!.id);
    expect(readsOfSnapshot()).toBe(0);
    expect(store.get('grp-1').group.description).toBe('');

    // The same bytes, written again: a new stamp, so the file is read, and known by its hash.
    await change('later again');
    await writeFile(file, await readFile(file));
    vi.mocked(decodeWorkspaceInSlices).mockClear();
    await store.restoreBackup('grp-1', own!.id);
    expect(readsOfSnapshot()).toBe(1);
    expect(vi.mocked(decodeWorkspaceInSlices).mock.calls).toEqual([]);
    expect(store.get('grp-1').group.description).toBe('');
    await store.close();
  });

  it('does not list (or restore) a backup that no longer validates', async () => {
    const folder = await tempFolder();
    const store = await openWorkspaceFolder({ folder, watch: false });
    await store.create(sampleWorkspace());
    const [backup] = await store.listBackups('grp-1');
    await writeFile(path.join(folder, '.backups', 'grp-1', backup!.id), '{"schemaVersion":2');
    expect(await store.listBackups('grp-1')).toEqual([]);
    await expect(store.restoreBackup('grp-1', backup!.id)).rejects.toMatchObject({ code: 'backupNotFound' });
    await store.close();
  });

  it('restores a snapshot it wrote this session without parsing it again, and validates one changed since', async () => {
    const folder = await tempFolder();
    const store = await openWorkspaceFolder({ folder, watch: false });
    await store.create(sampleWorkspace());
    const [own] = await store.listBackups('grp-1');
    await store.update('grp-1', (draft) => {
      draft.group.description = 'later';
    });
    vi.mocked(decodeWorkspaceInSlices).mockClear();
    await store.restoreBackup('grp-1', own!.id);
    expect(store.get('grp-1').group.description).not.toBe('later');
    // The store holds the data those bytes were encoded from: nothing to decode.
    expect(vi.mocked(decodeWorkspaceInSlices).mock.calls).toEqual([]);

    // The same snapshot rewritten by someone else as JSON that reads but breaks the rules: checked, and refused.
    const file = path.join(folder, '.backups', 'grp-1', own!.id);
    const edited = JSON.parse(await readFile(file, 'utf8')) as { workspace?: { members: unknown[] }; members?: unknown[] };
    (edited.workspace ?? edited).members!.push({ id: 'not an id!', name: '' });
    await writeFile(file, JSON.stringify(edited));
    vi.mocked(decodeWorkspaceInSlices).mockClear();
    await expect(store.restoreBackup('grp-1', own!.id)).rejects.toMatchObject({ code: 'backupNotFound' });
    expect(vi.mocked(decodeWorkspaceInSlices).mock.calls.map(([, options]) => options)).toEqual([{ validatedBefore: false }]);
    await store.close();
  });

  it('validates in full a snapshot of the file as it was read, which only became valid once validation cleaned it', async () => {
    // Written by hand: a name with spaces around it and a member without the fields that default to empty.
    const handWritten = sampleWorkspace('grp-1', '  IT-chefer Øst  ');
    const store = await storeOpenedOn(JSON.stringify({ ...handWritten, members: [{ id: 'm-1', name: 'Birgitte Kjær' }] }, null, 2));
    expect(store.get('grp-1').group.name).toBe('IT-chefer Øst');
    expect(await restoreOpenSnapshotAfterAnEdit(store)).toEqual([{ validatedBefore: false }]);
    expect(store.get('grp-1').group.name).toBe('IT-chefer Øst');
    expect(store.get('grp-1').members[0]).toMatchObject({ email: '', employments: [], notes: '' });
    await store.close();
  });

  it('restores the snapshot of a file read as validation leaves it without decoding it again', async () => {
    const store = await storeOpenedOn(`${JSON.stringify(workspaceSchema.parse(sampleWorkspace()), null, 2)}\n`);
    expect(await restoreOpenSnapshotAfterAnEdit(store)).toEqual([]);
    expect(store.get('grp-1').group.description).toBe('');
    await store.close();
  });

  it('holds the session start and the latest snapshot only; an older one of this session is parsed, not validated', async () => {
    const folder = await tempFolder();
    await writeFile(path.join(folder, 'it-chefer-ost.json'), `${JSON.stringify(workspaceSchema.parse(sampleWorkspace()), null, 2)}\n`);
    // Every edit is snapshotted (the state before it is already held as the session start or the latest snapshot).
    const store = await openWorkspaceFolder({ folder, watch: false, backupIntervalMs: 0 });
    for (const description of ['first', 'second', 'third']) {
      await store.update('grp-1', (draft) => {
        draft.group.description = description;
      });
    }
    const snapshots = await store.listBackups('grp-1');
    const opened = snapshots.find((backup) => backup.id.endsWith('-open.json'))!;
    const edits = snapshots.filter((backup) => backup.id.endsWith('-edit.json'));
    expect(edits).toHaveLength(3);

    vi.mocked(decodeWorkspaceInSlices).mockClear();
    await store.restoreBackup('grp-1', edits.at(-1)!.id);
    expect(vi.mocked(decodeWorkspaceInSlices).mock.calls.map(([, options]) => options)).toEqual([{ validatedBefore: true }]);
    expect(store.get('grp-1').group.description).toBe('first');

    vi.mocked(decodeWorkspaceInSlices).mockClear();
    await store.restoreBackup('grp-1', opened.id);
    expect(vi.mocked(decodeWorkspaceInSlices).mock.calls).toEqual([]);
    expect(store.get('grp-1').group.description).toBe('');
    await store.close();
  });

  it('prunes to every snapshot of the last day plus one per day, while editing over weeks', async () => {
    const folder = await tempFolder();
    const time = simulatedTime();
    const store = await openWorkspaceFolder({ folder, watch: false, clock: time.clock, backupIntervalMs: 15 * 60_000 });
    await store.create(sampleWorkspace());
    // Edit every 6 hours for 55 days: 220 snapshots taken.
    for (let step = 0; step < 220; step += 1) {
      time.advance(6 * HOUR);
      await store.update('grp-1', (draft) => {
        draft.group.description = `step ${step}`;
      });
    }
    // The snapshots, without the summaries file kept beside them.
    const files = (await readdir(path.join(folder, '.backups', 'grp-1'))).filter((name) => /^\d{4}-/.test(name));
    const dates = files.map((name) => name.slice(0, 10));
    const days = new Set(dates);
    expect(days.size).toBeGreaterThanOrEqual(30);
    expect(days.size).toBeLessThanOrEqual(46);
    expect(files.length).toBeLessThan(60);
    const newest = files.sort().at(-1)!;
    expect(newest.startsWith(time.clock().toISOString().slice(0, 10))).toBe(true);
    await store.close();
  });
});

describe('backupsToPrune', () => {
  const now = new Date('2026-06-30T12:00:00.000Z');
  const at = (msAgo: number, label = 'edit'): DatedBackup => ({
    id: `${msAgo}`,
    createdAt: new Date(now.getTime() - msAgo),
    label,
  });

  it('keeps everything from the last 24 hours, up to 48', () => {
    const recent = Array.from({ length: 60 }, (_, index) => at(index * 20 * 60_000));
    const pruned = backupsToPrune(recent, now);
    const kept = recent.filter((backup) => !pruned.includes(backup.id));
    expect(kept.length).toBeGreaterThanOrEqual(48);
    for (const backup of recent.slice(0, 48)) expect(pruned).not.toContain(backup.id);
  });

  it('keeps the newest of each day for 45 days and drops older ones', () => {
    const daily = Array.from({ length: 60 }, (_, day) => [at(day * DAY + HOUR * 30), at(day * DAY + HOUR * 31)]).flat();
    const pruned = new Set(backupsToPrune(daily, now));
    const kept = daily.filter((backup) => !pruned.has(backup.id));
    const keptDays = new Set(kept.map((backup) => backup.createdAt.toISOString().slice(0, 10)));
    expect(keptDays.size).toBe(kept.length); // one per day
    expect(kept.length).toBeGreaterThanOrEqual(30);
    expect(kept.every((backup) => now.getTime() - backup.createdAt.getTime() <= 46 * DAY)).toBe(true);
  });

  it('never prunes a pre-migration backup', () => {
    expect(backupsToPrune([at(400 * DAY, 'pre-migration-v1'), at(0)], now)).toEqual([]);
  });
});
