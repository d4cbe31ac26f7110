import { mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeWorkspace } from './workspace-codec';
import { observedFs, sampleWorkspace, systemError, tempFolder, unnamedDeviceState } from '../test-support/store';
import { openWorkspaceFolder } from './workspace-folder';

const validBytes = () => Buffer.from(encodeWorkspace(sampleWorkspace()));

async function openWith(fileBytes: Uint8Array) {
  const folder = await tempFolder();
  await writeFile(path.join(folder, 'it-chefer-øst.json'), fileBytes);
  const store = await openWorkspaceFolder({ folder, watch: false });
  return { folder, store };
}

async function expectQuarantined(fileBytes: Uint8Array, reason: string) {
  const { folder, store } = await openWith(fileBytes);
  try {
    const [problem] = store.problems();
    expect(problem).toMatchObject({ kind: 'corrupt', reason, fileName: 'it-chefer-øst.json' });
    expect(problem!.keptAt).toMatch(/it-chefer-øst\.corrupt-[0-9TZ-]+\.json$/);
    expect(path.isAbsolute(problem!.keptAt!)).toBe(true);
    expect(Buffer.compare(await readFile(problem!.keptAt!), Buffer.from(fileBytes))).toBe(0);
    // The original name no longer holds the garbage, and nothing was invented in its place.
    expect(await readdir(folder)).not.toContain('it-chefer-øst.json');
    expect(store.listGroups()).toEqual([]);
  } finally {
    await store.close();
  }
}

describe('quarantine on open', () => {
  it('an empty file', () => expectQuarantined(new Uint8Array(0), 'empty'));
  it('a zero-filled file (power cut after the size reached the disk but not the data)', () =>
    expectQuarantined(new Uint8Array(4096), 'zeroFilled'));
  it('a truncated file', () => expectQuarantined(validBytes().subarray(0, 100), 'notJson'));
  it('a file that is not JSON', () => expectQuarantined(Buffer.from('<html>nope</html>'), 'notJson'));
  it('a file ending in zeros after valid-looking data', () =>
    expectQuarantined(Buffer.concat([validBytes().subarray(0, 50), new Uint8Array(500)]), 'notJson'));
  it('JSON that is not a valid workspace', () => {
    const workspace = sampleWorkspace() as unknown as { members: unknown };
    workspace.members = 'nobody';
    return expectQuarantined(Buffer.from(JSON.stringify(workspace)), 'invalidData');
  });
  it('JSON without a schema version', () => expectQuarantined(Buffer.from('{"group":{}}'), 'invalidData'));

  it('random bit flips: every file is either still a valid workspace or quarantined byte for byte', async () => {
    const original = validBytes();
    let quarantined = 0;
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let round = 0; round < 40; round += 1) {
      const flipped = Buffer.from(original);
      for (let flip = 0; flip < 3; flip += 1) {
        const at = Math.floor(random() * flipped.length);
        flipped[at] = flipped[at]! ^ (1 << Math.floor(random() * 8));
      }
      const { folder, store } = await openWith(flipped);
      const problems = store.problems();
      if (problems.length > 0) {
        quarantined += 1;
        expect(problems[0]!.kind).toMatch(/^(corrupt|newerVersion)$/);
        const keptAt = problems[0]!.keptAt!;
        expect(Buffer.compare(await readFile(keptAt), flipped)).toBe(0);
        expect(store.listGroups()).toEqual([]);
      } else {
        // A flip inside a text field can leave valid data; then the file was opened as it is, not reset.
        expect(store.listGroups()).toHaveLength(1);
        expect(Buffer.compare(await readFile(path.join(folder, 'it-chefer-øst.json')), flipped)).toBe(0);
      }
      await store.close();
    }
    expect(quarantined).toBeGreaterThan(20);
  });

  it('offers the newest valid backup of the quarantined group, and restores it', async () => {
    const folder = await tempFolder();
    const first = await openWorkspaceFolder({ folder, watch: false });
    await first.create(sampleWorkspace('grp-1', 'IT-chefer Øst'));
    await first.update('grp-1', (draft) => {
      draft.group.description = 'before the crash';
    });
    await first.close();
    // Opening snapshots the group; then a power cut leaves the file zero-filled.
    const second = await openWorkspaceFolder({ folder, watch: false });
    await second.close();
    await writeFile(path.join(folder, 'it-chefer-øst.json'), new Uint8Array(2048));

    const store = await openWorkspaceFolder({ folder, watch: false });
    const [problem] = store.problems();
    expect(problem?.newestBackup).toMatchObject({ groupId: 'grp-1', groupName: 'IT-chefer Øst' });
    const summary = await store.restoreNewestBackup(problem!.id);
    expect(summary).toMatchObject({ id: 'grp-1', fileName: 'it-chefer-øst.json' });
    expect(store.get('grp-1').group.description).toBe('before the crash');
    expect(store.problems()).toEqual([]);
    await store.close();
    // The corrupt copy stays where it was kept; the restored file opens cleanly.
    expect(await readFile(problem!.keptAt!)).toEqual(Buffer.from(new Uint8Array(2048)));
    const reopened = await openWorkspaceFolder({ folder, watch: false });
    expect(reopened.get('grp-1').group.description).toBe('before the crash');
    expect(reopened.problems()).toEqual([]);
    await reopened.close();
  });

  it('finds the backup by file name when the damaged file no longer says which group it was', async () => {
    const folder = await tempFolder();
    const first = await openWorkspaceFolder({ folder, watch: false });
    await first.create(sampleWorkspace('grp-9', 'Netværk Syd'));
    await first.close();
    await (await openWorkspaceFolder({ folder, watch: false })).close();
    await writeFile(path.join(folder, 'netværk-syd.json'), '{"schemaVersion": 2, "gro');
    const store = await openWorkspaceFolder({ folder, watch: false });
    expect(store.problems()[0]?.newestBackup?.groupId).toBe('grp-9');
    await store.close();
  });

  it('a corrupt file that another program holds stays in place, reported, and is never written over', async () => {
    const folder = await tempFolder();
    const filePath = path.join(folder, 'it-chefer-øst.json');
    await writeFile(filePath, '{"truncated');
    const observed = observedFs();
    observed.fail('rename', (from) => (from === filePath ? systemError('EBUSY') : undefined));
    const store = await openWorkspaceFolder({ folder, fs: observed.fs, watch: false, renameRetryWindowMs: 0 });
    expect(store.problems()).toMatchObject([{ kind: 'corrupt', reason: 'notJson', keptAt: filePath }]);
    const created = await store.create(sampleWorkspace('grp-2', 'IT-chefer Øst'));
    expect(created.fileName).toBe('it-chefer-øst-2.json');
    await store.close();
    expect(await readFile(filePath, 'utf8')).toBe('{"truncated');
  });

  it('refuses a file from a newer app version and leaves it untouched', async () => {
    const newer = JSON.stringify({ ...sampleWorkspace(), schemaVersion: 99, somethingNew: true });
    const { folder, store } = await openWith(Buffer.from(newer));
    expect(store.problems()).toMatchObject([{ kind: 'newerVersion', fileName: 'it-chefer-øst.json' }]);
    expect(store.listGroups()).toEqual([]);
    // Creating a group with the same name must not take its file name.
    const created = await store.create(sampleWorkspace('grp-2', 'IT-chefer Øst'));
    expect(created.fileName).toBe('it-chefer-øst-2.json');
    await expect(store.restoreNewestBackup(store.problems()[0]!.id)).rejects.toMatchObject({ code: 'backupNotFound' });
    store.dismissProblem(store.problems()[0]!.id);
    expect(store.problems()).toEqual([]);
    expect(() => store.dismissProblem('nope')).toThrow(expect.objectContaining({ code: 'problemNotFound' }));
    await store.close();
    expect(await readFile(path.join(folder, 'it-chefer-øst.json'), 'utf8')).toBe(newer);
  });

  it('ignores set-aside files, temp files, the lock and the backups folder when scanning', async () => {
    const folder = await tempFolder();
    await writeFile(path.join(folder, 'x.corrupt-2026-01-01T00-00-00-000Z.json'), 'garbage');
    await writeFile(path.join(folder, 'x.conflict-2026-01-01T00-00-00-000Z.json'), 'garbage');
    await writeFile(path.join(folder, 'notes.txt'), 'hello');
    const store = await openWorkspaceFolder({ folder, watch: false });
    expect(store.problems()).toEqual([]);
    expect(store.listGroups()).toEqual([]);
    await store.close();
  });
});

describe('problems after a restart', () => {
  it('explains a set-aside file again when the folder is opened again, until it is dismissed', async () => {
    const { folder, store } = await openWith(new Uint8Array(0));
    const [problem] = store.problems();
    await store.close();

    const reopened = await openWorkspaceFolder({ folder, watch: false });
    expect(reopened.problems()).toEqual([problem]);
    reopened.dismissProblem(problem!.id);
    await reopened.close();

    const third = await openWorkspaceFolder({ folder, watch: false });
    expect(third.problems()).toEqual([]);
    await third.close();
  });

  it('forgets a recorded problem whose kept file is gone, and one pointing outside the folder', async () => {
    const { folder, store } = await openWith(new Uint8Array(0));
    const [problem] = store.problems();
    await store.close();
    const recordPath = (await unnamedDeviceState(folder)).problems;
    const record = JSON.parse(await readFile(recordPath, 'utf8'));
    const outside = path.join(await tempFolder(), 'somewhere.json');
    await writeFile(outside, 'not ours');
    record.problems.push({ ...problem, id: 'elsewhere', keptAt: outside });
    await writeFile(recordPath, JSON.stringify(record));
    await unlink(problem!.keptAt!);

    const reopened = await openWorkspaceFolder({ folder, watch: false });
    expect(reopened.problems()).toEqual([]);
    await reopened.close();
  });

  it('opens with an empty list when the record is damaged', async () => {
    const folder = await tempFolder();
    const state = await unnamedDeviceState(folder);
    await mkdir(state.dir, { recursive: true });
    await writeFile(state.problems, '{"version": 1, "problems": [{"id": 3}');
    const store = await openWorkspaceFolder({ folder, watch: false });
    expect(store.problems()).toEqual([]);
    await store.close();
  });
});
