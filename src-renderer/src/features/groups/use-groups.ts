// The groups list (active and archived), kept fresh by change events. The store sends `groupsChanged` whenever a
// group's summary (name, counts, next meeting, file) changes, so a group's other changes need no refetch here.
import type { AppEvent } from '../../../../src-main/domain/views';
import { useApiQuery } from '../../use-api-query';

const isGroupEvent = (event: AppEvent) => event.type === 'groupsChanged';

export function useGroups() {
  return useApiQuery('groups.list', { includeArchived: true }, isGroupEvent);
}
