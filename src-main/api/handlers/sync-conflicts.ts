// The conflict inbox: what waits in each group, and keeping one side of a conflict.
import type { HandlersFor } from '../handlers-type';
import type { syncConflictOperations } from '../operations/sync-conflicts';
import type { HandlerContext } from './context';

export function syncConflictHandlers(context: HandlerContext): HandlersFor<typeof syncConflictOperations> {
  return {
    'syncConflicts.counts': async () =>
      context
        .store()
        .listGroups()
        .map((group) => ({ groupId: group.id, groupName: group.name, count: context.store().conflicts(group.id).length }))
        .filter((entry) => entry.count > 0),
    'syncConflicts.list': async ({ groupId }) => context.store().conflicts(groupId),
    'syncConflicts.resolve': async ({ groupId, conflictId, keep }) => {
      await context.store().resolveConflict(groupId, conflictId, keep);
      return context.store().conflicts(groupId);
    },
  };
}
