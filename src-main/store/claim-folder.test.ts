// Claiming a folder (made, locked) comes before reading its groups, so a host can show its window while they are read.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GroupSummary } from '../domain/model';
import { nodeFsPort, type FsPort } from './fs-port';
import { eventLog, sampleWorkspace, systemError, tempFolder } from '../test-support/store';
import { claimWorkspaceFolder, openWorkspaceFolder } from './workspace-folder';

/** Groups written and closed by a store, so the record of validated files knows their bytes. */
async function folderWithGroups(names: readonly string[]): Promise<{ folder: string; groups: GroupSummary[] }> {
  const folder = await tempFolder();
  const writer = await openWorkspaceFolder({ folder, watch: false });
  const groups: GroupSummary[] = [];
  for (const [index, name] of names.entries()) groups.push(await writer.create(sampleWorkspace(`grp-${index + 1}`, name)));
  await writer.close();
  return { folder, groups };
}

/**
 * The real file system, where the opening of a group file can be held: a file is stamped once when the groups are
 * listed and again when it is opened, and `hold(fileName)` stops that second stamp until it is released.
 */
function fsHoldingOpens(folder: string) {
  const stamps = new Map<string, number>();
  const gates = new Map<string, Promise<void>>();
  const opening: string[] = [];
  const reads = new Map<string, number>();
  const fs: FsPort = {
    ...nodeFsPort,
    readFile: async (target) => {
      if (path.dirname(target) === folder) reads.set(path.basename(target), (reads.get(path.basename(target)) ?? 0) + 1);
      return nodeFsPort.readFile(target);
    },
    stat: async (target) => {
      const count = (stamps.get(target) ?? 0) + 1;
      stamps.set(target, count);
      if (count === 2 && path.dirname(target) === folder) {
        opening.push(path.basename(target));
        await gates.get(path.basename(target));
      }
      return nodeFsPort.stat(target);
    },
  };
  const hold = (fileName: string) => {
    let release = () => undefined as void;
    gates.set(fileName, new Promise<void>((resolve) => (release = resolve)));
    return () => release();
  };
  return { fs, hold, opening, reads };
}

/** Whether `promise` has settled after the event loop had time to run what it waits for. */
async function settledSoon(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resolve) => setTimeout(resolve, 50));
  return settled;
}

describe('claiming a workspaces folder', () => {
  it('refuses a folder another store holds at the claim, before any group is read', async () => {
    const folder = await tempFolder();
    const first = await claimWorkspaceFolder({ folder, watch: false });
    await expect(claimWorkspaceFolder({ folder, watch: false })).rejects.toMatchObject({ code: 'workspaceLocked' });
    const store = await first.opened;
    expect(store.listGroups()).toEqual([]);
    await store.close();
  });

  it('reads the groups after the claim returned, and gives the store once they are all open', async () => {
    const folder = await tempFolder();
    const writer = await openWorkspaceFolder({ folder, watch: false });
    await writer.create(sampleWorkspace());
    await writer.close();

    let listings = 0;
    const claimed = await claimWorkspaceFolder({
      folder,
      watch: false,
      fs: { ...nodeFsPort, readdir: async (target) => ((listings += target === folder ? 1 : 0), nodeFsPort.readdir(target)) },
    });
    expect(claimed.folder).toBe(folder);
    expect(listings).toBe(0);
    const store = await claimed.opened;
    expect(store.listGroups().map((group) => group.name)).toEqual([sampleWorkspace().group.name]);
    await store.close();
  });

  it('fails a folder whose groups cannot be listed with a clear error, and lets go of it', async () => {
    const folder = await tempFolder();
    const claimed = await claimWorkspaceFolder({
      folder,
      watch: false,
      fs: { ...nodeFsPort, readdir: async (target) => (target === folder ? Promise.reject(systemError('EIO')) : nodeFsPort.readdir(target)) },
    });
    await expect(claimed.opened).rejects.toMatchObject({ code: 'folderNotUsable', params: { reason: 'EIO' } });
    const again = await openWorkspaceFolder({ folder, watch: false });
    await again.close();
  });

  it('lists the groups validated before while they are read, and opens a group asked for before the others', async () => {
    const { folder, groups } = await folderWithGroups(['Alfa', 'Beta', 'Gamma']);
    const { fs, hold, opening } = fsHoldingOpens(folder);
    const releaseAlfa = hold(groups[0]!.fileName);
    const releaseBeta = hold(groups[1]!.fileName);
    const log = eventLog();
    const claimed = await claimWorkspaceFolder({ folder, watch: false, fs, onEvent: log.onEvent });

    await claimed.early.listed();
    expect(claimed.early.store.listGroups()).toEqual(groups);
    const gammaOpened = claimed.early.groupOpened(groups[2]!.id);
    expect(await settledSoon(gammaOpened)).toBe(false);
    releaseAlfa();
    await gammaOpened;
    expect(opening).toEqual([groups[0]!.fileName, groups[2]!.fileName, groups[1]!.fileName]);
    expect(claimed.early.store.get(groups[2]!.id).group.name).toBe('Gamma');
    expect(await settledSoon(claimed.opened)).toBe(false);

    releaseBeta();
    const store = await claimed.opened;
    expect(store.listGroups()).toEqual(groups);
    // The list was given before every group was open: it is announced again once they are.
    expect(log.events.filter((event) => event.type === 'groupsChanged')).toHaveLength(1);
    await store.close();
  });

  it("gives a group's dashboard parts from its glance before it is open, and opens the group shown next", async () => {
    const { folder, groups } = await folderWithGroups(['Alfa', 'Beta', 'Gamma']);
    const { fs, hold, opening } = fsHoldingOpens(folder);
    const releaseAlfa = hold(groups[0]!.fileName);
    const claimed = await claimWorkspaceFolder({ folder, watch: false, fs });

    await claimed.early.listed();
    const { store } = claimed.early;
    expect(() => store.get(groups[2]!.id)).toThrow();
    expect(store.groupAndMeetings(groups[2]!.id).group).toMatchObject({ id: groups[2]!.id, name: 'Gamma' });
    expect(() => store.groupAndMeetings('no-such-group')).toThrow(expect.objectContaining({ code: 'groupNotFound' }));
    // Shown from its glance: its file goes ahead of Beta's.
    store.prepareForEdits(groups[2]!.id);
    releaseAlfa();
    const opened = await claimed.opened;
    expect(opening).toEqual([groups[0]!.fileName, groups[2]!.fileName, groups[1]!.fileName]);
    expect(opened.groupAndMeetings(groups[2]!.id)).toBe(opened.get(groups[2]!.id));
    await opened.close();
  });

  it('lists a file changed since it was validated from the parts its summary is made of, validated then', async () => {
    const { folder, groups } = await folderWithGroups(['Alfa', 'Beta']);
    const betaFile = path.join(folder, groups[1]!.fileName);
    await writeFile(betaFile, (await readFile(betaFile, 'utf8')).replace('"description": ""', '"description": "Ændret et andet sted"'));
    const { fs, hold, opening, reads } = fsHoldingOpens(folder);
    const releaseBeta = hold(groups[1]!.fileName);
    const claimed = await claimWorkspaceFolder({ folder, watch: false, fs });

    const listed = claimed.early.listed();
    while (!opening.includes(groups[1]!.fileName)) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await settledSoon(listed)).toBe(true);
    expect(claimed.early.store.listGroups()).toEqual(groups);
    releaseBeta();
    const store = await claimed.opened;
    expect(store.get(groups[1]!.id).group.description).toBe('Ændret et andet sted');
    // Each file is read once: its opening takes the bytes read when the groups were listed.
    expect(Object.fromEntries(reads)).toEqual({ [groups[0]!.fileName]: 1, [groups[1]!.fileName]: 1 });
    await store.close();
  });

  it('opens a changed file it cannot glance at before the groups are listed', async () => {
    const { folder, groups } = await folderWithGroups(['Alfa', 'Beta']);
    // Written by another tool, on one line: not the store's layout, so its summary is known only once it is open.
    const betaFile = path.join(folder, groups[1]!.fileName);
    await writeFile(betaFile, JSON.stringify({ ...JSON.parse(await readFile(betaFile, 'utf8')), members: [] }));
    const { fs, hold, opening, reads } = fsHoldingOpens(folder);
    const releaseBeta = hold(groups[1]!.fileName);
    const claimed = await claimWorkspaceFolder({ folder, watch: false, fs });

    // Asked while the files are glanced at, and again while the changed file is being opened.
    const listedAtFirst = claimed.early.listed();
    while (!opening.includes(groups[1]!.fileName)) await new Promise((resolve) => setTimeout(resolve, 5));
    const listedDuringItsOpening = claimed.early.listed();
    expect(await settledSoon(listedAtFirst)).toBe(false);
    expect(await settledSoon(listedDuringItsOpening)).toBe(false);
    releaseBeta();
    await Promise.all([listedAtFirst, listedDuringItsOpening]);
    expect(claimed.early.store.listGroups()).toEqual([groups[0], { ...groups[1], memberCount: 0 }]);
    const store = await claimed.opened;
    expect(Object.fromEntries(reads)).toEqual({ [groups[0]!.fileName]: 1, [groups[1]!.fileName]: 1 });
    await store.close();
  });

  it('lists a changed file whose listed parts are not valid only once it is open, and then as set aside', async () => {
    const { folder, groups } = await folderWithGroups(['Alfa', 'Beta']);
    const betaFile = path.join(folder, groups[1]!.fileName);
    await writeFile(betaFile, (await readFile(betaFile, 'utf8')).replace(/"createdAt": "[^"]*"/, '"createdAt": "i går"'));
    const { fs, hold, opening } = fsHoldingOpens(folder);
    const releaseBeta = hold(groups[1]!.fileName);
    const claimed = await claimWorkspaceFolder({ folder, watch: false, fs });

    const listed = claimed.early.listed();
    while (!opening.includes(groups[1]!.fileName)) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await settledSoon(listed)).toBe(false);
    releaseBeta();
    await listed;
    expect(claimed.early.store.listGroups()).toEqual([groups[0]]);
    const store = await claimed.opened;
    expect(store.problems()).toEqual([expect.objectContaining({ kind: 'corrupt', fileName: groups[1]!.fileName })]);
    await store.close();
  });

  it('lists a changed file from valid listed parts, then sets it aside when another part is not valid', async () => {
    const { folder, groups } = await folderWithGroups(['Alfa', 'Beta']);
    const betaFile = path.join(folder, groups[1]!.fileName);
    // In the store's layout, and with a valid group, members and meetings: only the full open finds the bad speaker.
    const badSpeaker = '"speakers": [\n    {\n      "id": 7\n    }\n  ],';
    await writeFile(betaFile, (await readFile(betaFile, 'utf8')).replace('"speakers": [],', badSpeaker));
    const { fs, hold, opening } = fsHoldingOpens(folder);
    const releaseBeta = hold(groups[1]!.fileName);
    const log = eventLog();
    const claimed = await claimWorkspaceFolder({ folder, watch: false, fs, onEvent: log.onEvent });

    await claimed.early.listed();
    expect(claimed.early.store.listGroups()).toEqual([groups[0], { ...groups[1], speakerCount: 1 }]);
    const betaOpened = claimed.early.groupOpened(groups[1]!.id);
    while (!opening.includes(groups[1]!.fileName)) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await settledSoon(betaOpened)).toBe(false);
    releaseBeta();
    await betaOpened;
    // Asked for, it is not there: a clear not-found, never the half-read group.
    expect(() => claimed.early.store.get(groups[1]!.id)).toThrow(expect.objectContaining({ code: 'groupNotFound' }));
    const store = await claimed.opened;
    expect(store.listGroups()).toEqual([groups[0]]);
    expect(store.problems()).toEqual([expect.objectContaining({ kind: 'corrupt', fileName: groups[1]!.fileName })]);
    // The list given early named it: the corrected list and the problem are announced.
    expect(log.events.filter((event) => event.type === 'groupsChanged')).toHaveLength(1);
    expect(log.events.filter((event) => event.type === 'problemsChanged')).not.toHaveLength(0);
    await store.close();
  });

  it('never opens a group asked for ahead of a file whose group is not known yet', async () => {
    const { folder, groups } = await folderWithGroups(['Alfa', 'Beta', 'Gamma']);
    // Alfa's file was rewritten on one line by another tool: it has no summary, and could hold any group, Gamma's too.
    const alfaFile = path.join(folder, groups[0]!.fileName);
    await writeFile(alfaFile, JSON.stringify(JSON.parse(await readFile(alfaFile, 'utf8'))));
    const { fs, opening } = fsHoldingOpens(folder);
    const claimed = await claimWorkspaceFolder({ folder, watch: false, fs });
    const gammaOpened = claimed.early.groupOpened(groups[2]!.id);
    const store = await claimed.opened;
    await gammaOpened;
    expect(opening).toEqual([groups[0]!.fileName, groups[1]!.fileName, groups[2]!.fileName]);
    await store.close();
  });
});
