// Backups and problems: how the facilitator gets data back after a bad file, a conflict or a regretted change;
// and the size of a group's file, so a file grown too big is noticed before it slows everything down.
import { newPreRestoreCopy } from '../../domain/backup-kinds';
import { workspaceSizeOf } from '../../domain/workspace-size';
import type { HandlersFor } from '../handlers-type';
import type { safekeepingOperations } from '../operations/safekeeping';
import type { HandlerContext } from './context';

export function safekeepingHandlers(context: HandlerContext): HandlersFor<typeof safekeepingOperations> {
  return {
    'backups.list': async ({ groupId }) => context.store().listBackups(groupId),
    'backups.restore': async ({ groupId, backupId }) => {
      const before = await context.store().listBackups(groupId);
      const summary = await context.store().restoreBackup(groupId, backupId);
      return { ...summary, undoBackupId: newPreRestoreCopy(before, await context.store().listBackups(groupId)) };
    },
    'workspace.size': async ({ groupId }) => workspaceSizeOf(context.store().fileSize(groupId)),
    'problems.list': async () => context.store().problems(),
    'problems.restoreNewestBackup': async ({ problemId }) => context.store().restoreNewestBackup(problemId),
    'problems.dismiss': async ({ problemId }) => {
      context.store().dismissProblem(problemId);
      return context.store().problems();
    },
  };
}
