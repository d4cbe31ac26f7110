// Restoring a backup through dispatch hands back the copy taken just before, so the restore can be undone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupKindOf } from '../../domain/backup-kinds';
import { callerFor, type Caller } from '../../test-support/caller';
import { startWithDemoGroup, type TestServices } from '../../test-support/test-services';

let test: TestServices;
let groupId: string;

beforeEach(async () => {
  ({ test, groupId } = await startWithDemoGroup());
});
afterEach(() => test.dispose());

const call: Caller = callerFor(() => test);

describe('backups.restore', () => {
  it('returns the pre-restore copy, and restoring that copy undoes the restore', async () => {
    const original = (await call('groups.list', {})).find((group) => group.id === groupId)!.name;
    const backups = await call('backups.list', { groupId });
    expect(backups.length).toBeGreaterThan(0);
    await call('groups.rename', { groupId, name: 'Omdøbt' });

    const restored = await call('backups.restore', { groupId, backupId: backups[0]!.id });
    expect(restored.name).toBe(original);
    expect(restored.undoBackupId).not.toBeNull();
    expect(backupKindOf(restored.undoBackupId!)).toBe('preRestore');

    const undone = await call('backups.restore', { groupId, backupId: restored.undoBackupId! });
    expect(undone.name).toBe('Omdøbt');
  });
});
