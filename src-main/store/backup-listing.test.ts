// Listing backups must not decode snapshots: a 5 MB snapshot costs ~80–200 ms of CPU to validate, and the list is asked
// for whenever a group opens. A snapshot the store writes has its summary kept at once; one it did not write is decoded
// once and its summary kept beside the snapshots; a snapshot changed on disk is checked again (see also backups.test.ts).
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUMMARIES_FILE_NAME } from './backup-summaries';
import { BACKUPS_FOLDER_NAME } from './backups';
import { nodeFsPort, type FsPort } from './fs-port';
import { sampleWorkspace, tempFolder } from '../test-support/store';
import { openWorkspaceFolder } from './workspace-folder';

const SNAPSHOT_NAME = /^\d{4}-\d{2}-\d{2}T.*\.json$/;

/** The node fs, recording which snapshot files are read (not the summaries file beside them). */
function fsRecordingSnapshotReads(): { fs: FsPort; snapshotReads: string[] } {
  const snapshotReads: string[] = [];
  const fs: FsPort = {
    ...nodeFsPort,
    readFile: async (target) => {
      const name = path.basename(target);
      if (target.includes(`${path.sep}${BACKUPS_FOLDER_NAME}${path.sep}`) && SNAPSHOT_NAME.test(name)) snapshotReads.push(name);
      return nodeFsPort.readFile(target);
    },
  };
  return { fs, snapshotReads };
}

async function folderWithSnapshots(edits: number): Promise<string> {
  const folder = await tempFolder();
  const store = await openWorkspaceFolder({ folder, watch: false, backupIntervalMs: 0 });
  await store.create(sampleWorkspace());
  for (let edit = 0; edit < edits; edit += 1) {
    await store.update('grp-1', (draft) => {
      draft.group.description = `edit ${edit}`;
    });
  }
  await store.close();
  return folder;
}

describe('listing backups', () => {
  it('lists the snapshots the store wrote itself without reading them, even the first time', async () => {
    const folder = await tempFolder();
    const { fs, snapshotReads } = fsRecordingSnapshotReads();
    const store = await openWorkspaceFolder({ folder, fs, watch: false, backupIntervalMs: 0 });
    await store.create(sampleWorkspace());
    await store.update('grp-1', (draft) => {
      draft.group.description = 'first edit';
    });

    snapshotReads.length = 0;
    const first = await store.listBackups('grp-1');
    expect(first.length).toBeGreaterThanOrEqual(1);
    expect(first.every((backup) => backup.groupName === sampleWorkspace().group.name)).toBe(true);
    expect(snapshotReads).toEqual([]);

    await store.update('grp-1', (draft) => {
      draft.group.description = 'second edit';
    });
    snapshotReads.length = 0;
    expect(await store.listBackups('grp-1')).toHaveLength(first.length + 1);
    expect(snapshotReads).toEqual([]);
    await store.close();
  });

  it('opens and closes an unchanged group without reading its newest snapshot or taking a new one', async () => {
    const folder = await folderWithSnapshots(1);
    const snapshots = path.join(folder, BACKUPS_FOLDER_NAME, 'grp-1');
    const before = (await readdir(snapshots)).sort();
    const { fs, snapshotReads } = fsRecordingSnapshotReads();
    const store = await openWorkspaceFolder({ folder, fs, watch: false, backupIntervalMs: 0 });
    await store.close();
    expect(snapshotReads).toEqual([]);
    expect((await readdir(snapshots)).sort()).toEqual(before);
  });

  it('reads a snapshot it did not write (copied in by hand) once, then lists it from its summary', async () => {
    const folder = await folderWithSnapshots(1);
    const snapshots = path.join(folder, BACKUPS_FOLDER_NAME, 'grp-1');
    const probe = await openWorkspaceFolder({ folder, watch: false, backupIntervalMs: 0 });
    const [newest] = await probe.listBackups('grp-1');
    await probe.close();
    const copied = newest!.id.replace(/^(\d{4})/, (year) => String(Number(year) - 1));
    await writeFile(path.join(snapshots, copied), await readFile(path.join(snapshots, newest!.id)));

    const { fs, snapshotReads } = fsRecordingSnapshotReads();
    const store = await openWorkspaceFolder({ folder, fs, watch: false, backupIntervalMs: 0 });
    snapshotReads.length = 0;
    expect((await store.listBackups('grp-1')).map((backup) => backup.id)).toContain(copied);
    expect(snapshotReads).toEqual([copied]);
    snapshotReads.length = 0;
    await store.listBackups('grp-1');
    expect(snapshotReads).toEqual([]);
    await store.close();
  });

  it('lists in the next session from the summaries, without reading the snapshots listed before', async () => {
    const folder = await folderWithSnapshots(2);
    const first = await openWorkspaceFolder({ folder, watch: false, backupIntervalMs: 0 });
    const listed = await first.listBackups('grp-1');
    await first.close();

    const { fs, snapshotReads } = fsRecordingSnapshotReads();
    const second = await openWorkspaceFolder({ folder, fs, watch: false, backupIntervalMs: 0 });
    snapshotReads.length = 0;
    // The file is as the last snapshot holds it, so opening took no new one.
    expect(await second.listBackups('grp-1')).toEqual(listed);
    expect(snapshotReads).toEqual([]);
    await second.close();
  });

  it('checks a snapshot again when it changed on disk, and ignores a damaged summaries file', async () => {
    const folder = await folderWithSnapshots(1);
    const snapshots = path.join(folder, BACKUPS_FOLDER_NAME, 'grp-1');
    const first = await openWorkspaceFolder({ folder, watch: false, backupIntervalMs: 0 });
    const listed = await first.listBackups('grp-1');
    await first.close();

    // Damaged in place at the same size: what tells is the modification time a write moves on (here set well apart).
    const damaged = listed.at(-1)!;
    const damagedFile = path.join(snapshots, damaged.id);
    const size = (await readFile(damagedFile)).length;
    await writeFile(damagedFile, '0'.repeat(size));
    await utimes(damagedFile, new Date(), new Date(Date.now() + 60_000));
    const second = await openWorkspaceFolder({ folder, watch: false, backupIntervalMs: 0 });
    expect((await second.listBackups('grp-1')).map((backup) => backup.id)).not.toContain(damaged.id);
    await second.close();

    await writeFile(path.join(snapshots, SUMMARIES_FILE_NAME), '{"schemaVersion": 3, "snapshots": [{"id": 1}');
    const { fs, snapshotReads } = fsRecordingSnapshotReads();
    const third = await openWorkspaceFolder({ folder, fs, watch: false, backupIntervalMs: 0 });
    snapshotReads.length = 0;
    const relisted = await third.listBackups('grp-1');
    expect(relisted.map((backup) => backup.id)).not.toContain(damaged.id);
    expect(new Set(snapshotReads)).toEqual(new Set([...relisted.map((backup) => backup.id), damaged.id]));
    await third.close();
  });
});
