// Backups and problems: how the facilitator gets data back after a bad file, a conflict or a regretted change;
// and the size of a group's file, so a file grown too big is noticed before it slows everything down.
import { workspaceSizeOf } from '../../domain/workspace-size';
import type { Handlers } from '../handlers-type';
import type { HandlerContext } from './context';

type SafekeepingHandlers = Pick<
  Handlers,
  'backups.list' | 'backups.restore' | 'workspace.size' | 'problems.list' | 'problems.restoreNewestBackup' | 'problems.dismiss'
>;

export function safekeepingHandlers(context: HandlerContext): SafekeepingHandlers {
  return {
    'backups.list': async ({ groupId }) => context.store().listBackups(groupId),
    'backups.restore': async ({ groupId, backupId }) => context.store().restoreBackup(groupId, backupId),
    'workspace.size': async ({ groupId }) => workspaceSizeOf(context.store().fileSize(groupId)),
    'problems.list': async () => context.store().problems(),
    'problems.restoreNewestBackup': async ({ problemId }) => context.store().restoreNewestBackup(problemId),
    'problems.dismiss': async ({ problemId }) => {
      context.store().dismissProblem(problemId);
      return context.store().problems();
    },
  };
}
