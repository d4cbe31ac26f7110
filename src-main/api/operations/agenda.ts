// Agenda operations: one meeting's agenda with what the editor needs, saving it, group templates, the invitation .docx.
import { z } from 'zod';
import { agendaItemSchema, agendaTemplateItemSchema, type AgendaTemplate } from '../../domain/agenda-model';
import type { FollowUpProposal } from '../../domain/actions';
import { meetingKindSchema, type Language, type Meeting } from '../../domain/model';
import { entityId, nameText } from '../../domain/text';
import type { ExportResult } from '../../domain/views';
import { command, query } from './define';

const meetingRef = z.strictObject({ groupId: entityId, meetingId: entityId });

/** A meeting as the agenda tab's picker names it. */
export interface AgendaMeetingChoice {
  id: string;
  date: string;
  theme: string;
}

/** The meetings whose agenda may be drafted, in date order, and today's date (the picker starts on the next one). */
export interface AgendaMeetingChoices {
  meetings: AgendaMeetingChoice[];
  today: string;
}

export interface AgendaPerson {
  id: string;
  name: string;
}

export interface AgendaInvitationOption {
  id: string;
  speakerId: string;
  speakerName: string;
  topic: string;
  state: string;
}

export interface AgendaEditorData {
  language: Language;
  meeting: Meeting;
  /** Built-in templates first (ids starting 'builtin-'), then the group's own. */
  templates: AgendaTemplate[];
  members: AgendaPerson[];
  speakers: AgendaPerson[];
  /** Speaker invitations for this meeting, for linking talks. */
  invitations: AgendaInvitationOption[];
  /** Open actions from earlier meetings, or null when there are none. */
  followUp: FollowUpProposal | null;
}

export const agendaOperations = {
  /** The picker's meetings only: the whole meetings list (agendas, minutes, host rotation) is ~0.5 MB on a long-lived group. */
  'agenda.meetingChoices': query<AgendaMeetingChoices>()(z.strictObject({ groupId: entityId })),
  'agenda.get': query<AgendaEditorData>()(meetingRef),
  'agenda.save': command<Meeting>()(
    z.strictObject({ groupId: entityId, meetingId: entityId, items: z.array(agendaItemSchema).max(200) }),
  ),
  'agenda.saveTemplate': command<AgendaTemplate>()(
    z.strictObject({
      groupId: entityId,
      name: nameText,
      meetingKind: meetingKindSchema,
      items: z.array(agendaTemplateItemSchema).min(1).max(200),
    }),
  ),
  /** Returns the removed template for an undo, or null when it was already gone (deleting twice is harmless). */
  'agenda.deleteTemplate': command<AgendaTemplate | null>()(z.strictObject({ groupId: entityId, templateId: entityId })),
  'agenda.exportInvitation': command<ExportResult>()(meetingRef),
};
