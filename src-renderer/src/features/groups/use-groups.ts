// The groups list (active and archived), kept fresh by change events.
import type { AppEvent } from '../../../../src-main/domain/views';
import { useApiQuery } from '../../use-api-query';

const isGroupEvent = (event: AppEvent) => event.type === 'groupsChanged' || event.type === 'groupChanged';

export function useGroups() {
  return useApiQuery('groups.list', { includeArchived: true }, isGroupEvent);
}
