// One meeting's agenda with the templates, people, invitations and open actions the editor offers.
import type { AppEvent } from '../../../../src-main/domain/views';
import { useApiQuery } from '../../use-api-query';

export function useAgenda(groupId: string, meetingId: string | null) {
  return useApiQuery('agenda.get', meetingId === null ? null : { groupId, meetingId }, (event: AppEvent) => event.type === 'groupChanged' && event.groupId === groupId);
}

export function useMeetingChoices(groupId: string) {
  return useApiQuery('meetings.list', { groupId }, (event: AppEvent) => event.type === 'groupChanged' && event.groupId === groupId);
}
