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
