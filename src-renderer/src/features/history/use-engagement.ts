// The group's engagement over the years (attendance and host rotation), reloaded when the group changes.
import { useApiQuery } from '../../use-api-query';

export function useEngagement(groupId: string) {
  return useApiQuery('history.engagement', { groupId }, (event) => event.type === 'groupChanged' && event.groupId === groupId);
}
