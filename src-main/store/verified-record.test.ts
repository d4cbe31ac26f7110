// An open skips validation only for the exact bytes this store validated or wrote, under the same rules; everything
// else is validated in full (and quarantined when it fails).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from './workspace-codec';
import { sampleWorkspace, tempFolder } from './test-support';
import { VALIDATION_FINGERPRINT, VERIFIED_RECORD_FILE_NAME } from './verified-record';
import { openWorkspaceFolder } from './workspace-folder';

const recordPath = (folder: string) => path.join(folder, VERIFIED_RECORD_FILE_NAME);
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
  it('records at close the hash of each group file as the store left it, and reopens to the same data', async () => {
    const { folder, fileName } = await folderWithGroup();
    const record = JSON.parse(await readFile(recordPath(folder), 'utf8'));
    expect(record.fingerprint).toBe(VALIDATION_FINGERPRINT);
    expect(record.files[fileName]).toBe(contentHash(await readFile(path.join(folder, fileName))));

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

  it('trusts nothing recorded under other rules (another fingerprint)', async () => {
    const { folder, fileName } = await folderWithGroup();
    await writeFile(path.join(folder, fileName), invalidBytes());
    // A record naming exactly these bytes, but written by a store with other validation rules.
    const record = { fingerprint: 'other-rules', files: { [fileName]: contentHash(invalidBytes()) } };
    await writeFile(recordPath(folder), JSON.stringify(record));
    const store = await openWorkspaceFolder({ folder, watch: false });
    expect(store.problems()).toMatchObject([{ kind: 'corrupt', reason: 'invalidData' }]);
    await store.close();
  });

  it('takes exactly the recorded bytes as they are, and validates the same bytes without a record', async () => {
    const { folder, fileName } = await folderWithGroup();
    // Valid but not as validation leaves it: validation trims names, so only an unvalidated open keeps the spaces.
    const untrimmed = Buffer.from(JSON.stringify({ ...sampleWorkspace(), group: { ...sampleWorkspace().group, name: '  Gruppe  ' } }, null, 2));
    await writeFile(path.join(folder, fileName), untrimmed);
    await writeFile(recordPath(folder), JSON.stringify({ fingerprint: VALIDATION_FINGERPRINT, files: { [fileName]: contentHash(untrimmed) } }));
    const trusting = await openWorkspaceFolder({ folder, watch: false });
    expect(trusting.get('grp-1').group.name).toBe('  Gruppe  ');
    await trusting.close();

    await writeFile(path.join(folder, fileName), untrimmed);
    await writeFile(recordPath(folder), JSON.stringify({ fingerprint: VALIDATION_FINGERPRINT, files: {} }));
    const validating = await openWorkspaceFolder({ folder, watch: false });
    expect(validating.get('grp-1').group.name).toBe('Gruppe');
    await validating.close();
  });

  it('opens as usual with a damaged record', async () => {
    const { folder } = await folderWithGroup();
    await writeFile(recordPath(folder), '{"fingerprint": ');
    const store = await openWorkspaceFolder({ folder, watch: false });
    expect(store.get('grp-1').group.description).toBe('Gemt før lukning');
    await store.close();
  });

  it('keeps the same hashes across an open and close that changed nothing', async () => {
    const { folder } = await folderWithGroup();
    const before = JSON.parse(await readFile(recordPath(folder), 'utf8'));
    const store = await openWorkspaceFolder({ folder, watch: false });
    await store.close();
    expect(JSON.parse(await readFile(recordPath(folder), 'utf8'))).toEqual(before);
  });
});
