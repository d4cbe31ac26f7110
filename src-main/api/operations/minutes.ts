// Minutes operations: the meetings that can have minutes, one meeting's minutes editor, autosave, and Word exports.
import { z } from 'zod';
import type { CarriedAction } from '../../domain/actions';
import type { MinutedItem } from '../../domain/meetings';
import type { Language, Meeting } from '../../domain/model';
import {
  attendanceStatusSchema,
  confidentialitySchema,
  minutesVersionSchema,
  type Action,
  type Minutes,
  type Theme,
} from '../../domain/minutes-model';
import type { NameFinding } from '../../domain/chatham-house';
import type { PersonEntry } from '../../domain/people';
import { entityId, freeText, isoDate, lineText } from '../../domain/text';
import { base64Length, MAX_LETTERHEAD_BYTES } from '../../domain/file-limits';
import type { ExportResult } from '../../domain/views';
import { command, query } from './define';
import { groupRef } from './groups';

/** A meeting in the minutes' meeting picker. */
export interface MinutesMeetingSummary {
  id: string;
  date: string;
  startTime: string;
  theme: string;
  hostOrganisation: string;
  hasMinutes: boolean;
}

/** A member as the minutes list them (see peopleOn in the domain). */
export type MinutesPerson = PersonEntry;

/** An agenda item as the minutes editor structures notes by it (see itemsWithMinutes in the domain). */
export type MinutesAgendaItem = MinutedItem;

/** Everything the editor needs for one meeting. `minutes` is null until someone has written any. */
export interface MinutesEditorData {
  language: Language;
  meeting: Omit<Meeting, 'minutes' | 'agenda'>;
  agendaItems: MinutesAgendaItem[];
  members: MinutesPerson[];
  minutes: Minutes | null;
  /** The actions agreed at this meeting. */
  actions: Action[];
  /** Open actions from earlier meetings, to follow up on at this one. */
  carriedActions: CarriedAction[];
  /** The meeting after this one, which the closing round chooses a theme for; null when none is planned. */
  nextMeeting: { id: string; date: string; theme: string } | null;
  /** The waiting themes, most dots first, to choose the next theme from. */
  waitingThemes: Theme[];
  today: string;
}

/**
 * The editable part of a meeting's minutes, written whole by every autosave. Texts may be empty while the facilitator
 * is still typing; the handler keeps only entries with words. The next theme is not part of it: the theme commands
 * own it, so a late autosave can never undo a theme just chosen.
 */
export const minutesDraftSchema = z.strictObject({
  attendance: z.array(z.strictObject({ memberId: entityId, status: attendanceStatusSchema })).max(1000),
  guests: z.array(z.strictObject({ name: lineText, organisation: lineText })).max(200),
  notes: z.array(z.strictObject({ id: entityId, agendaItemId: entityId, text: freeText, level: confidentialitySchema })).max(2000),
  decisions: z
    .array(z.strictObject({ id: entityId, text: freeText, level: confidentialitySchema, agendaItemId: entityId.optional() }))
    .max(2000),
  checkInRound: z.array(z.strictObject({ memberId: entityId, text: freeText, level: confidentialitySchema })).max(1000),
  closingRound: z.array(z.strictObject({ memberId: entityId, text: freeText, level: confidentialitySchema })).max(1000),
});
export type MinutesDraft = z.infer<typeof minutesDraftSchema>;

const actionOwnerDraft = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('member'), memberId: entityId }),
  z.strictObject({ kind: z.literal('facilitator') }),
]);

export const actionDraftSchema = z.strictObject({
  id: entityId,
  text: freeText,
  owner: actionOwnerDraft,
  due: isoDate,
  status: z.enum(['open', 'done']),
  level: confidentialitySchema,
});
export type ActionDraft = z.infer<typeof actionDraftSchema>;

const meetingRef = z.strictObject({ groupId: entityId, meetingId: entityId });

/** A letterhead template travels as base64: the largest file the renderer lets through, in base64 characters. */
export const MAX_LETTERHEAD_BASE64 = base64Length(MAX_LETTERHEAD_BYTES);

export const minutesExportScope = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('meeting'), meetingId: entityId }),
  z.strictObject({ kind: z.literal('year'), year: z.int().min(1900).max(2200) }),
]);

export const minutesOperations = {
  'minutes.meetings': query<MinutesMeetingSummary[]>()(groupRef),
  'minutes.get': query<MinutesEditorData>()(meetingRef),
  'minutes.save': command<{ updatedAt: string }>()(
    z.strictObject({
      groupId: entityId,
      meetingId: entityId,
      minutes: minutesDraftSchema,
      actions: z.array(actionDraftSchema).max(1000),
      /**
       * Every entry the editor has held (see entryKeys in the domain). A stored entry outside it was added elsewhere,
       * by live mode or another device, and the save keeps it. Without it the draft replaces the stored entries.
       */
      seen: z.array(z.string().min(1).max(200)).max(10_000).optional(),
    }),
  ),
  'minutes.export': command<ExportResult>()(
    z.strictObject({
      groupId: entityId,
      version: minutesVersionSchema,
      scope: minutesExportScope,
      /** A .docx with {{body}}: the minutes are filled into it instead of the app's own layout. */
      letterheadBase64: z.string().min(1).max(MAX_LETTERHEAD_BASE64).regex(/^[A-Za-z0-9+/]+=*$/).optional(),
      /** The shareable version with members as neutral roles (domain/chatham-house.ts); refused for the members' version. */
      chathamHouse: z.boolean().optional(),
    }),
  ),
  /** Member and organisation names still in the Chatham House version of the shareable minutes, for the facilitator to fix. */
  'minutes.chathamHouseCheck': query<NameFinding[]>()(z.strictObject({ groupId: entityId, scope: minutesExportScope })),
};
