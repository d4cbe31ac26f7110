// Why a backup was taken, read from its file name (`<stamp>-<label>.json`, see store/backups.ts), so the list can say
// which copy holds the group as it was just before a restore, a merge or a migration.
export type BackupKind = 'routine' | 'preRestore' | 'preMerge' | 'syncCopy' | 'preMigration';

const LABEL = /-([a-z0-9-]+)\.json$/;

export function backupKindOf(backupId: string): BackupKind {
  const label = LABEL.exec(backupId)?.[1] ?? '';
  if (label.endsWith('pre-restore')) return 'preRestore';
  if (label.endsWith('pre-merge') || label.endsWith('pre-conflict')) return 'preMerge';
  if (label.endsWith('sync-copy')) return 'syncCopy';
  if (/pre-migration-v\d+$/.test(label)) return 'preMigration';
  return 'routine';
}

/** The copy a restore just saved of the group as it was: the newest pre-restore backup not listed before it. */
export function newPreRestoreCopy(before: readonly { id: string }[], after: readonly { id: string }[]): string | null {
  const known = new Set(before.map((backup) => backup.id));
  return after.find((backup) => !known.has(backup.id) && backupKindOf(backup.id) === 'preRestore')?.id ?? null;
}
