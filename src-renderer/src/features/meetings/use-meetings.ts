// The open group's meetings with host rotation, reloaded when that group's meetings, members or settings change.
import { groupParts, useApiQuery } from '../../use-api-query';

export function useMeetings(groupId: string) {
  return useApiQuery('meetings.list', { groupId }, groupParts(groupId, 'group', 'meetings', 'members'));
}
