// Schemas for minutes, actions and the theme backlog: what the facilitator records at and after a meeting.
import { z } from 'zod';
import { entityId, freeText, isoDate, isoDateTime, lineText, nameText } from './text';

/**
 * Who may read a piece of the minutes. 'room' stays in the meeting and is never exported; 'members' goes into the
 * members' version; 'shareable' goes into every version, including the one a member may pass to their organisation.
 */
export const confidentialitySchema = z.enum(['room', 'members', 'shareable']);
export type Confidentiality = z.infer<typeof confidentialitySchema>;

/**
 * The level a new entry starts at, by kind: notes, decisions and actions go to the members' version; a round entry is
 * personal and stays in the room until the facilitator marks it. The schemas' defaults and the editor both read this.
 */
export const NEW_ENTRY_LEVEL = {
  note: 'members',
  decision: 'members',
  action: 'members',
  roundEntry: 'room',
} as const satisfies Record<string, Confidentiality>;

/** The two documents the facilitator can export; 'room' is deliberately not one of them. */
export const minutesVersionSchema = z.enum(['members', 'shareable']);
export type MinutesVersion = z.infer<typeof minutesVersionSchema>;

export const attendanceStatusSchema = z.enum(['present', 'absent', 'excused']);
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;

export const attendanceSchema = z.object({
  memberId: entityId,
  status: attendanceStatusSchema,
});
export type Attendance = z.infer<typeof attendanceSchema>;

export const guestSchema = z.object({
  name: nameText,
  organisation: lineText.default(''),
});
export type Guest = z.infer<typeof guestSchema>;

/**
 * Notes on one agenda item. An item may hold several notes so that one passage can stay in the room while the rest
 * is shared. `text` is rich text in the Markdown subset that rich-text.ts reads.
 */
export const itemNoteSchema = z.object({
  id: entityId,
  agendaItemId: entityId,
  text: freeText.default(''),
  level: confidentialitySchema.default(NEW_ENTRY_LEVEL.note),
});
export type ItemNote = z.infer<typeof itemNoteSchema>;

/** Where a decision stands in the decision register: still in force, replaced by a later decision, or no longer relevant. */
export const decisionStatusSchema = z.enum(['inForce', 'replaced', 'obsolete']);
export type DecisionStatus = z.infer<typeof decisionStatusSchema>;

export const decisionSchema = z.object({
  id: entityId,
  text: freeText.pipe(z.string().min(1, { error: 'required' })),
  level: confidentialitySchema.default(NEW_ENTRY_LEVEL.decision),
  agendaItemId: entityId.optional(),
  /**
   * Set in the decision register (domain/decision-register.ts), never by the minutes editor. Optional, absent meaning
   * in force, so files from before the register need no migration and the schema version stays.
   */
  status: decisionStatusSchema.optional(),
  /** The id of the later decision that replaced this one, when `status` is 'replaced'. */
  replacedBy: entityId.optional(),
});
export type Decision = z.infer<typeof decisionSchema>;

/** One member's short entry in the check-in or closing round; personal by nature, so it stays in the room unless marked. */
export const roundEntrySchema = z.object({
  memberId: entityId,
  text: freeText.default(''),
  level: confidentialitySchema.default(NEW_ENTRY_LEVEL.roundEntry),
});
export type RoundEntry = z.infer<typeof roundEntrySchema>;

/** The theme the closing round chose for the next meeting; `themeId` links it to the backlog when it came from there. */
export const nextThemeSchema = z.object({
  text: freeText,
  themeId: entityId.optional(),
});
export type NextTheme = z.infer<typeof nextThemeSchema>;

export const minutesSchema = z.object({
  meetingId: entityId,
  attendance: z.array(attendanceSchema).default([]),
  guests: z.array(guestSchema).default([]),
  notes: z.array(itemNoteSchema).default([]),
  decisions: z.array(decisionSchema).default([]),
  checkInRound: z.array(roundEntrySchema).default([]),
  closingRound: z.array(roundEntrySchema).default([]),
  nextTheme: nextThemeSchema.optional(),
  updatedAt: isoDateTime,
});
export type Minutes = z.infer<typeof minutesSchema>;

/** Who carries an action: a member of the group, or the facilitator (who is not a member). */
export const actionOwnerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), memberId: entityId }),
  z.object({ kind: z.literal('facilitator') }),
]);
export type ActionOwner = z.infer<typeof actionOwnerSchema>;

export const actionStatusSchema = z.enum(['open', 'done']);

/**
 * A concrete follow-up agreed at a meeting. Actions live beside the minutes (not inside them) so the group's action
 * list spans all meetings. They carry a confidentiality level like decisions do, because an action often names a
 * member and a sensitive subject; 'members' is the default.
 */
export const actionSchema = z.object({
  id: entityId,
  meetingId: entityId,
  text: freeText.pipe(z.string().min(1, { error: 'required' })),
  owner: actionOwnerSchema,
  due: isoDate,
  status: actionStatusSchema.default('open'),
  doneAt: isoDate.optional(),
  level: confidentialitySchema.default(NEW_ENTRY_LEVEL.action),
});
export type Action = z.infer<typeof actionSchema>;

/** How many dots each member may spread over the waiting themes in one vote. */
export const DOT_BUDGET = 3;

export const themeStatusSchema = z.enum(['waiting', 'chosen', 'done']);
export type ThemeStatus = z.infer<typeof themeStatusSchema>;

/**
 * A theme in the group's backlog. Votes are kept per member (member id → dots) rather than as one total: a member
 * can move their dots, nobody is counted twice, the dot budget can be enforced, and the total is a simple sum.
 */
export const themeSchema = z.object({
  id: entityId,
  title: nameText,
  raisedByMemberId: entityId.optional(),
  raisedAtMeetingId: entityId.optional(),
  votes: z.record(entityId, z.int().min(1).max(DOT_BUDGET)).default({}),
  status: themeStatusSchema.default('waiting'),
  meetingId: entityId.optional(),
});
export type Theme = z.infer<typeof themeSchema>;
