import { describe, expect, it } from 'vitest';
import { backupKindOf, newPreRestoreCopy } from './backup-kinds';

describe('backupKindOf', () => {
  it('reads the label at the end of the file name, with or without a counter', () => {
    expect(backupKindOf('2026-03-12T13-45-00-000Z-pre-restore.json')).toBe('preRestore');
    expect(backupKindOf('2026-03-12T13-45-00-000Z-2-pre-restore.json')).toBe('preRestore');
    expect(backupKindOf('2026-03-12T13-45-00-000Z-pre-merge.json')).toBe('preMerge');
    expect(backupKindOf('2026-03-12T13-45-00-000Z-pre-conflict.json')).toBe('preMerge');
    expect(backupKindOf('2026-03-12T13-45-00-000Z-sync-copy.json')).toBe('syncCopy');
    expect(backupKindOf('2026-03-12T13-45-00-000Z-pre-migration-v3.json')).toBe('preMigration');
    expect(backupKindOf('2026-03-12T13-45-00-000Z-edit.json')).toBe('routine');
    expect(backupKindOf('2026-03-12T13-45-00-000Z-open.json')).toBe('routine');
    expect(backupKindOf('not a backup')).toBe('routine');
  });
});

describe('newPreRestoreCopy', () => {
  it('finds the pre-restore copy that was not there before, and nothing else', () => {
    const old = { id: '2026-03-01T10-00-00-000Z-pre-restore.json' };
    const edit = { id: '2026-03-12T13-45-00-000Z-edit.json' };
    const fresh = { id: '2026-03-12T13-46-00-000Z-pre-restore.json' };
    expect(newPreRestoreCopy([old], [fresh, edit, old])).toBe(fresh.id);
    expect(newPreRestoreCopy([old, fresh], [fresh, old])).toBeNull();
    expect(newPreRestoreCopy([], [edit])).toBeNull();
  });
});
