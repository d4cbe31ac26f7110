// Agenda times that add up: each item starts when the one before ends, counted from the meeting's start.
import { addDays } from './danish-holidays';
import type { Meeting } from './model';

export const MINUTES_PER_DAY = 1440;

/** A wall-clock moment in the meeting's own (Danish) local time. */
export interface LocalDateTime {
  date: string;
  time: string;
}

export interface ScheduledItem<T> {
  item: T;
  start: LocalDateTime;
  end: LocalDateTime;
  /** Minutes from the meeting's start, for bars and comparisons. */
  startOffset: number;
  endOffset: number;
}

export interface Schedule<T> {
  items: ScheduledItem<T>[];
  totalMinutes: number;
  meetingStart: LocalDateTime;
  meetingEnd: LocalDateTime;
  meetingMinutes: number;
  /** Set when the agenda runs past the meeting's end. */
  overrun: { minutes: number } | null;
}

type MeetingTimes = Pick<Meeting, 'date' | 'startTime' | 'endTime' | 'kind'>;

export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The moment `offset` minutes after midnight at the start of `date`; whole days roll the date forward. */
export function localDateTimeAt(date: string, offset: number): LocalDateTime {
  const days = Math.floor(offset / MINUTES_PER_DAY);
  const minuteOfDay = offset - days * MINUTES_PER_DAY;
  return { date: addDays(date, days), time: `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}` };
}

/**
 * Where the meeting ends, in minutes after midnight of its date. An overnight meeting ends on the day after its date;
 * any other meeting ends on its date.
 */
export function meetingEndOffset(meeting: MeetingTimes): number {
  const endOfDay = minutesOfDay(meeting.endTime);
  return meeting.kind === 'overnight' ? MINUTES_PER_DAY + endOfDay : endOfDay;
}

export function computeSchedule<T extends { durationMinutes: number }>(
  meeting: MeetingTimes,
  items: readonly T[],
): Schedule<T> {
  const startOfMeeting = minutesOfDay(meeting.startTime);
  const endOfMeeting = meetingEndOffset(meeting);
  let cursor = startOfMeeting;
  const scheduled = items.map((item) => {
    const startOffset = cursor;
    cursor += item.durationMinutes;
    return {
      item,
      start: localDateTimeAt(meeting.date, startOffset),
      end: localDateTimeAt(meeting.date, cursor),
      startOffset: startOffset - startOfMeeting,
      endOffset: cursor - startOfMeeting,
    };
  });
  const overrunMinutes = cursor - endOfMeeting;
  return {
    items: scheduled,
    totalMinutes: cursor - startOfMeeting,
    meetingStart: localDateTimeAt(meeting.date, startOfMeeting),
    meetingEnd: localDateTimeAt(meeting.date, endOfMeeting),
    meetingMinutes: endOfMeeting - startOfMeeting,
    overrun: overrunMinutes > 0 ? { minutes: overrunMinutes } : null,
  };
}

/**
 * The list with the item at `from` moved to position `to` (as drag-and-drop and Alt+arrow keys do). An index outside
 * the list leaves the order as it was; `to` past either end is held at that end.
 */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const result = [...items];
  if (!Number.isInteger(from) || from < 0 || from >= result.length || !Number.isInteger(to)) return result;
  const [moved] = result.splice(from, 1) as [T];
  const target = Math.min(Math.max(to, 0), result.length);
  result.splice(target, 0, moved);
  return result;
}
