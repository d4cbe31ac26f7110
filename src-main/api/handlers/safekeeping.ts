// Backups and problems: how the facilitator gets data back after a bad file, a conflict or a regretted change.
import type { Handlers } from '../handlers-type';
import type { HandlerContext } from './context';

type SafekeepingHandlers = Pick<
  Handlers,
  'backups.list' | 'backups.restore' | 'problems.list' | 'problems.restoreNewestBackup' | 'problems.dismiss'
>;

export function safekeepingHandlers(context: HandlerContext): SafekeepingHandlers {
  return {
    'backups.list': async ({ groupId }) => context.store().listBackups(groupId),
    'backups.restore': async ({ groupId, backupId }) => context.store().restoreBackup(groupId, backupId),
    'problems.list': async () => context.store().problems(),
    'problems.restoreNewestBackup': async ({ problemId }) => context.store().restoreNewestBackup(problemId),
    'problems.dismiss': async ({ problemId }) => {
      context.store().dismissProblem(problemId);
      return context.store().problems();
    },
  };
}
