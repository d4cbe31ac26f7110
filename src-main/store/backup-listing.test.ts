// Listing backups decodes each snapshot once: a 5 MB snapshot costs ~100 ms of event loop to validate, and the list
// is asked for whenever a group opens. A snapshot changed on disk is checked again (see backups.test.ts).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUPS_FOLDER_NAME } from './backups';
import { nodeFsPort, type FsPort } from './fs-port';
import { sampleWorkspace, tempFolder } from './test-support';
import { openWorkspaceFolder } from './workspace-folder';

describe('listing backups', () => {
  it('reads a snapshot only the first time it is listed, and only the new one after an edit', async () => {
    const folder = await tempFolder();
    const snapshotReads: string[] = [];
    const fs: FsPort = {
      ...nodeFsPort,
      readFile: async (target) => {
        if (target.includes(`${path.sep}${BACKUPS_FOLDER_NAME}${path.sep}`)) snapshotReads.push(path.basename(target));
        return nodeFsPort.readFile(target);
      },
    };
    const store = await openWorkspaceFolder({ folder, fs, watch: false, backupIntervalMs: 0 });
    await store.create(sampleWorkspace());
    await store.update('grp-1', (draft) => {
      draft.group.description = 'first edit';
    });

    snapshotReads.length = 0;
    const first = await store.listBackups('grp-1');
    expect(first.length).toBeGreaterThanOrEqual(1);
    expect(new Set(snapshotReads)).toEqual(new Set(first.map((backup) => backup.id)));

    snapshotReads.length = 0;
    expect(await store.listBackups('grp-1')).toEqual(first);
    expect(snapshotReads).toEqual([]);

    await store.update('grp-1', (draft) => {
      draft.group.description = 'second edit';
    });
    snapshotReads.length = 0;
    const third = await store.listBackups('grp-1');
    expect(third).toHaveLength(first.length + 1);
    expect(snapshotReads).toEqual([third[0]!.id]);
    await store.close();
  });
});
