// The group's pipeline (invitations with their speakers, meetings and members), reloaded when the group changes.
import type { AppEvent } from '../../../../src-main/domain/views';
import { useApiQuery } from '../../use-api-query';

export function usePipeline(groupId: string) {
  return useApiQuery('invitations.board', { groupId }, (event: AppEvent) => event.type === 'groupChanged' && event.groupId === groupId);
}

export function useFollowUps(groupId: string) {
  return useApiQuery('invitations.followUps', { groupId }, (event: AppEvent) => event.type === 'groupChanged' && event.groupId === groupId);
}
