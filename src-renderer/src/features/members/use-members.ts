// The open group's members, reloaded when that group changes.
import type { AppEvent } from '../../../../src-main/domain/views';
import { useApiQuery } from '../../use-api-query';

export function useMembers(groupId: string) {
  return useApiQuery('members.list', { groupId }, (event: AppEvent) => event.type === 'groupChanged' && event.groupId === groupId);
}
