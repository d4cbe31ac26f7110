// Agendas: what the editor needs for one meeting, saving its items, saving group templates, the invitation .docx.
import { proposeFollowUp } from '../../domain/actions';
import { builtInTemplates, templateFromAgenda } from '../../domain/agenda-templates';
import { facilitatorNameOf } from '../../domain/facilitator-profile';
import { findMeeting, meetingsInOrder } from '../../domain/meetings';
import { peopleSettingsOf } from '../../domain/model';
import { localIsoDate } from '../../domain/summaries';
import { meetingInvitationDocx } from '../../export/agenda-docx';
import { FILE_NAME_LABELS } from '../../export/file-name-labels';
import type { HandlersFor } from '../handlers-type';
import type { agendaOperations } from '../operations/agenda';
import type { HandlerContext } from './context';
import { deliverFile } from './deliver';

export function agendaHandlers(context: HandlerContext): HandlersFor<typeof agendaOperations> {
  return {
    'agenda.meetingChoices': async ({ groupId }) => ({
      meetings: meetingsInOrder(context.store().get(groupId).meetings).map(({ id, date, theme }) => ({ id, date, theme })),
      today: localIsoDate(context.now()),
    }),
    'agenda.get': async ({ groupId, meetingId }) => {
      const workspace = context.store().get(groupId);
      const meeting = findMeeting(workspace, meetingId);
      const speakerName = new Map(workspace.speakers.map((speaker) => [speaker.id, speaker.name]));
      return {
        language: workspace.group.language,
        meeting,
        templates: [...builtInTemplates(workspace.group.language), ...workspace.agendaTemplates],
        members: workspace.members.map(({ id, name }) => ({ id, name })),
        speakers: workspace.speakers.map(({ id, name }) => ({ id, name })),
        invitations: workspace.invitations
          .filter((invitation) => invitation.meetingId === meetingId)
          .map((invitation) => ({
            id: invitation.id,
            speakerId: invitation.speakerId,
            speakerName: speakerName.get(invitation.speakerId) ?? '',
            topic: invitation.topic,
            state: invitation.state,
          })),
        followUp: proposeFollowUp(workspace.actions, workspace.meetings, meeting, localIsoDate(context.now())),
      };
    },
    'agenda.save': async ({ groupId, meetingId, items }) => {
      const saved = await context.store().update(groupId, (draft) => {
        findMeeting(draft, meetingId).agenda = items;
      });
      return findMeeting(saved, meetingId);
    },
    'agenda.saveTemplate': async ({ groupId, name, meetingKind, items }) => {
      const template = templateFromAgenda(
        items.map((item, index) => ({ ...item, id: String(index) })),
        { id: context.newId(), name, meetingKind },
      );
      await context.store().update(groupId, (draft) => {
        draft.agendaTemplates.push(template);
      });
      return template;
    },
    'agenda.deleteTemplate': async ({ groupId, templateId }) => {
      const template = context.store().get(groupId).agendaTemplates.find((candidate) => candidate.id === templateId);
      if (!template) return null;
      await context.store().update(groupId, (draft, current) => {
        draft.agendaTemplates = current.agendaTemplates.filter((candidate) => candidate.id !== templateId);
      });
      return template;
    },
    'agenda.exportInvitation': async ({ groupId, meetingId }) => {
      const workspace = context.store().get(groupId);
      const meeting = findMeeting(workspace, meetingId);
      const facilitatorName = facilitatorNameOf(context.settings.get().facilitatorProfile, peopleSettingsOf(workspace.group).facilitatorName);
      const bytes = await meetingInvitationDocx(workspace, meeting, facilitatorName);
      const kind = FILE_NAME_LABELS[workspace.group.language].invitation;
      return deliverFile(context, { name: { kind, date: meeting.date, group: workspace.group.name }, extension: 'docx', bytes });
    },
  };
}
