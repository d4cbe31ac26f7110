// Backups, workspace problems (quarantined or conflicting files) and the size of a group's file.
import { z } from 'zod';
import type { GroupSummary } from '../../domain/model';
import { entityId } from '../../domain/text';
import type { BackupInfo, WorkspaceProblem } from '../../domain/views';
import type { WorkspaceSize } from '../../domain/workspace-size';
import { command, query } from './define';
import { groupRef } from './groups';

export interface RestoredGroup extends GroupSummary {
  undoBackupId: string | null;
}

export const safekeepingOperations = {
  'backups.list': query<BackupInfo[]>()(groupRef),
  'workspace.size': query<WorkspaceSize>('ownGroup')(groupRef),
  /** Restores a backup; `undoBackupId` is the copy of the group saved just before, which restoring undoes this. */
  'backups.restore': command<RestoredGroup>()(z.strictObject({ groupId: entityId, backupId: z.string().min(1).max(200) })),
  'problems.list': query<WorkspaceProblem[]>()(z.strictObject({})),
  'problems.restoreNewestBackup': command<GroupSummary>()(z.strictObject({ problemId: entityId })),
  'problems.dismiss': command<WorkspaceProblem[]>()(z.strictObject({ problemId: entityId })),
};
