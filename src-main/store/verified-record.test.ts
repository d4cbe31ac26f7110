// An open skips validation only for the exact bytes this store validated or wrote, under the same rules, recorded and
// signed by this device in its own user-data folder; everything else is validated in full (and quarantined when it
// fails). No record, forged or damaged, can make the folder unusable or a group answer with an internal error.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../app/services';
import { createHeadlessHost } from '../host/headless-host';
import { folderStatePaths } from './folder-state';
import { workspaceSchema } from '../domain/model';
import { contentHash } from './workspace-codec';
import { sampleWorkspace, tempFolder, unnamedDeviceState } from '../test-support/store';
import { LEGACY_VERIFIED_RECORD_FILE_NAME, VALIDATION_FINGERPRINT } from './verified-record';
import { openWorkspaceFolder } from './workspace-folder';

const recordPath = async (folder: string) => (await unnamedDeviceState(folder)).verified;
/** A file that parses and has the current version, but breaks the schema (it must never be trusted by accident). */
const invalidBytes = () => Buffer.from(JSON.stringify({ ...sampleWorkspace(), members: 'nobody' }, null, 2));

async function folderWithGroup() {
  const folder = await tempFolder();
  const store = await openWorkspaceFolder({ folder, watch: false });
  const { fileName } = await store.create(sampleWorkspace());
  await store.update('grp-1', (draft) => {
    draft.group.description = 'Gemt før lukning';
  });
  await store.close();
  return { folder, fileName };
}

describe('the verified record', () => {
  it('records at close, on the device, the hash of each group file as the store left it, and reopens to the same data', async () => {
    const { folder, fileName } = await folderWithGroup();
    const record = JSON.parse(await readFile(await recordPath(folder), 'utf8'));
    expect(record.fingerprint).toBe(VALIDATION_FINGERPRINT);
    expect(record.files[fileName]).toBe(contentHash(await readFile(path.join(folder, fileName))));
    expect(await readdir(folder)).not.toContain(LEGACY_VERIFIED_RECORD_FILE_NAME);

    const reopened = await openWorkspaceFolder({ folder, watch: false });
    expect(reopened.get('grp-1').group.description).toBe('Gemt før lukning');
    expect(Object.isFrozen(reopened.get('grp-1').members[0])).toBe(true);
    await reopened.close();
  });

  it('validates a file changed since the record was written, and quarantines it when it fails', async () => {
    const { folder, fileName } = await folderWithGroup();
    await writeFile(path.join(folder, fileName), invalidBytes());
    const store = await openWorkspaceFolder({ folder, watch: false });
    expect(store.listGroups()).toEqual([]);
    expect(store.problems()).toMatchObject([{ kind: 'corrupt', reason: 'invalidData', fileName }]);
    await store.close();
  });

  it('records bytes this device validated when validation left them as they were', async () => {
    const { folder, fileName } = await folderWithGroup();
    // Written elsewhere, exactly as validation leaves the data: validated at this open, and recorded for the next.
    await writeFile(path.join(folder, fileName), `${JSON.stringify(workspaceSchema.parse(sampleWorkspace()), null, 2)}\n`);
    const validating = await openWorkspaceFolder({ folder, watch: false });
    expect(validating.get('grp-1').group.name).toBe('IT-chefer Øst');
    await validating.close();
    const record = JSON.parse(await readFile(await recordPath(folder), 'utf8'));
    expect(record.files[fileName]).toBe(contentHash(await readFile(path.join(folder, fileName))));
  });

  it('does not record bytes that validation had to clean, so the next open cleans them again', async () => {
    const { folder, fileName } = await folderWithGroup();
    // Written by hand: a name with spaces around it and a member without the fields that default to empty.
    await writeFile(path.join(folder, fileName), JSON.stringify({ ...sampleWorkspace(), group: { ...sampleWorkspace().group, name: '  Gruppe  ' }, members: [{ id: 'm-1', name: 'Birgitte Kjær' }] }, null, 2));
    for (let open = 0; open < 2; open += 1) {
      const store = await openWorkspaceFolder({ folder, watch: false });
      expect(store.get('grp-1').group.name).toBe('Gruppe');
      expect(store.get('grp-1').members[0]).toMatchObject({ email: '', employments: [], notes: '' });
      await store.close();
    }
    const record = JSON.parse(await readFile(await recordPath(folder), 'utf8'));
    expect(record.files[fileName]).toBeUndefined();
  });

  it('opens as usual with a damaged record', async () => {
    const { folder } = await folderWithGroup();
    await writeFile(await recordPath(folder), '{"fingerprint": ');
    const store = await openWorkspaceFolder({ folder, watch: false });
    expect(store.get('grp-1').group.description).toBe('Gemt før lukning');
    await store.close();
  });

  it('keeps the same hashes across an open and close that changed nothing', async () => {
    const { folder } = await folderWithGroup();
    const before = JSON.parse(await readFile(await recordPath(folder), 'utf8'));
    const store = await openWorkspaceFolder({ folder, watch: false });
    await store.close();
    expect(JSON.parse(await readFile(await recordPath(folder), 'utf8'))).toEqual(before);
  });
});

describe('a forged verified record', () => {
  /** Two groups; the first one's file is then replaced by bytes that break the schema. */
  async function folderWithOneBadGroup() {
    const folder = await tempFolder();
    const store = await openWorkspaceFolder({ folder, watch: false });
    const { fileName } = await store.create(sampleWorkspace('grp-1', 'Øst'));
    await store.create(sampleWorkspace('grp-2', 'Vest'));
    await store.close();
    await writeFile(path.join(folder, fileName), invalidBytes());
    return { folder, fileName };
  }

  const forgeries = (fileName: string, signature: string) => ({
    'naming the bad bytes, unsigned': { fingerprint: VALIDATION_FINGERPRINT, files: { [fileName]: contentHash(invalidBytes()) } },
    'naming the bad bytes, with a made-up signature': {
      fingerprint: VALIDATION_FINGERPRINT,
      files: { [fileName]: contentHash(invalidBytes()) },
      signature: 'ab'.repeat(32),
    },
    "with this device's signature of another record": {
      fingerprint: VALIDATION_FINGERPRINT,
      files: { [fileName]: contentHash(invalidBytes()) },
      signature,
    },
    'under other rules': { fingerprint: 'other-rules', files: { [fileName]: contentHash(invalidBytes()) }, signature },
    garbage: 'not json at all \u0000',
  });

  it('never skips validation: the bad file is quarantined and the other group opens, in every variant', async () => {
    const probe = await folderWithOneBadGroup();
    const { signature } = JSON.parse(await readFile(await recordPath(probe.folder), 'utf8')) as { signature: string };
    for (const [variant, forged] of Object.entries(forgeries(probe.fileName, signature))) {
      const { folder, fileName } = await folderWithOneBadGroup();
      await writeFile(await recordPath(folder), typeof forged === 'string' ? forged : JSON.stringify(forged));
      const store = await openWorkspaceFolder({ folder, watch: false });
      expect(store.listGroups().map((group) => group.id), variant).toEqual(['grp-2']);
      expect(store.problems(), variant).toMatchObject([{ kind: 'corrupt', reason: 'invalidData', fileName }]);
      await store.close();
    }
  });

  it('in the shared folder (where older versions kept it) is ignored and removed', async () => {
    const { folder, fileName } = await folderWithOneBadGroup();
    const legacy = { fingerprint: VALIDATION_FINGERPRINT, files: { [fileName]: contentHash(invalidBytes()) } };
    await writeFile(path.join(folder, LEGACY_VERIFIED_RECORD_FILE_NAME), JSON.stringify(legacy));
    const store = await openWorkspaceFolder({ folder, watch: false });
    expect(store.listGroups().map((group) => group.id)).toEqual(['grp-2']);
    await store.close();
    expect(await readdir(folder)).not.toContain(LEGACY_VERIFIED_RECORD_FILE_NAME);
  });

  it('through the API: the host starts and every call on the good group answers, never internal', async () => {
    const { folder, fileName } = await folderWithOneBadGroup();
    const userDataDir = path.join(await tempFolder(), 'user-data');
    const host = createHeadlessHost({ NETVAERK_SYSTEM_LANGUAGE: 'da' });
    const start = () => createAppServices({ userDataDir, workspacesFolderOverride: folder, host });
    await (await start()).shutdown();
    // The forger writes into this device's record too: unsigned, it is still not trusted.
    const devicePaths = await folderStatePaths(userDataDir, folder);
    await mkdir(devicePaths.dir, { recursive: true });
    await writeFile(devicePaths.verified, JSON.stringify({ fingerprint: VALIDATION_FINGERPRINT, files: { [fileName]: contentHash(invalidBytes()) } }));
    const services = await start();
    const groups = await services.dispatch('groups.list', {});
    expect(groups).toMatchObject({ ok: true });
    const problems = await services.dispatch('problems.list', {});
    expect(problems).toMatchObject({ ok: true, result: [{ kind: 'corrupt', fileName }] });
    await services.shutdown();
  });
});
