import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceSchema } from '../domain/model';
import { eventLog, observedFs, sampleWorkspace, simulatedTime, systemError, tempFolder } from '../test-support/store';
import { openWorkspaceFolder } from './workspace-folder';

async function onDisk(folder: string, fileName: string) {
  return workspaceSchema.parse(JSON.parse(await readFile(path.join(folder, fileName), 'utf8')));
}

describe('create and update', () => {
  it('creates a group file with a safe, unique name and lists groups by Danish collation', async () => {
    const folder = await tempFolder();
    const store = await openWorkspaceFolder({ folder, watch: false });
    const first = await store.create(sampleWorkspace('grp-1', 'Åbne data'));
    const second = await store.create(sampleWorkspace('grp-2', 'ÅBNE DATA'));
    const third = await store.create(sampleWorkspace('grp-3', 'Zealand CIO'));
    expect([first.fileName, second.fileName]).toEqual(['åbne-data.json', 'åbne-data-2.json']);
    // In Danish, Å sorts after Z.
    expect(store.listGroups()[0]?.id).toBe('grp-3');
    expect(store.listGroups().map((group) => group.id)).toHaveLength(3);
    expect((await onDisk(folder, third.fileName)).group.name).toBe('Zealand CIO');
    await expect(store.create(sampleWorkspace('grp-1', 'Again'))).rejects.toMatchObject({ code: 'validation' });
    await store.close();
  });

  it('a throwing or invalid mutate changes nothing', async () => {
    const folder = await tempFolder();
    const store = await openWorkspaceFolder({ folder, watch: false });
    const { fileName } = await store.create(sampleWorkspace());
    const before = await readFile(path.join(folder, fileName));

    await expect(
      store.update('grp-1', (draft) => {
        draft.group.description = 'half done';
        throw new Error('oops');
      }),
    ).rejects.toThrow('oops');
    await expect(
      store.update('grp-1', (draft) => {
        draft.group.name = '   ';
      }),
    ).rejects.toMatchObject({ code: 'validation' });
    await expect(
      store.update('grp-1', (draft) => {
        draft.group.id = 'grp-other';
      }),
    ).rejects.toMatchObject({ code: 'validation' });

    await expect(
      store.update('grp-1', async (draft) => {
        draft.group.description = 'too late';
      }),
    ).rejects.toMatchObject({ code: 'internal' });

    expect(store.get('grp-1').group).toMatchObject({ name: 'IT-chefer Øst', description: '' });
    expect(await readFile(path.join(folder, fileName))).toEqual(before);
    await expect(store.update('nope', () => undefined)).rejects.toMatchObject({ code: 'groupNotFound' });
    await store.close();
  });

  it('names in its change event the records a durable write touched, so views refresh only what changed', async () => {
    const log = eventLog();
    const store = await openWorkspaceFolder({ folder: await tempFolder(), watch: false, onEvent: log.onEvent });
    await store.create(sampleWorkspace());
    log.events.length = 0;
    const memberId = store.get('grp-1').members[0]!.id;
    await store.update('grp-1', (draft) => {
      draft.members[0]!.notes = 'ny note';
    });
    await store.update('grp-1', (draft) => {
      draft.speakers.push({ id: 'sp-ny', name: 'Ny Taler', title: '', organisation: '', email: '', phone: '', topics: [], bio: '', notes: '' });
    });
    const changes = log.events.flatMap((event) => (event.type === 'groupChanged' ? [event.changes] : []));
    expect(changes[0]).toEqual({ members: [memberId] });
    expect(changes[1]).toEqual({ speakers: ['sp-ny'] });
    await store.close();
  });

  it('get returns a frozen snapshot', async () => {
    const store = await openWorkspaceFolder({ folder: await tempFolder(), watch: false });
    await store.create(sampleWorkspace());
    const snapshot = store.get('grp-1');
    expect(Object.isFrozen(snapshot.group)).toBe(true);
    expect(() => {
      (snapshot.group as { name: string }).name = 'x';
    }).toThrow();
    await store.close();
  });

  it('a burst of 100 updates is coalesced into few writes, and every one is durable', async () => {
    const folder = await tempFolder();
    const observed = observedFs();
    const store = await openWorkspaceFolder({ folder, fs: observed.fs, watch: false });
    const { fileName } = await store.create(sampleWorkspace());
    const target = path.join(folder, fileName);
    const renamesBefore = observed.calls.filter((call) => call.op === 'rename' && call.to === target).length;

    const updates = Array.from({ length: 100 }, (_, index) =>
      store.update('grp-1', (draft) => {
        draft.members.push({ id: `n-${index}`, name: `Medlem ${index}`, email: '', phone: '', employments: [], notes: '' });
      }),
    );
    await Promise.all(updates);
    const writes = observed.calls.filter((call) => call.op === 'rename' && call.to === target).length - renamesBefore;
    expect(writes).toBeGreaterThanOrEqual(1);
    expect(writes).toBeLessThan(10);
    expect((await onDisk(folder, fileName)).members).toHaveLength(101);
    await store.close();
  });

  it('resolves only after the write is durable (the file fsync and rename happened first)', async () => {
    const folder = await tempFolder();
    const observed = observedFs();
    const store = await openWorkspaceFolder({ folder, fs: observed.fs, watch: false });
    const { fileName } = await store.create(sampleWorkspace());
    let renameSeenAtResolve = false;
    let syncCount = 0;
    observed.fail('sync', () => {
      syncCount += 1;
      return undefined;
    });
    const update = store
      .update('grp-1', (draft) => {
        draft.group.description = 'durable';
      })
      .then(() => {
        renameSeenAtResolve = observed.calls.some(
          (call) => call.op === 'rename' && call.to === path.join(folder, fileName) && syncCount >= 2,
        );
      });
    expect(renameSeenAtResolve).toBe(false);
    await update;
    expect(renameSeenAtResolve).toBe(true);
    expect((await onDisk(folder, fileName)).group.description).toBe('durable');
    await store.close();
  });

  it('renames the file when the group name changes, without colliding', async () => {
    const folder = await tempFolder();
    const store = await openWorkspaceFolder({ folder, watch: false });
    await store.create(sampleWorkspace('grp-1', 'Nord'));
    await store.create(sampleWorkspace('grp-2', 'Syd'));
    await store.update('grp-1', (draft) => {
      draft.group.name = 'SYD';
    });
    expect(store.listGroups().find((group) => group.id === 'grp-1')?.fileName).toBe('syd-2.json');
    expect((await readdir(folder)).filter((name) => name.endsWith('.json')).sort()).toEqual(['syd-2.json', 'syd.json']);
    expect((await onDisk(folder, 'syd-2.json')).group.name).toBe('SYD');
    await store.close();
  });

  it('ENOSPC: the update rejects, the old file is intact, the data stays in memory, and a later retry saves it', async () => {
    const folder = await tempFolder();
    const observed = observedFs();
    const log = eventLog();
    const store = await openWorkspaceFolder({
      folder,
      fs: observed.fs,
      onEvent: log.onEvent,
      watch: false,
      saveRetryIntervalMs: 20,
    });
    const { fileName } = await store.create(sampleWorkspace());
    const before = await readFile(path.join(folder, fileName));

    observed.fail('write', () => systemError('ENOSPC'));
    const failed = log.next((event) => event.type === 'saveState' && event.state.kind === 'failed');
    await expect(
      store.update('grp-1', (draft) => {
        draft.group.description = 'kept in memory';
      }),
    ).rejects.toMatchObject({ code: 'saveFailed', params: { code: 'ENOSPC' } });
    await failed;
    expect(store.saveState()).toEqual({ kind: 'failed', code: 'ENOSPC' });
    expect(await readFile(path.join(folder, fileName))).toEqual(before);
    expect(store.get('grp-1').group.description).toBe('kept in memory');
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    const saved = log.next((event) => event.type === 'saveState' && event.state.kind === 'saved');
    observed.heal('write');
    await saved; // the store's own retry, no further update needed
    expect((await onDisk(folder, fileName)).group.description).toBe('kept in memory');
    // The change event comes once the change is durable, and still names it although the first write failed.
    expect(log.events).toContainEqual({ type: 'groupChanged', groupId: 'grp-1', changes: { group: ['grp-1'] } });
    await store.close();
  });

  it('shows "retrying" while a rename is held by another program, then "saved" (10 s simulated)', async () => {
    const folder = await tempFolder();
    const observed = observedFs();
    const time = simulatedTime();
    const log = eventLog();
    const store = await openWorkspaceFolder({ folder, fs: observed.fs, ...time, onEvent: log.onEvent, watch: false });
    const { fileName } = await store.create(sampleWorkspace());
    const heldUntil = time.clock().getTime() + 10_000;
    observed.fail('rename', (_from, to) =>
      to === path.join(folder, fileName) && time.clock().getTime() < heldUntil ? systemError('EBUSY') : undefined,
    );
    await store.update('grp-1', (draft) => {
      draft.group.description = 'after the lock';
    });
    const states = log.events.flatMap((event) => (event.type === 'saveState' ? [event.state.kind] : []));
    expect(states.slice(-3)).toEqual(['saving', 'retrying', 'saved']);
    expect((await onDisk(folder, fileName)).group.description).toBe('after the lock');
    await store.close();
  });

  it('close flushes a pending write', async () => {
    const folder = await tempFolder();
    const store = await openWorkspaceFolder({ folder, watch: false });
    const { fileName } = await store.create(sampleWorkspace());
    const pending = store.update('grp-1', (draft) => {
      draft.group.description = 'flushed';
    });
    await store.close();
    await pending;
    expect((await onDisk(folder, fileName)).group.description).toBe('flushed');
  });
});
