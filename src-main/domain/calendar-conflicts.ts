// Calendar conflicts across all of the facilitator's groups: two meetings on one day, a meeting on a holiday.
import { holidayOn, type Holiday } from './danish-holidays';
import type { Meeting } from './model';
import { meetingDays } from './year-plan';

export interface CalendarMeeting {
  groupId: string;
  meeting: Pick<Meeting, 'id' | 'date' | 'kind' | 'jointWithSisterGroup'>;
}

export interface MeetingRef {
  groupId: string;
  meetingId: string;
}

export type CalendarConflict =
  | { kind: 'sameDay'; date: string; meetings: MeetingRef[] }
  | { kind: 'holiday'; date: string; holiday: Holiday; meeting: MeetingRef };

const refOf = ({ groupId, meeting }: CalendarMeeting): MeetingRef => ({ groupId, meetingId: meeting.id });

/**
 * Joint meetings of sister groups on one day are one gathering seen from two groups' calendars, not a clash; any
 * other meeting that day is.
 */
function gatheringsOn(onDay: readonly CalendarMeeting[]): number {
  const separate = onDay.filter((entry) => !entry.meeting.jointWithSisterGroup).length;
  return separate + (separate < onDay.length ? 1 : 0);
}

/**
 * Every conflict, in date order. A day counts as taken by each meeting held on it, so an overnight meeting also
 * clashes with a meeting on its second day, and its second day can fall on a holiday.
 */
export function findCalendarConflicts(meetings: readonly CalendarMeeting[]): CalendarConflict[] {
  const byDay = new Map<string, CalendarMeeting[]>();
  const conflicts: CalendarConflict[] = [];
  for (const entry of meetings) {
    for (const day of meetingDays(entry.meeting)) {
      const onDay = byDay.get(day) ?? [];
      onDay.push(entry);
      byDay.set(day, onDay);
      const holiday = holidayOn(day);
      if (holiday) conflicts.push({ kind: 'holiday', date: day, holiday, meeting: refOf(entry) });
    }
  }
  for (const [date, onDay] of byDay) {
    if (gatheringsOn(onDay) > 1) conflicts.push({ kind: 'sameDay', date, meetings: onDay.map(refOf) });
  }
  return conflicts.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}

/** The conflicts that concern one meeting, for a badge on it. */
export function conflictsFor(conflicts: readonly CalendarConflict[], ref: MeetingRef): CalendarConflict[] {
  const same = (other: MeetingRef) => other.groupId === ref.groupId && other.meetingId === ref.meetingId;
  return conflicts.filter((c) => (c.kind === 'holiday' ? same(c.meeting) : c.meetings.some(same)));
}

/** A meeting of any group as the clash check sees it: with its group's name and its host. */
export interface ScheduledMeeting extends CalendarMeeting {
  groupName: string;
  meeting: CalendarMeeting['meeting'] & Pick<Meeting, 'hostOrganisation'>;
}

/** A talk booked for the meeting being placed. */
export interface BookedTalk {
  invitationId: string;
  speakerName: string;
}

/** A meeting about to be placed on a day: a new one, a planned one, or one being moved. */
export interface MeetingCandidate {
  groupId: string;
  /** Absent for a meeting not saved yet; a saved meeting never clashes with itself. */
  meetingId?: string;
  meeting: Pick<Meeting, 'date' | 'kind' | 'jointWithSisterGroup' | 'hostOrganisation'>;
}

export type MeetingClash =
  | { kind: 'otherGroup'; date: string; groupId: string; groupName: string; meetingId: string }
  | { kind: 'holiday'; date: string; holiday: Holiday }
  | { kind: 'hostBusy'; date: string; hostOrganisation: string; groupId: string; groupName: string; meetingId: string }
  | { kind: 'bookedSpeaker'; invitationId: string; speakerName: string };

const sameHost = (a: string, b: string) => a.trim() !== '' && a.trim().toLocaleLowerCase('da') === b.trim().toLocaleLowerCase('da');

/**
 * Every clash of a meeting placed on its date, shown before it is saved: another group's meeting on one of its days
 * (joint sister-group meetings excepted, as in findCalendarConflicts), a holiday, the host's other meetings those days
 * (any group), and the talks booked for it, whose speakers must hear of a new date. `bookedTalks` is only passed when
 * the meeting moves. In date order, holidays and other groups first.
 */
export function clashesFor(
  candidate: MeetingCandidate,
  scheduled: readonly ScheduledMeeting[],
  bookedTalks: readonly BookedTalk[] = [],
): MeetingClash[] {
  const clashes: MeetingClash[] = [];
  const days = meetingDays(candidate.meeting);
  for (const day of days) {
    const holiday = holidayOn(day);
    if (holiday) clashes.push({ kind: 'holiday', date: day, holiday });
  }
  const taken = new Set(days);
  for (const entry of scheduled) {
    if (entry.groupId === candidate.groupId && entry.meeting.id === candidate.meetingId) continue;
    const day = meetingDays(entry.meeting).find((other) => taken.has(other));
    if (day === undefined) continue;
    const ref = { date: day, groupId: entry.groupId, groupName: entry.groupName, meetingId: entry.meeting.id };
    const joint = candidate.meeting.jointWithSisterGroup && entry.meeting.jointWithSisterGroup;
    if (entry.groupId !== candidate.groupId && !joint) clashes.push({ kind: 'otherGroup', ...ref });
    if (sameHost(candidate.meeting.hostOrganisation, entry.meeting.hostOrganisation)) {
      clashes.push({ kind: 'hostBusy', hostOrganisation: entry.meeting.hostOrganisation, ...ref });
    }
  }
  clashes.sort((a, b) => ('date' in a && 'date' in b ? a.date.localeCompare(b.date) : 0));
  for (const talk of bookedTalks) clashes.push({ kind: 'bookedSpeaker', ...talk });
  return clashes;
}
