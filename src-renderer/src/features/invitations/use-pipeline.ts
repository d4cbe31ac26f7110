// The group's pipeline (invitations with their speakers, meetings and members), reloaded when one of those changes.
import { groupParts, useApiQuery } from '../../use-api-query';

export function usePipeline(groupId: string) {
  return useApiQuery('invitations.board', { groupId }, groupParts(groupId, 'invitations', 'speakers', 'meetings', 'members'));
}

export function useFollowUps(groupId: string) {
  return useApiQuery('invitations.followUps', { groupId }, groupParts(groupId, 'group', 'invitations', 'speakers', 'meetings'));
}
