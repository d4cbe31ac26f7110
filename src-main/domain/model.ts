// The workspace file's shape: one group per file. Every type in the app is inferred from these schemas.
import { z } from 'zod';
import { agendaItemSchema, agendaTemplateSchema } from './agenda-model';
import { groupLetterheadSchema } from './letterhead-fields';
import { liveMeetingSchema } from './live-meeting-model';
import { memberReplySchema } from './member-replies';
import { meetingKindSchema } from './meeting-kind';
import { actionSchema, minutesSchema, themeSchema } from './minutes-model';
import { groupPeopleSettingsSchema, invitationSchema, type GroupPeopleSettings } from './speaker-model';
import { entityId, freeText, isoDate, isoDateTime, lineText, nameText } from './text';

export { meetingKindSchema };

/**
 * Version 3 added invitations, agendas, minutes, actions, the theme backlog and per-group people settings; version 4
 * the file's sync section (kept by the store, outside this schema) so two devices' changes can be merged.
 */
export const CURRENT_SCHEMA_VERSION = 4;

export const languageSchema = z.enum(['da', 'en']);
export type Language = z.infer<typeof languageSchema>;

export const sectorSchema = z.enum(['state', 'region', 'municipality', 'private', 'supplier', 'other']);
export type Sector = z.infer<typeof sectorSchema>;

/** A job a member held; members keep their history when they change organisation. */
export const employmentSchema = z.object({
  organisation: nameText,
  title: lineText.default(''),
  sector: sectorSchema.default('other'),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const memberSchema = z.object({
  id: entityId,
  name: nameText,
  email: freeText.default(''),
  phone: freeText.default(''),
  joined: isoDate.optional(),
  left: isoDate.optional(),
  employments: z.array(employmentSchema).default([]),
  notes: freeText.default(''),
});
export type Member = z.infer<typeof memberSchema>;

export const speakerSchema = z.object({
  id: entityId,
  name: nameText,
  title: lineText.default(''),
  organisation: lineText.default(''),
  email: freeText.default(''),
  phone: freeText.default(''),
  topics: z.array(nameText).default([]),
  bio: freeText.default(''),
  notes: freeText.default(''),
  suggestedByMemberId: entityId.optional(),
  doNotAskBefore: isoDate.optional(),
});
export type Speaker = z.infer<typeof speakerSchema>;

export const meetingStatusSchema = z.enum(['planned', 'invitationSent', 'held', 'minutesSent']);

export const meetingSchema = z.object({
  id: entityId,
  date: isoDate,
  startTime: z.string().regex(/^\d{2}:\d{2}$/),
  endTime: z.string().regex(/^\d{2}:\d{2}$/),
  kind: meetingKindSchema,
  hostOrganisation: lineText.default(''),
  address: freeText.default(''),
  theme: lineText.default(''),
  siteTour: z.boolean().default(false),
  dinner: z.boolean().default(false),
  jointWithSisterGroup: z.boolean().default(false),
  status: meetingStatusSchema.default('planned'),
  agenda: z.array(agendaItemSchema).default([]),
  minutes: minutesSchema.optional(),
  /**
   * The meeting as run live, stored with it so a restart resumes the same item and timers. Optional and absent until
   * the facilitator starts live mode, so files without it need no migration and the schema version stays.
   */
  live: liveMeetingSchema.optional(),
  /** Members' answers before the meeting (coming, not coming, dinner); optional, so older files need no migration. */
  replies: z.array(memberReplySchema).optional(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const groupSchema = z.object({
  id: entityId,
  name: nameText,
  language: languageSchema,
  archived: z.boolean(),
  createdAt: isoDateTime,
  description: freeText.default(''),
  /** Absent until the facilitator changes a setting; read through peopleSettingsOf() for the defaults. */
  peopleSettings: groupPeopleSettingsSchema.optional(),
  /** The letterhead template the minutes were last exported on; optional, so older files need no migration. */
  letterhead: groupLetterheadSchema.optional(),
});
export type Group = z.infer<typeof groupSchema>;

export function peopleSettingsOf(group: Group): GroupPeopleSettings {
  return group.peopleSettings ?? groupPeopleSettingsSchema.parse({});
}

export const workspaceSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  group: groupSchema,
  members: z.array(memberSchema),
  speakers: z.array(speakerSchema),
  meetings: z.array(meetingSchema),
  invitations: z.array(invitationSchema).default([]),
  agendaTemplates: z.array(agendaTemplateSchema).default([]),
  actions: z.array(actionSchema).default([]),
  themes: z.array(themeSchema).default([]),
});
export type Workspace = z.infer<typeof workspaceSchema>;

/** What the groups list shows without loading every detail into the renderer. */
export interface GroupSummary {
  id: string;
  name: string;
  language: Language;
  archived: boolean;
  memberCount: number;
  speakerCount: number;
  nextMeetingDate: string | null;
  fileName: string;
}

/** The lists a brand-new group starts with; spread into a workspace literal so new collections need one edit here. */
export function emptyWorkspaceCollections(): Pick<Workspace, 'members' | 'speakers' | 'meetings' | 'invitations' | 'agendaTemplates' | 'actions' | 'themes'> {
  return { members: [], speakers: [], meetings: [], invitations: [], agendaTemplates: [], actions: [], themes: [] };
}
