// The group's follow-up overview (actions and theme backlog), reloaded when the group changes.
import { groupParts, useApiQuery } from '../../use-api-query';

export function useFollowUp(groupId: string) {
  return useApiQuery('followUp.overview', { groupId }, groupParts(groupId, 'members', 'meetings', 'actions', 'themes'));
}

/** The counts the group overview shows: reloaded only by changes of actions or themes, never by members or meetings. */
export function useFollowUpGlance(groupId: string) {
  return useApiQuery('followUp.glance', { groupId }, groupParts(groupId, 'actions', 'themes'));
}
