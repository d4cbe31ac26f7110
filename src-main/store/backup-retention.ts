// Which backups to delete: every snapshot from the last 24 hours (at most 48), plus the newest of each day for 45 days.

export interface DatedBackup {
  id: string;
  createdAt: Date;
  label: string;
}

const HOUR_MS = 3_600_000;
export const RECENT_WINDOW_MS = 24 * HOUR_MS;
export const MAX_RECENT_BACKUPS = 48;
export const DAILY_RETENTION_DAYS = 45;

/** Labels of snapshots taken before a one-time change (a migration) that are never pruned. */
const PERMANENT_LABEL = /^pre-migration/;

export function backupsToPrune(backups: readonly DatedBackup[], now: Date): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set<string>();
  const recent = newestFirst.filter((backup) => now.getTime() - backup.createdAt.getTime() < RECENT_WINDOW_MS);
  for (const backup of recent.slice(0, MAX_RECENT_BACKUPS)) keep.add(backup.id);

  const dailyCutoff = now.getTime() - DAILY_RETENTION_DAYS * 24 * HOUR_MS;
  const daysSeen = new Set<string>();
  for (const backup of newestFirst) {
    const day = backup.createdAt.toISOString().slice(0, 10);
    if (daysSeen.has(day)) continue;
    daysSeen.add(day);
    if (backup.createdAt.getTime() >= dailyCutoff) keep.add(backup.id);
  }
  return newestFirst
    .filter((backup) => !keep.has(backup.id) && !PERMANENT_LABEL.test(backup.label))
    .map((backup) => backup.id);
}
