// Turns the calendar overview into FullCalendar events: one per meeting in its group's colour, holidays as background.
import type { CalendarOverview } from '../../../../src-main/api/operations/calendar';
import type { CalendarConflict } from '../../../../src-main/domain/calendar-conflicts';
import { addDays, danishHolidays } from '../../../../src-main/domain/danish-holidays';
import type { Language } from '../../../../src-main/domain/model';
import { readableOn } from '../../ui/readable-colour';

/** Mantine's default shade 6 of ten hues; red is left out, it marks conflicts. */
const HUES = ['#228be6', '#12b886', '#be4bdb', '#fd7e14', '#4c6ef5', '#e64980', '#15aabf', '#82c91e', '#7950f2', '#fab005'] as const;

/** The hues darkened just enough that a meeting's white title on them reads at WCAG AA. */
export const GROUP_COLOURS: readonly string[] = HUES.map((hue) => readableOn(hue, ['#ffffff'], 'black'));

export function groupColour(colourIndex: number): string {
  return GROUP_COLOURS[colourIndex % GROUP_COLOURS.length] ?? readableOn(HUES[0], ['#ffffff'], 'black');
}

export interface MeetingEventProps {
  type: 'meeting';
  groupId: string;
  groupName: string;
  meetingId: string;
  kind: string;
  startTime: string;
  endTime: string;
  theme: string;
  conflict: boolean;
  /** Before a crowded day's "+N meetings" (FullCalendar's eventOrder; a missing value would sort last). */
  sortOrder: 0;
}

/** Stands in for the meetings of a crowded day that its cell has no room for; a click shows the whole day. */
export interface MoreMeetingsProps {
  type: 'more';
  date: string;
  /** How many meetings this event stands in for. */
  count: number;
  /** How many meetings the day has in all. */
  total: number;
  /** After the meetings of its day (FullCalendar's eventOrder). */
  sortOrder: 1;
}

export interface CalendarEvent {
  id: string;
  title: string;
  start: string;
  /** Exclusive, as FullCalendar counts all-day ends. */
  end: string;
  allDay: true;
  color?: string;
  display?: 'background';
  /** Space-separated, as FullCalendar 7 takes it. */
  className?: string;
  startEditable?: boolean;
  extendedProps?: MeetingEventProps | MoreMeetingsProps | { type: 'holiday' };
}

const eventId = (groupId: string, meetingId: string) => `${groupId}:${meetingId}`;

/** The event ids of every meeting in a conflict, gathered once (asking per meeting is quadratic in a busy month). */
function conflictingEventIds(conflicts: readonly CalendarConflict[]): Set<string> {
  const ids = new Set<string>();
  for (const conflict of conflicts) {
    const refs = conflict.kind === 'holiday' ? [conflict.meeting] : conflict.meetings;
    for (const ref of refs) ids.add(eventId(ref.groupId, ref.meetingId));
  }
  return ids;
}

export function meetingEvents(overview: CalendarOverview): CalendarEvent[] {
  const groups = new Map(overview.groups.map((group) => [group.id, group]));
  const conflicting = conflictingEventIds(overview.conflicts);
  return overview.entries.flatMap(({ groupId, meeting }) => {
    const group = groups.get(groupId);
    if (!group) return [];
    const id = eventId(groupId, meeting.id);
    const conflict = conflicting.has(id);
    const days = meeting.kind === 'overnight' ? 2 : 1;
    return [
      {
        id,
        title: meeting.theme ? `${group.name}: ${meeting.theme}` : group.name,
        start: meeting.date,
        end: addDays(meeting.date, days),
        allDay: true as const,
        color: groupColour(group.colourIndex),
        className: conflict ? 'meeting-event meeting-conflict' : 'meeting-event',
        extendedProps: {
          type: 'meeting' as const,
          groupId,
          groupName: group.name,
          meetingId: meeting.id,
          kind: meeting.kind,
          startTime: meeting.startTime,
          endTime: meeting.endTime,
          theme: meeting.theme,
          conflict,
          sortOrder: 0 as const,
        },
      },
    ];
  });
}

/** Danish holidays of the years shown, as background events named in the UI language. */
export function holidayEvents(years: readonly number[], language: Language): CalendarEvent[] {
  return years.flatMap((year) =>
    danishHolidays(year).map((holiday) => ({
      id: `holiday:${holiday.date}`,
      title: holiday.name[language],
      start: holiday.date,
      end: addDays(holiday.date, 1),
      allDay: true as const,
      display: 'background' as const,
      color: holiday.customary ? '#ffe066' : '#ffa8a8',
      className: 'holiday-event',
      startEditable: false,
      extendedProps: { type: 'holiday' as const },
    })),
  );
}

/**
 * The events that overlap the days from `start` up to `endExclusive` (ISO dates; the events' ends are exclusive
 * too), so FullCalendar parses only what it can show.
 */
export function inRange(events: readonly CalendarEvent[], start: string, endExclusive: string): CalendarEvent[] {
  return events.filter((event) => event.start < endExclusive && event.end > start);
}

/** Every year a visible range touches (FullCalendar's end is exclusive). */
export function yearsBetween(start: string, endExclusive: string): number[] {
  const first = Number(start.slice(0, 4));
  const last = Number(addDays(endExclusive, -1).slice(0, 4));
  return Array.from({ length: Math.max(0, last - first) + 1 }, (_, index) => first + index);
}

/**
 * Above this many meetings in view, FullCalendar gets them in a task after the one that draws the new month: placing
 * thousands of meetings (even those folded into "+N more") takes it longer than a frame, so the grid goes first. The
 * calendar reports itself loading (aria-busy) until they are there.
 */
export const MEETINGS_DRAWN_SEPARATELY = 300;

/**
 * A day cell has room for this many meetings. A crowded day shows one fewer and a "+N meetings" event in their place,
 * which opens the day's list: FullCalendar would fold them into "+N more" itself, but only after placing every one
 * of them (2,000 meetings in a month took it longer than a frame), so they are folded before it sees them.
 */
export const MEETINGS_PER_DAY_CELL = 4;

/** `moreTitle` names the stand-in, e.g. "+62 meetings". */
export function foldCrowdedDays(meetings: readonly CalendarEvent[], moreTitle: (count: number) => string, perDay = MEETINGS_PER_DAY_CELL): CalendarEvent[] {
  const byDay = new Map<string, CalendarEvent[]>();
  for (const meeting of meetings) {
    const day = byDay.get(meeting.start);
    if (day) day.push(meeting);
    else byDay.set(meeting.start, [meeting]);
  }
  const folded: CalendarEvent[] = [];
  for (const [date, day] of byDay) {
    if (day.length <= perDay) {
      folded.push(...day);
      continue;
    }
    const shown = [...day].sort(byStartTime).slice(0, perDay - 1);
    const count = day.length - shown.length;
    folded.push(...shown, {
      id: `more:${date}`,
      title: moreTitle(count),
      start: date,
      end: addDays(date, 1),
      allDay: true,
      className: 'meeting-more',
      startEditable: false,
      extendedProps: { type: 'more', date, count, total: day.length, sortOrder: 1 },
    });
  }
  return folded;
}

function byStartTime(a: CalendarEvent, b: CalendarEvent): number {
  const start = (event: CalendarEvent) => (event.extendedProps?.type === 'meeting' ? event.extendedProps.startTime : '');
  return start(a).localeCompare(start(b)) || a.title.localeCompare(b.title, 'da');
}

/**
 * FullCalendar's event source: called with the range in view, so FullCalendar parses only the meetings and holidays
 * it can show (not twenty years of ten groups) and renders once per view change. Crowded days are folded, except in a
 * one-day range (the list of a day that a "+N meetings" event opens). A new function (new data) makes it fetch again.
 */
export function eventSourceOf(meetings: readonly CalendarEvent[], language: Language, moreTitle: (count: number) => string) {
  return (range: { startStr: string; endStr: string }, success: (events: CalendarEvent[]) => void): void => {
    const start = range.startStr.slice(0, 10);
    const end = range.endStr.slice(0, 10);
    const oneDay = addDays(start, 1) >= end;
    const inView = oneDay ? inRange(meetings, start, end) : foldCrowdedDays(inRange(meetings, start, end), moreTitle);
    const deliver = () => success([...inView, ...inRange(holidayEvents(yearsBetween(start, end), language), start, end)]);
    if (inView.length > MEETINGS_DRAWN_SEPARATELY) setTimeout(deliver, 0);
    else deliver();
  };
}
