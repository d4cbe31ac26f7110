import { readdir, readFile, rename, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeWorkspace } from './workspace-codec';
import { eventLog, observedFs, sampleWorkspace, tempFolder } from '../test-support/store';
import { openWorkspaceFolder } from './workspace-folder';

/** What a sync client does: write a whole new version of the file next to it and move it into place. */
async function replaceFromOutside(filePath: string, bytes: Uint8Array | string) {
  await writeFile(`${filePath}.sync-incoming`, bytes);
  await rename(`${filePath}.sync-incoming`, filePath);
}

async function openWatched(folder: string, extra: Partial<Parameters<typeof openWorkspaceFolder>[0]> = {}) {
  const log = eventLog();
  const store = await openWorkspaceFolder({ folder, onEvent: log.onEvent, watchDebounceMs: 20, ...extra });
  return { store, log };
}

describe('changes made by other programs', () => {
  it('reloads a file changed on disk when we have nothing unsaved', async () => {
    const folder = await tempFolder();
    const { store, log } = await openWatched(folder);
    const { fileName } = await store.create(sampleWorkspace());
    const theirs = { ...sampleWorkspace(), group: { ...sampleWorkspace().group, description: 'from the co-facilitator' } };
    const changed = log.next((event) => event.type === 'groupChanged');
    await replaceFromOutside(path.join(folder, fileName), encodeWorkspace(theirs));
    await changed;
    expect(store.get('grp-1').group.description).toBe('from the co-facilitator');
    expect(store.problems()).toEqual([]);
    // Our next change builds on theirs.
    await store.update('grp-1', (draft) => {
      draft.speakers.push({ id: 's-1', name: 'Lone', title: '', organisation: '', email: '', phone: '', topics: [], bio: '', notes: '' });
    });
    const saved = JSON.parse(await readFile(path.join(folder, fileName), 'utf8'));
    expect(saved.group.description).toBe('from the co-facilitator');
    expect(saved.speakers).toHaveLength(1);
    await store.close();
  });

  it('notices a rewrite in place of the same size (same inode), and takes a touched but unchanged file as its own', async () => {
    const folder = await tempFolder();
    const store = await openWorkspaceFolder({ folder, watch: false });
    const { fileName } = await store.create(sampleWorkspace());
    const filePath = path.join(folder, fileName);
    // Touched only: a new modification time, the same bytes. Not a change of anyone's.
    await utimes(filePath, new Date('2026-01-01T10:00:00Z'), new Date('2026-01-01T10:00:00Z'));
    await store.update('grp-1', (draft) => {
      draft.group.description = 'AAAA';
    });
    expect(store.problems()).toEqual([]);
    // Rewritten in place with as many bytes (an editor saving over the file); the stamp differs by its time.
    const sameSize = (await readFile(filePath, 'utf8')).replace('"AAAA"', '"BBBB"');
    await writeFile(filePath, sameSize);
    await utimes(filePath, new Date('2026-01-02T10:00:00Z'), new Date('2026-01-02T10:00:00Z'));
    await store.update('grp-1', (draft) => {
      draft.group.description = 'CCCC';
    });
    // The editor's change is merged in as a change made now; ours, made without knowing of it, waits in the inbox.
    expect(JSON.parse(await readFile(filePath, 'utf8')).group.description).toBe('BBBB');
    expect(store.conflicts('grp-1')).toMatchObject([{ field: 'description', kept: { value: 'BBBB' }, other: { value: 'CCCC' } }]);
    expect(store.problems()).toEqual([]);
    await store.close();
  });

  it('never overwrites blindly: a change on disk found at write time is merged, a same-field one waits in the inbox', async () => {
    const folder = await tempFolder();
    // Without watching, only the hash check before the write can notice.
    const store = await openWorkspaceFolder({ folder, watch: false });
    const { fileName } = await store.create(sampleWorkspace());
    // Written by a program that knows nothing of the sync section: it cannot say which of its values are new.
    const theirs = { ...sampleWorkspace(), group: { ...sampleWorkspace().group, description: 'theirs' } };
    theirs.speakers = [{ id: 's-1', name: 'Lone', title: '', organisation: '', email: '', phone: '', topics: [], bio: '', notes: '' }];
    await replaceFromOutside(path.join(folder, fileName), encodeWorkspace(theirs));

    await store.update('grp-1', (draft) => {
      draft.group.description = 'ours';
    });

    const onDisk = JSON.parse(await readFile(path.join(folder, fileName), 'utf8'));
    expect(onDisk.group.description).toBe('ours');
    expect(onDisk.speakers.map((speaker: { name: string }) => speaker.name)).toEqual(['Lone']);
    expect(store.get('grp-1').speakers).toHaveLength(1);
    expect(store.conflicts('grp-1')).toMatchObject([{ field: 'description', kept: { value: 'ours' }, other: { value: 'theirs' } }]);
    expect(store.problems()).toEqual([]);
    // Ours from before the merge is kept.
    expect((await readdir(path.join(folder, '.backups', 'grp-1'))).some((name) => name.endsWith('-pre-merge.json'))).toBe(true);
    await store.close();
  });

  it('merges a change on disk while our write is failing, and saves the result', async () => {
    const folder = await tempFolder();
    const observed = observedFs();
    const { store, log } = await openWatched(folder, { fs: observed.fs, saveRetryIntervalMs: 60_000 });
    const { fileName } = await store.create(sampleWorkspace());
    observed.fail('rename', (_from, to) => (to === path.join(folder, fileName) ? Object.assign(new Error('x'), { code: 'EROFS' }) : undefined));
    await expect(
      store.update('grp-1', (draft) => {
        draft.group.description = 'ours, unsaved';
      }),
    ).rejects.toMatchObject({ code: 'saveFailed' });
    observed.heal('rename');

    const saved = log.next((event) => event.type === 'saveState' && event.state.kind === 'saved');
    const theirs = { ...sampleWorkspace(), group: { ...sampleWorkspace().group, description: 'theirs' } };
    await replaceFromOutside(path.join(folder, fileName), encodeWorkspace(theirs));
    await saved;
    expect(JSON.parse(await readFile(path.join(folder, fileName), 'utf8')).group.description).toBe('ours, unsaved');
    expect(store.get('grp-1').group.description).toBe('ours, unsaved');
    expect(store.conflicts('grp-1')).toMatchObject([{ kept: { value: 'ours, unsaved' }, other: { value: 'theirs' } }]);
    expect(store.problems()).toEqual([]);
    await store.close();
  });

  it('quarantines a file another program broke, and writes our good copy back', async () => {
    const folder = await tempFolder();
    const { store, log } = await openWatched(folder);
    const { fileName } = await store.create(sampleWorkspace());
    const problem = log.next((event) => event.type === 'problemsChanged');
    await replaceFromOutside(path.join(folder, fileName), '{"schemaVersion":2,"gr');
    await problem;
    const [recorded] = store.problems();
    expect(recorded).toMatchObject({ kind: 'corrupt', reason: 'notJson', fileName });
    expect(await readFile(recorded!.keptAt!, 'utf8')).toBe('{"schemaVersion":2,"gr');
    await store.close(); // waits for the check that writes our copy back
    expect(JSON.parse(await readFile(path.join(folder, fileName), 'utf8')).group.id).toBe('grp-1');
  });

  it('writes a deleted group file again on the next save', async () => {
    const folder = await tempFolder();
    const store = await openWorkspaceFolder({ folder, watch: false });
    const { fileName } = await store.create(sampleWorkspace());
    await unlink(path.join(folder, fileName));
    await store.update('grp-1', (draft) => {
      draft.group.description = 'back';
    });
    expect(JSON.parse(await readFile(path.join(folder, fileName), 'utf8')).group.description).toBe('back');
    await store.close();
  });

  it('opens a group file that appears in the folder', async () => {
    const folder = await tempFolder();
    const { store, log } = await openWatched(folder);
    const appeared = log.next((event) => event.type === 'groupsChanged');
    await replaceFromOutside(path.join(folder, 'ny.json'), encodeWorkspace(sampleWorkspace('grp-new', 'Ny gruppe')));
    await appeared;
    expect(store.listGroups().map((group) => group.id)).toEqual(['grp-new']);
    expect((await readdir(folder)).filter((name) => name.endsWith('.json'))).toEqual(['ny.json']);
    await store.close();
  });
});
