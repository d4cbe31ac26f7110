import { describe, expect, it, vi } from 'vitest';
import type { CalendarOverview } from '../../../../src-main/api/operations/calendar';
import { findCalendarConflicts } from '../../../../src-main/domain/calendar-conflicts';
import { eventSourceOf, GROUP_COLOURS, holidayEvents, inRange, meetingEvents, MEETINGS_DRAWN_SEPARATELY, yearsBetween, type CalendarEvent } from './calendar-events';

const meeting = (id: string, date: string, kind: 'fullDay' | 'overnight' = 'fullDay') => ({
  id,
  date,
  kind,
  startTime: '09:00',
  endTime: '16:00',
  theme: '',
  hostOrganisation: '',
  status: 'planned' as const,
  jointWithSisterGroup: false,
});

function overview(): CalendarOverview {
  const entries = [
    { groupId: 'east', meeting: { ...meeting('m1', '2027-03-09'), theme: 'AI' } },
    { groupId: 'west', meeting: meeting('m2', '2027-03-09') },
    { groupId: 'west', meeting: meeting('m3', '2027-06-01', 'overnight') },
  ];
  return {
    groups: [
      { id: 'east', name: 'CIO Øst', language: 'da', colourIndex: 1 },
      { id: 'west', name: 'CIO Vest', language: 'da', colourIndex: 0 },
    ],
    entries,
    conflicts: findCalendarConflicts(entries),
  };
}

describe('calendar events', () => {
  it('colours each meeting by its group, titles it with group and theme, and marks conflicts', () => {
    const [east, west, overnight] = meetingEvents(overview());
    expect(east).toMatchObject({ title: 'CIO Øst: AI', start: '2027-03-09', end: '2027-03-10', color: GROUP_COLOURS[1] });
    expect(east?.className).toContain('meeting-conflict');
    expect(west?.color).toBe(GROUP_COLOURS[0]);
    expect(overnight).toMatchObject({ start: '2027-06-01', end: '2027-06-03' });
    expect(overnight?.className).not.toContain('meeting-conflict');
  });

  it('shows the holidays of every visible year in the UI language', () => {
    const names = holidayEvents(yearsBetween('2026-12-28', '2027-01-04'), 'en').map((event) => `${event.start} ${event.title}`);
    expect(names).toContain('2026-12-24 Christmas Eve');
    expect(names).toContain("2027-01-01 New Year's Day");
  });

  it('keeps only the events in the range in view, counting an overnight meeting in both months it touches', () => {
    const events = meetingEvents(overview());
    expect(inRange(events, '2027-01-01', '2028-01-01').map((event) => event.start)).toEqual(['2027-03-09', '2027-03-09', '2027-06-01']);
    expect(inRange(events, '2027-03-10', '2027-06-01')).toEqual([]);
    expect(inRange(events, '2027-03-09', '2027-03-10')).toHaveLength(2);
    const newYearsEve = { ...events[2]!, start: '2027-12-31', end: '2028-01-02' };
    expect(inRange([newYearsEve], '2028-01-01', '2028-02-01')).toEqual([newYearsEve]);
    expect(inRange([newYearsEve], '2028-01-02', '2028-02-01')).toEqual([]);
  });

  it('marks every meeting of a busy day as a conflict, and only those', () => {
    const busyDay = Array.from({ length: 200 }, (_, index) => ({ groupId: index % 2 ? 'east' : 'west', meeting: meeting(`b${index}`, '2027-04-06') }));
    const entries = [...busyDay, { groupId: 'east', meeting: meeting('lone', '2027-05-03') }];
    const busy = { ...overview(), entries, conflicts: findCalendarConflicts(entries) };
    const events = meetingEvents(busy);
    expect(events.slice(0, 200).every((event) => event.className?.includes('meeting-conflict'))).toBe(true);
    const lone = events.find((event) => event.start === '2027-05-03');
    expect(lone?.className).toBe('meeting-event');
  });

  it('hands FullCalendar the range in view with its holidays, and a crowded range a task later', () => {
    vi.useFakeTimers();
    try {
      const received: CalendarEvent[][] = [];
      const march = { startStr: '2027-03-01T00:00:00+01:00', endStr: '2027-04-01T00:00:00+02:00' };
      eventSourceOf(meetingEvents(overview()), 'da')(march, (events) => received.push(events));
      expect(received).toHaveLength(1);
      expect(received[0]!.filter((event) => event.extendedProps?.type === 'meeting')).toHaveLength(2);
      expect(received[0]!.some((event) => event.extendedProps?.type === 'holiday' && event.start === '2027-03-25')).toBe(true); // skærtorsdag

      const crowded = Array.from({ length: MEETINGS_DRAWN_SEPARATELY + 1 }, (_, index) => ({ groupId: 'east', meeting: meeting(`c${index}`, '2027-03-10') }));
      eventSourceOf(meetingEvents({ ...overview(), entries: crowded, conflicts: [] }), 'da')(march, (events) => received.push(events));
      expect(received).toHaveLength(1);
      vi.runAllTimers();
      expect(received[1]!.filter((event) => event.extendedProps?.type === 'meeting')).toHaveLength(MEETINGS_DRAWN_SEPARATELY + 1);
    } finally {
      vi.useRealTimers();
    }
  });
});
