// Two facilitators on one synced folder, through the real store: changes merged per record and field, never
// overwritten; an older copy put back adds nothing and removes nothing; sync clients' conflict copies merged and
// cleared away. (The property-based proof with a simulated sync client is merge/sync-harness.test.ts.)
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncCopyName } from './merge/sync-droppings';
import { sampleWorkspace, tempFolder } from '../test-support/store';
import type { WorkspaceStore } from './types';
import { openWorkspaceFolder } from './workspace-folder';

async function device(name: string) {
  return { userDataDir: path.join(await tempFolder(), `user-data-${name}`), name };
}

async function open(folder: string, name: string): Promise<WorkspaceStore> {
  return openWorkspaceFolder({ folder, device: await device(name), watchDebounceMs: 20, heartbeatIntervalMs: 60_000 });
}

/** What a sync client does: the whole file written next to it, then moved into place. */
async function replaceFromOutside(filePath: string, bytes: Uint8Array | string) {
  await writeFile(`${filePath}.sync-incoming`, bytes);
  await rename(`${filePath}.sync-incoming`, filePath);
}

async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const member = (id: string, name: string) => ({ id, name, email: '', phone: '', employments: [], notes: '' });
const onDisk = async (filePath: string) => JSON.parse(await readFile(filePath, 'utf8')) as { members: { id: string }[]; group: { description: string } };

describe('co-facilitation on one synced folder', () => {
  it('an older copy put back: three members added and acknowledged survive, on disk and in the app', async () => {
    const folder = await tempFolder();
    const store = await open(folder, 'Mette');
    const { fileName } = await store.create(sampleWorkspace());
    const filePath = path.join(folder, fileName);
    const older = await readFile(filePath);
    for (const id of ['m-2', 'm-3', 'm-4']) await store.update('grp-1', (draft) => void draft.members.push(member(id, id)));

    await replaceFromOutside(filePath, older);
    await eventually(async () => (await onDisk(filePath)).members.length === 4);
    expect(store.get('grp-1').members.map((one) => one.id)).toEqual(['m-1', 'm-2', 'm-3', 'm-4']);
    expect(store.problems()).toEqual([]);
    expect(store.conflicts('grp-1')).toEqual([]);
    await store.close();
    expect((await onDisk(filePath)).members).toHaveLength(4);
  });

  it('two devices on one folder: each sees the other\u2019s changes, a same-field change reaches both inboxes, a choice travels', async () => {
    const folder = await tempFolder();
    const mette = await open(folder, 'Mette');
    const lars = await open(folder, 'Lars');
    await mette.create(sampleWorkspace());
    await eventually(() => lars.listGroups().length === 1);
    await mette.update('grp-1', (draft) => void draft.members.push(member('m-2', 'Jens Holm')));
    await eventually(() => lars.get('grp-1').members.length === 2);

    // Both change the description before either has seen the other's change.
    await Promise.all([
      mette.update('grp-1', (draft) => void (draft.group.description = 'Mettes tekst')),
      lars.update('grp-1', (draft) => void (draft.group.description = 'Lars’ tekst')),
    ]);
    await eventually(() => mette.conflicts('grp-1').length === 1 && lars.conflicts('grp-1').length === 1);
    await eventually(() => mette.get('grp-1').group.description === lars.get('grp-1').group.description);
    const [conflict] = lars.conflicts('grp-1');
    expect(new Set([conflict!.kept.value, conflict!.other.value])).toEqual(new Set(['Mettes tekst', 'Lars’ tekst']));
    expect(new Set([conflict!.kept.deviceName, conflict!.other.deviceName])).toEqual(new Set(['Mette', 'Lars']));

    await lars.resolveConflict('grp-1', conflict!.id, 'other');
    const chosen = conflict!.other.value;
    await eventually(() => mette.conflicts('grp-1').length === 0 && mette.get('grp-1').group.description === chosen);
    expect(lars.get('grp-1').group.description).toBe(chosen);
    await Promise.all([mette.close(), lars.close()]);
  });

  it('conflict copies left by Dropbox, OneDrive and Syncthing are merged in and moved into the backups', async () => {
    const folder = await tempFolder();
    const elsewhere = await tempFolder();
    const mette = await open(folder, 'Mette');
    const { fileName } = await mette.create(sampleWorkspace());
    // The other device's replica, made from the same file, changed there.
    await writeFile(path.join(elsewhere, fileName), await readFile(path.join(folder, fileName)));
    const lars = await openWorkspaceFolder({ folder: elsewhere, watch: false, device: await device('Lars') });
    const copies: string[] = [];
    for (const client of ['dropbox', 'onedrive', 'syncthing'] as const) {
      await lars.update('grp-1', (draft) => void draft.members.push(member(`m-${client}`, client)));
      const name = syncCopyName(client, fileName, 'Lars', new Date('2026-12-02T10:10:10Z'));
      copies.push(name);
      await writeFile(path.join(folder, name), await readFile(path.join(elsewhere, fileName)));
    }
    await eventually(async () => (await readdir(folder)).every((name) => !copies.includes(name)));
    // In memory first, then on disk once the merged group is written.
    await eventually(async () => (await onDisk(path.join(folder, fileName))).members.length === 4);
    expect((await onDisk(path.join(folder, fileName))).members.map((one) => one.id)).toEqual(['m-1', 'm-dropbox', 'm-onedrive', 'm-syncthing']);
    expect(mette.get('grp-1').members).toHaveLength(4);
    const kept = await readdir(path.join(folder, '.backups', 'grp-1'));
    expect(kept.filter((name) => name.endsWith('-sync-copy.json'))).toHaveLength(3);
    expect(mette.listGroups()).toHaveLength(1);
    await Promise.all([mette.close(), lars.close()]);
  });

  it('a conflict copy found at open is merged into its group, not opened as a second copy of it', async () => {
    const folder = await tempFolder();
    const first = await open(folder, 'Mette');
    const { fileName } = await first.create(sampleWorkspace());
    await first.close();
    const original = await readFile(path.join(folder, fileName), 'utf8');
    const theirs = JSON.parse(original) as { members: unknown[] };
    theirs.members.push(member('m-9', 'Fra kopien'));
    await writeFile(path.join(folder, syncCopyName('dropbox', fileName, 'Lars', new Date())), JSON.stringify(theirs, null, 2));

    const store = await open(folder, 'Mette');
    expect(store.get('grp-1').members.map((one) => one.id)).toEqual(['m-1', 'm-9']);
    expect((await readdir(folder)).filter((name) => name.endsWith('.json') && !name.startsWith('.'))).toEqual([fileName]);
    await store.close();
    expect((await onDisk(path.join(folder, fileName))).members).toHaveLength(2);
  });
});
