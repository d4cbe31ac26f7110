// The open group's speakers and members (for "suggested by"), each reloaded when that list of the group changes.
import { touchesParts } from '../../../../src-main/domain/workspace-changes';
import { groupParts, useApiQuery } from '../../use-api-query';

export function useSpeakers(groupId: string) {
  return useApiQuery('speakers.list', { groupId }, groupParts(groupId, 'speakers'));
}

export function useGroupMembers(groupId: string) {
  return useApiQuery('members.list', { groupId }, groupParts(groupId, 'members'));
}

/** Every talk of one speaker in every group; any group's change may add one. */
export function useSpeakerHistory(groupId: string, speakerId: string | null) {
  return useApiQuery(
    'speakers.history',
    speakerId === null ? null : { groupId, speakerId },
    (event) => event.type === 'groupChanged' && touchesParts(event.changes, ['speakers', 'invitations', 'meetings']),
  );
}

/** Speakers of the other groups; null input while the cross-group view is closed. */
export function useSpeakersElsewhere(groupId: string, open: boolean) {
  return useApiQuery(
    'speakers.elsewhere',
    open ? { groupId } : null,
    (event) => event.type === 'groupsChanged' || (event.type === 'groupChanged' && touchesParts(event.changes, ['group', 'speakers'])),
  );
}
