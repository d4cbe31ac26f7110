import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callerFor, refusal } from '../../test-support/caller';
import { startTestServices, type TestServices } from '../../test-support/test-services';

let test: TestServices;
const call = callerFor(() => test);

beforeEach(async () => {
  test = await startTestServices();
});
afterEach(async () => {
  await test.dispose();
});

async function eventually(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const stamp = (minute: number, device: string) => `2026-12-02T10:0${minute}:00.000Z-000000-${device}`;

describe('sync conflict handlers', () => {
  it('count, list side by side and resolve a conflict that arrived with a file from another device', async () => {
    const { id: groupId } = await call('groups.create', { name: 'CIO Øst', language: 'da' });
    const member = await call('members.create', { groupId, member: { name: 'Mette Holm', email: '', phone: '', title: '', organisation: '', sector: 'other', notes: 'fra Lars' } });
    expect(await call('syncConflicts.counts', {})).toEqual([]);

    // The other device's file: the same group, with a conflict its merge recorded in the inbox.
    const [fileName] = (await readdir(test.workspacesDir)).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
    const filePath = path.join(test.workspacesDir, fileName!);
    const file = JSON.parse(await readFile(filePath, 'utf8'));
    file.sync.conflicts.push({
      id: `members:${member.id}:notes:x`,
      collection: 'members',
      recordId: member.id,
      field: 'notes',
      kept: { stamp: stamp(2, 'bbbbbbbbbbbbbbbb'), value: 'fra Lars' },
      other: { stamp: stamp(1, 'aaaaaaaaaaaaaaaa'), value: 'fra Mette' },
    });
    file.sync.devices = { aaaaaaaaaaaaaaaa: { name: 'Mette', at: stamp(1, 'aaaaaaaaaaaaaaaa') } };
    await writeFile(`${filePath}.incoming`, JSON.stringify(file, null, 2));
    await rename(`${filePath}.incoming`, filePath);

    await eventually(async () => (await call('syncConflicts.counts', {})).length === 1);
    expect(await call('syncConflicts.counts', {})).toEqual([{ groupId, groupName: 'CIO Øst', count: 1 }]);
    const [listed] = await call('syncConflicts.list', { groupId });
    expect(listed).toMatchObject({
      collection: 'members',
      recordLabel: 'Mette Holm',
      field: 'notes',
      kept: { value: 'fra Lars', deviceName: null, at: '2026-12-02T10:02:00.000Z' },
      other: { value: 'fra Mette', deviceName: 'Mette', at: '2026-12-02T10:01:00.000Z' },
    });

    expect(await call('syncConflicts.resolve', { groupId, conflictId: listed!.id, keep: 'other' })).toEqual([]);
    const members = await call('members.list', { groupId });
    expect(members.find((one) => one.id === member.id)?.notes).toBe('fra Mette');
    expect(await call('syncConflicts.counts', {})).toEqual([]);
    expect((await refusal(call('syncConflicts.resolve', { groupId, conflictId: listed!.id, keep: 'kept' })))?.code).toBe('validation');
  });
});
