// Meeting operations: a group's meetings, creating/editing/moving/deleting one, previewing a year's plan (saved through
// operations/year-plan.ts), host rotation, .ics.
import { z } from 'zod';
import { isCalendarDate } from '../../domain/danish-holidays';
import type { HostOption, HostRotation, HostTurn } from '../../domain/host-rotation';
import { meetingKindSchema, meetingSchema, type Language, type Meeting } from '../../domain/model';
import { entityId, shortLineText } from '../../domain/text';
import type { MeetingClash } from '../../domain/calendar-conflicts';
import type { ExportResult } from '../../domain/views';
import { holidayPolicySchema, yearPlanRuleSchema, type PlannedMeeting } from '../../domain/year-plan';
import { command, query } from './define';
import { groupRef } from './groups';

export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export const calendarDay = z.iso.date().refine(isCalendarDate, { message: 'notACalendarDate' });
const planYear = z.number().int().min(2000).max(2100);

/**
 * Everything the facilitator edits about a meeting; the agenda and minutes have their own operations. The fields are
 * the stored meeting's, with stricter date and time checks at the door (a real calendar day, a real clock time).
 */
export const meetingFieldsSchema = z.strictObject({
  date: calendarDay,
  startTime: clockTime,
  endTime: clockTime,
  ...meetingSchema.pick({
    kind: true,
    hostOrganisation: true,
    address: true,
    theme: true,
    siteTour: true,
    dinner: true,
    jointWithSisterGroup: true,
    status: true,
  }).shape,
});
export type MeetingFields = z.infer<typeof meetingFieldsSchema>;

export type { HostOption };

const meetingRef = z.strictObject({ groupId: entityId, meetingId: entityId });

export interface MeetingsOverview {
  language: Language;
  /** Date order, earliest first. */
  meetings: Meeting[];
  rotation: HostRotation;
  /** Current members' organisations, offered as hosts. */
  hostOptions: HostOption[];
  /** Whose turn it is to host, the longest waiting first (hostingQueue): the year plan suggests its hosts from it. */
  hostQueue: HostTurn[];
  today: string;
}

export const meetingOperations = {
  'meetings.list': query<MeetingsOverview>()(groupRef),
  'meetings.create': command<Meeting>()(z.strictObject({ groupId: entityId, fields: meetingFieldsSchema })),
  'meetings.update': command<Meeting>()(z.strictObject({ groupId: entityId, meetingId: entityId, fields: meetingFieldsSchema })),
  'meetings.move': command<Meeting>()(z.strictObject({ groupId: entityId, meetingId: entityId, date: calendarDay })),
  /** Returns the deleted meeting whole, so an undo can put it back with its agenda and minutes. */
  'meetings.delete': command<Meeting>()(meetingRef),
  'meetings.restore': command<Meeting>()(z.strictObject({ groupId: entityId, meeting: meetingSchema })),
  'meetings.previewYear': query<PlannedMeeting[]>()(
    z.strictObject({
      year: planYear,
      rule: yearPlanRuleSchema,
      kind: meetingKindSchema,
      startTime: clockTime.optional(),
      endTime: clockTime.optional(),
      onHoliday: holidayPolicySchema.default('flag'),
    }),
  ),
  /**
   * Every clash of meetings about to be placed (the meeting form, a calendar drag, the plan preview), one list per
   * candidate, before anything is saved: other groups' meetings, holidays, the host's other meetings, and, for a saved
   * meeting given a new date, the talks booked for it.
   */
  'meetings.clashes': query<MeetingClash[][]>()(
    z.strictObject({
      groupId: entityId,
      candidates: z
        .array(
          z.strictObject({
            meetingId: entityId.optional(),
            date: calendarDay,
            kind: meetingKindSchema,
            hostOrganisation: shortLineText.default(''),
            jointWithSisterGroup: z.boolean().default(false),
          }),
        )
        .min(1)
        .max(12),
    }),
  ),
  /** One meeting when meetingId is given, otherwise every meeting of the year. */
  'meetings.exportIcs': command<ExportResult>()(
    z.strictObject({ groupId: entityId, meetingId: entityId.optional(), year: planYear.optional() }),
  ),
};
