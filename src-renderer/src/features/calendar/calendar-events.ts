// Turns the calendar overview into FullCalendar events: one per meeting in its group's colour, holidays as background.
import type { CalendarOverview } from '../../../../src-main/api/operations/calendar';
import { conflictsFor } from '../../../../src-main/domain/calendar-conflicts';
import { addDays, danishHolidays } from '../../../../src-main/domain/danish-holidays';
import type { Language } from '../../../../src-main/domain/model';

/** Mantine's default shade 6 of ten hues; red is left out, it marks conflicts. */
export const GROUP_COLOURS = ['#228be6', '#12b886', '#be4bdb', '#fd7e14', '#4c6ef5', '#e64980', '#15aabf', '#82c91e', '#7950f2', '#fab005'] as const;

export function groupColour(colourIndex: number): string {
  return GROUP_COLOURS[colourIndex % GROUP_COLOURS.length] ?? GROUP_COLOURS[0];
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
  extendedProps?: MeetingEventProps | { type: 'holiday' };
}

export function meetingEvents(overview: CalendarOverview): CalendarEvent[] {
  const groups = new Map(overview.groups.map((group) => [group.id, group]));
  return overview.entries.flatMap(({ groupId, meeting }) => {
    const group = groups.get(groupId);
    if (!group) return [];
    const conflict = conflictsFor(overview.conflicts, { groupId, meetingId: meeting.id }).length > 0;
    const days = meeting.kind === 'overnight' ? 2 : 1;
    return [
      {
        id: `${groupId}:${meeting.id}`,
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

/** The events that start or end in one of the given years. */
export function inYears(events: readonly CalendarEvent[], years: readonly number[]): CalendarEvent[] {
  const wanted = new Set(years.map(String));
  return events.filter((event) => wanted.has(event.start.slice(0, 4)) || wanted.has(addDays(event.end, -1).slice(0, 4)));
}

/** Every year a visible range touches (FullCalendar's end is exclusive). */
export function yearsBetween(start: string, endExclusive: string): number[] {
  const first = Number(start.slice(0, 4));
  const last = Number(addDays(endExclusive, -1).slice(0, 4));
  return Array.from({ length: Math.max(0, last - first) + 1 }, (_, index) => first + index);
}
