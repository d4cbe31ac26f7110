// The problem list is the device's own advisory record: whatever an edited or damaged copy of it says, the folder
// opens, every group answers, and a restore it offers is checked against the backups that really exist.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleWorkspace, tempFolder, unnamedDeviceState } from '../test-support/store';
import { openWorkspaceFolder } from './workspace-folder';

const backup = (groupId: string, id: string) => ({ id, groupId, groupName: 'Øst', createdAt: '2026-03-02T08:00:00.000Z', sizeBytes: 10 });

describe('a forged problem record', () => {
  it('never keeps a group from opening or answering, and offers no restore the backups cannot back', async () => {
    const folder = await tempFolder();
    const store = await openWorkspaceFolder({ folder, watch: false });
    const { fileName } = await store.create(sampleWorkspace());
    await store.close();

    const keptAt = path.join(folder, fileName);
    const problem = { kind: 'corrupt', fileName, keptAt, reason: 'notJson', detectedAt: '2026-03-02T08:00:00.000Z' };
    const record = {
      version: 1,
      problems: [
        // The group's own good file called refused: it still opens.
        { ...problem, id: 'newer', kind: 'newerVersion', newestBackup: null },
        // A restore of a backup that does not exist.
        { ...problem, id: 'missing-backup', newestBackup: backup('grp-1', '2026-03-02T08-00-00-000Z-open.json') },
        // A backup reference that would lead out of .backups: dropped as not the store's own.
        { ...problem, id: 'outside', newestBackup: backup('../../etc', 'passwd') },
      ],
    };
    const state = await unnamedDeviceState(folder);
    await mkdir(state.dir, { recursive: true });
    await writeFile(state.problems, JSON.stringify(record));

    const reopened = await openWorkspaceFolder({ folder, watch: false });
    expect(reopened.listGroups().map((group) => group.id)).toEqual(['grp-1']);
    expect(reopened.get('grp-1').members).toHaveLength(1);
    await reopened.update('grp-1', (draft) => {
      draft.group.description = 'Stadig skrivbar';
    });
    expect(reopened.problems().map((shown) => shown.id).sort()).toEqual(['missing-backup', 'newer']);
    await expect(reopened.restoreNewestBackup('missing-backup')).rejects.toMatchObject({ code: 'backupNotFound' });
    await expect(reopened.restoreNewestBackup('newer')).rejects.toMatchObject({ code: 'backupNotFound' });
    reopened.dismissProblem('newer');
    await reopened.close();
  });
});
