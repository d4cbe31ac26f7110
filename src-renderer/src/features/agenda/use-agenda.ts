// One meeting's agenda with the templates, people, invitations and open actions the editor offers.
import { groupParts, useApiQuery } from '../../use-api-query';

export function useAgenda(groupId: string, meetingId: string | null) {
  return useApiQuery('agenda.get', meetingId === null ? null : { groupId, meetingId }, groupParts(groupId, 'group', 'meetings', 'agendaTemplates', 'members', 'speakers', 'invitations', 'actions'));
}

export function useMeetingChoices(groupId: string) {
  return useApiQuery('agenda.meetingChoices', { groupId }, groupParts(groupId, 'meetings'));
}
