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

/** Another meeting the speaker of a booked talk is booked for (any group), with the days it takes. */
export interface OtherBooking {
  days: readonly string[];
  groupId: string;
  groupName: string;
  meetingId: string;
}

/** A talk booked for the meeting being placed (see booked-talks.ts). */
export interface BookedTalk {
  invitationId: string;
  speakerName: string;
  /** Delivered or thanked: moving the meeting would rewrite the record of a talk already given. */
  given?: boolean;
  /** The speaker's other bookings, so a new date that falls on one of them is a clash. */
  otherBookings?: readonly OtherBooking[];
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
  | { kind: 'speakerBusy'; date: string; invitationId: string; speakerName: string; groupId: string; groupName: string; meetingId: string }
  /** A talk still ahead: the speaker must hear of the new date (the "ny dato" mail). */
  | { kind: 'bookedSpeaker'; invitationId: string; speakerName: string }
  /** A talk already given (delivered, thanked): the meeting is most likely held and should not move. */
  | { kind: 'talkGiven'; invitationId: string; speakerName: string };

const sameHost = (a: string, b: string) => a.trim() !== '' && a.trim().toLocaleLowerCase('da') === b.trim().toLocaleLowerCase('da');

/**
 * Every clash of a meeting placed on its date, shown before it is saved: another group's meeting on one of its days
 * (joint sister-group meetings excepted, as in findCalendarConflicts), a holiday, the host's other meetings those days
 * (any group), a booked speaker's other booking on one of its days, and the talks booked for it: a talk ahead, whose
 * speaker must hear of the new date, or a talk already given. `bookedTalks` is only passed when the meeting moves.
 * Dated clashes in date order, holidays and other groups first; then the talks.
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
  for (const { invitationId, speakerName, otherBookings = [] } of bookedTalks) {
    for (const { days: otherDays, ...other } of otherBookings) {
      const day = otherDays.find((otherDay) => taken.has(otherDay));
      if (day !== undefined) clashes.push({ kind: 'speakerBusy', date: day, invitationId, speakerName, ...other });
    }
  }
  clashes.sort((a, b) => ('date' in a && 'date' in b ? a.date.localeCompare(b.date) : 0));
  for (const { invitationId, speakerName, given } of bookedTalks) {
    clashes.push({ kind: given === true ? 'talkGiven' : 'bookedSpeaker', invitationId, speakerName });
  }
  return clashes;
}

export type SpeakerToTell = Extract<MeetingClash, { kind: 'bookedSpeaker' }>;

/**
 * The clashes to weigh before placing a meeting (a drag asks about them, the form warns of them). A talk still ahead
 * is not one of them: its speaker is simply told the new date afterwards (speakersToTell).
 */
export function clashesToWeigh(clashes: readonly MeetingClash[]): MeetingClash[] {
  return clashes.filter((clash) => clash.kind !== 'bookedSpeaker');
}

/** The speakers of talks still ahead, offered the "ny dato" mail once the meeting has moved. */
export function speakersToTell(clashes: readonly MeetingClash[]): SpeakerToTell[] {
  return clashes.filter((clash): clash is SpeakerToTell => clash.kind === 'bookedSpeaker');
}
