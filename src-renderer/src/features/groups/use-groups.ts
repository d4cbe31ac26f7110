// The groups list (active and archived), kept fresh by change events. The store sends `groupsChanged` whenever a
// group's summary (name, counts, next meeting, file) changes, so a group's other changes need no refetch here.
import type { AppEvent } from '../../../../src-main/domain/views';
import { useApiQuery } from '../../use-api-query';

const isGroupEvent = (event: AppEvent) => event.type === 'groupsChanged';

/** What the app asks for its groups; the boot's early read asks the same (layout/boot-reads.ts). */
export const GROUPS_LIST_INPUT = { includeArchived: true } as const;

export function useGroups() {
  return useApiQuery('groups.list', GROUPS_LIST_INPUT, isGroupEvent);
}
