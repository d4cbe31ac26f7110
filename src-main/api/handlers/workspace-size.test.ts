// The size the app reports for a group's file is the size on disk, and grows with what is saved.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServices, typedCall, type TestServices } from '../../test-support/test-services';

let test: TestServices;
beforeEach(async () => {
  test = await startTestServices();
});
afterEach(async () => {
  await test.dispose();
});

describe('workspace.size', () => {
  it("reports the group file's size on disk, below the warning limit for a normal group", async () => {
    const group = await typedCall(test.services, 'groups.createDemo', { language: 'da' });
    const size = await typedCall(test.services, 'workspace.size', { groupId: group.id });
    const onDisk = await stat(path.join(test.workspacesDir, group.fileName));
    expect(size).toEqual({ fileBytes: onDisk.size, limitBytes: 20 * 1024 * 1024, large: false });

    await typedCall(test.services, 'groups.rename', { groupId: group.id, name: `${group.name.slice(0, 20)} ${'x'.repeat(40)}` });
    const renamed = (await typedCall(test.services, 'groups.list', {})).find((each) => each.id === group.id)!;
    const after = await typedCall(test.services, 'workspace.size', { groupId: group.id });
    expect(after.fileBytes).toBe((await stat(path.join(test.workspacesDir, renamed.fileName))).size);
    expect(after.fileBytes).toBeGreaterThan(size.fileBytes);
  });

  it('refuses an unknown group', async () => {
    const reply = await test.services.dispatch('workspace.size', { groupId: 'no-such-group' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'groupNotFound' } });
  });
});
