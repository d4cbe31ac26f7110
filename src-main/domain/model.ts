// The workspace file's shape: one group per file. Every type in the app is inferred from these schemas.
import { z } from 'zod';
import { entityId, freeText, isoDate, isoDateTime, nameText } from './text';

export const CURRENT_SCHEMA_VERSION = 2;

export const languageSchema = z.enum(['da', 'en']);
export type Language = z.infer<typeof languageSchema>;

export const sectorSchema = z.enum(['state', 'region', 'municipality', 'private', 'supplier', 'other']);
export type Sector = z.infer<typeof sectorSchema>;

/** A job a member held; members keep their history when they change organisation. */
export const employmentSchema = z.object({
  organisation: nameText,
  title: freeText.default(''),
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
  title: freeText.default(''),
  organisation: freeText.default(''),
  email: freeText.default(''),
  phone: freeText.default(''),
  topics: z.array(nameText).default([]),
  bio: freeText.default(''),
  notes: freeText.default(''),
  suggestedByMemberId: entityId.optional(),
  doNotAskBefore: isoDate.optional(),
});
export type Speaker = z.infer<typeof speakerSchema>;

export const meetingKindSchema = z.enum(['fullDay', 'halfDay', 'overnight']);
export const meetingStatusSchema = z.enum(['planned', 'invitationSent', 'held', 'minutesSent']);

export const meetingSchema = z.object({
  id: entityId,
  date: isoDate,
  startTime: z.string().regex(/^\d{2}:\d{2}$/),
  endTime: z.string().regex(/^\d{2}:\d{2}$/),
  kind: meetingKindSchema,
  hostOrganisation: freeText.default(''),
  address: freeText.default(''),
  theme: freeText.default(''),
  siteTour: z.boolean().default(false),
  dinner: z.boolean().default(false),
  jointWithSisterGroup: z.boolean().default(false),
  status: meetingStatusSchema.default('planned'),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const groupSchema = z.object({
  id: entityId,
  name: nameText,
  language: languageSchema,
  archived: z.boolean(),
  createdAt: isoDateTime,
  description: freeText.default(''),
});
export type Group = z.infer<typeof groupSchema>;

export const workspaceSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  group: groupSchema,
  members: z.array(memberSchema),
  speakers: z.array(speakerSchema),
  meetings: z.array(meetingSchema),
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
