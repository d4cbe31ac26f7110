// The shape of an agenda: timed items with a responsible person, and templates that agendas start from.
import { z } from 'zod';
import { meetingKindSchema } from './meeting-kind';
import { entityId, freeText, nameText } from './text';

export const agendaItemKindSchema = z.enum([
  'welcome',
  'checkIn',
  'talk',
  'discussion',
  'break',
  'lunch',
  'siteTour',
  'closingRound',
  'dinner',
  'followUp',
  'other',
]);
export type AgendaItemKind = z.infer<typeof agendaItemKindSchema>;

/** One day; an overnight meeting's night is a single item, so no item needs to be longer. */
export const MAX_ITEM_MINUTES = 1440;

export const agendaResponsibleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('facilitator') }),
  z.object({ kind: z.literal('member'), memberId: entityId }),
  z.object({ kind: z.literal('speaker'), speakerId: entityId }),
  z.object({ kind: z.literal('none') }),
]);
export type AgendaResponsible = z.infer<typeof agendaResponsibleSchema>;

const agendaItemFields = {
  kind: agendaItemKindSchema,
  title: nameText,
  durationMinutes: z.number().int().min(0).max(MAX_ITEM_MINUTES),
  responsible: agendaResponsibleSchema.default({ kind: 'none' }),
  /** The speaker invitation behind a talk, so the agenda can show the agreed topic. */
  invitationId: entityId.optional(),
  notes: freeText.default(''),
};

export const agendaItemSchema = z.object({ id: entityId, ...agendaItemFields });
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** A template item is an agenda item before it belongs to an agenda: no id, no invitation yet. */
export const agendaTemplateItemSchema = z.object({
  kind: agendaItemFields.kind,
  title: agendaItemFields.title,
  durationMinutes: agendaItemFields.durationMinutes,
  responsible: agendaItemFields.responsible,
  notes: agendaItemFields.notes,
});
export type AgendaTemplateItem = z.infer<typeof agendaTemplateItemSchema>;

export const agendaTemplateSchema = z.object({
  id: entityId,
  name: nameText,
  meetingKind: meetingKindSchema,
  items: z.array(agendaTemplateItemSchema).max(200),
});
export type AgendaTemplate = z.infer<typeof agendaTemplateSchema>;
