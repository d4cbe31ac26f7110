// Backups that lose nothing: a snapshot at close keeps the last session for a restore after a damaged file; temp files
// of killed snapshot writers are cleaned at open; every new backup folder is fsynced in its parent.
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUPS_FOLDER_NAME } from './backups';
import { observedFs, sampleWorkspace, tempFolder } from '../test-support/store';
import { openWorkspaceFolder } from './workspace-folder';

const HOUR = 3_600_000;
const newMember = { id: 'm-new', name: 'Ny i sidste session', email: '', phone: '', employments: [], notes: '' };

describe('backups that lose nothing', () => {
  it('a restore after a damaged file keeps the last session (the close snapshot)', async () => {
    const folder = await tempFolder();
    const first = await openWorkspaceFolder({ folder, watch: false, backupIntervalMs: HOUR });
    const { fileName } = await first.create(sampleWorkspace());
    await first.close();

    // The last session: one member added, no snapshot while editing (the interval is long).
    const last = await openWorkspaceFolder({ folder, watch: false, backupIntervalMs: HOUR });
    await last.update('grp-1', (draft) => {
      draft.members.push(newMember);
    });
    await last.close();
    expect((await readdir(path.join(folder, BACKUPS_FOLDER_NAME, 'grp-1'))).some((name) => name.endsWith('-close.json'))).toBe(true);

    await writeFile(path.join(folder, fileName), Buffer.alloc(4096));
    const damaged = await openWorkspaceFolder({ folder, watch: false, backupIntervalMs: HOUR });
    const [problem] = damaged.problems();
    expect(problem).toMatchObject({ kind: 'corrupt', reason: 'zeroFilled' });
    await damaged.restoreNewestBackup(problem!.id);
    expect(damaged.get('grp-1').members.map((member) => member.name)).toContain('Ny i sidste session');
    await damaged.close();
  });

  it('takes no close snapshot when nothing changed since the newest one', async () => {
    const folder = await tempFolder();
    const store = await openWorkspaceFolder({ folder, watch: false });
    await store.create(sampleWorkspace());
    await store.close();
    const snapshots = async () => (await readdir(path.join(folder, BACKUPS_FOLDER_NAME, 'grp-1'))).filter((name) => /^\d.*\.json$/.test(name));
    await (await openWorkspaceFolder({ folder, watch: false })).close();
    const settled = await snapshots();
    await (await openWorkspaceFolder({ folder, watch: false })).close();
    await (await openWorkspaceFolder({ folder, watch: false })).close();
    expect(await snapshots()).toEqual(settled);
  });

  it('cleans temp files killed writers left in the folder and in .backups/<group>/, but not a fresh one', async () => {
    const folder = await tempFolder();
    const store = await openWorkspaceFolder({ folder, watch: false });
    await store.create(sampleWorkspace());
    await store.close();
    const groupBackups = path.join(folder, BACKUPS_FOLDER_NAME, 'grp-1');
    const old = new Date(Date.now() - HOUR);
    const leftovers = [
      path.join(groupBackups, '.2026-03-02T08-00-00-000Z-open.json.0a1b2c3d4e5f.tmp'),
      path.join(folder, '.it-chefer-øst.json.0a1b2c3d4e5f.tmp'),
    ];
    for (const leftover of leftovers) {
      await writeFile(leftover, '{"half": ');
      await utimes(leftover, old, old);
    }
    // Young: perhaps another device's snapshot being written right now.
    const fresh = path.join(groupBackups, '.2026-03-02T08-00-00-000Z-edit.json.ffffffffffff.tmp');
    await writeFile(fresh, '{"half": ');

    const reopened = await openWorkspaceFolder({ folder, watch: false });
    await reopened.close();
    const names = [...(await readdir(groupBackups)), ...(await readdir(folder))];
    expect(names).not.toContain(path.basename(leftovers[0]!));
    expect(names).not.toContain(path.basename(leftovers[1]!));
    expect(names).toContain(path.basename(fresh));
  });

  it('fsyncs every new backup folder in its parent', async () => {
    const folder = await tempFolder();
    await mkdir(folder, { recursive: true });
    const observed = observedFs();
    const store = await openWorkspaceFolder({ folder, fs: observed.fs, watch: false });
    await store.create(sampleWorkspace());
    await store.close();
    const synced = observed.calls.filter((call) => call.op === 'sync').map((call) => call.path);
    // The group's folder is an entry of .backups, and .backups one of the workspace folder.
    expect(synced).toContain(path.join(folder, BACKUPS_FOLDER_NAME));
    expect(synced).toContain(folder);
  });
});
