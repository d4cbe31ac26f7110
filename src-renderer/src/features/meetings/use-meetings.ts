// The open group's meetings with host rotation, reloaded when that group changes.
import type { AppEvent } from '../../../../src-main/domain/views';
import { useApiQuery } from '../../use-api-query';

export function useMeetings(groupId: string) {
  return useApiQuery('meetings.list', { groupId }, (event: AppEvent) => event.type === 'groupChanged' && event.groupId === groupId);
}
