// Attendance over the years: per member per year (rate, absences in a row) and for the group as a whole. A meeting
// counts for a person only if they were a member on its day (people.ts's one rule), and only once it has been held
// with attendance taken in its minutes: a planned meeting, or minutes without attendance, says nothing about anyone.
import { meetingsInOrder } from './meetings';
import type { Meeting, Member } from './model';
import type { AttendanceStatus } from './minutes-model';
import { isCurrentMember } from './people';

export interface AttendanceTally {
  /** Meetings that count for this person (or the group): held, attendance taken, and a member on the day. */
  meetings: number;
  present: number;
  excused: number;
  absent: number;
  /** present / meetings, from 0 to 1; null when no meeting counts. */
  rate: number | null;
}

export interface MemberYearAttendance extends AttendanceTally {
  year: number;
  /** The most meetings missed in a row within the year. */
  longestAbsenceRun: number;
}

export interface MemberAttendance {
  memberId: string;
  name: string;
  /** A member today; former members keep the record of the meetings they were members at. */
  currentMember: boolean;
  /** Only years with at least one meeting that counts for the member, oldest first. */
  years: MemberYearAttendance[];
  total: AttendanceTally;
  /** The most meetings missed in a row, across years. */
  longestAbsenceRun: number;
  /** Meetings missed in a row up to the latest one that counts for the member: 0 when they came to it. */
  currentAbsenceRun: number;
}

export interface GroupAttendanceYear extends AttendanceTally {
  year: number;
  /** Meetings held that year with attendance taken. */
  meetingsHeld: number;
  /** Members present per held meeting, on average (one decimal is for the screen to round). */
  averagePresent: number;
}

type AttendanceMeeting = Pick<Meeting, 'id' | 'date' | 'startTime' | 'minutes'>;
type AttendanceMember = Pick<Member, 'id' | 'name' | 'joined' | 'left'>;

/**
 * The meetings attendance is counted from, in meeting order: held by `today` (a meeting today counts once its
 * attendance is taken) and with attendance recorded in the minutes.
 */
export function meetingsWithAttendance<T extends AttendanceMeeting>(meetings: readonly T[], today: string): T[] {
  return meetingsInOrder(meetings.filter((meeting) => meeting.date <= today && (meeting.minutes?.attendance.length ?? 0) > 0));
}

/**
 * How a member took part in a meeting that counts: their recorded status, or null when it does not count for them
 * (not a member on the day, or missing from the attendance taken, e.g. added to the roster afterwards). Excused and
 * absent are both a missed meeting; the tallies keep them apart.
 */
function statusAt(member: AttendanceMember, meeting: AttendanceMeeting): AttendanceStatus | null {
  if (!isCurrentMember(member, meeting.date)) return null;
  return meeting.minutes?.attendance.find((entry) => entry.memberId === member.id)?.status ?? null;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

function emptyTally(): AttendanceTally {
  return { meetings: 0, present: 0, excused: 0, absent: 0, rate: null };
}

function count(tally: AttendanceTally, status: AttendanceStatus): void {
  tally.meetings += 1;
  tally[status] += 1;
  tally.rate = tally.present / tally.meetings;
}

/** The longest run of missed meetings, and the run still going at the end. */
function absenceRuns(statuses: readonly AttendanceStatus[]): { longest: number; current: number } {
  let longest = 0;
  let current = 0;
  for (const status of statuses) {
    current = status === 'present' ? 0 : current + 1;
    longest = Math.max(longest, current);
  }
  return { longest, current };
}

/** Every member who was a member at a meeting that counts, in the roster's order; others have nothing to show. */
export function memberAttendance(members: readonly AttendanceMember[], meetings: readonly AttendanceMeeting[], today: string): MemberAttendance[] {
  const counted = meetingsWithAttendance(meetings, today);
  return members.flatMap((member) => {
    const taken = counted.flatMap((meeting) => {
      const status = statusAt(member, meeting);
      return status === null ? [] : [{ year: yearOf(meeting.date), status }];
    });
    if (taken.length === 0) return [];
    const total = emptyTally();
    const years = new Map<number, AttendanceTally & { statuses: AttendanceStatus[] }>();
    for (const { year, status } of taken) {
      count(total, status);
      const tally = years.get(year) ?? { ...emptyTally(), statuses: [] };
      count(tally, status);
      tally.statuses.push(status);
      years.set(year, tally);
    }
    const runs = absenceRuns(taken.map((entry) => entry.status));
    return [
      {
        memberId: member.id,
        name: member.name,
        currentMember: isCurrentMember(member, today),
        years: [...years].map(([year, { statuses, ...tally }]) => ({ year, ...tally, longestAbsenceRun: absenceRuns(statuses).longest })),
        total,
        longestAbsenceRun: runs.longest,
        currentAbsenceRun: runs.current,
      },
    ];
  });
}

/** The group's attendance per year, oldest first: only years with a held meeting whose attendance was taken. */
export function groupAttendanceByYear(members: readonly AttendanceMember[], meetings: readonly AttendanceMeeting[], today: string): GroupAttendanceYear[] {
  const years = new Map<number, GroupAttendanceYear>();
  for (const meeting of meetingsWithAttendance(meetings, today)) {
    const year = yearOf(meeting.date);
    const tally = years.get(year) ?? { year, meetingsHeld: 0, averagePresent: 0, ...emptyTally() };
    tally.meetingsHeld += 1;
    for (const member of members) {
      const status = statusAt(member, meeting);
      if (status !== null) count(tally, status);
    }
    tally.averagePresent = tally.present / tally.meetingsHeld;
    years.set(year, tally);
  }
  return [...years.values()];
}
