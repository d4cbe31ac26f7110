// The open group's members, reloaded when that group's members change.
import { groupParts, useApiQuery } from '../../use-api-query';

export function useMembers(groupId: string) {
  return useApiQuery('members.list', { groupId }, groupParts(groupId, 'members'));
}
