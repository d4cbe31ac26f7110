import { describe, expect, it, vi } from 'vitest';
import type { CalendarOverview } from '../../../../src-main/api/operations/calendar';
import { findCalendarConflicts } from '../../../../src-main/domain/calendar-conflicts';
import { addDays } from '../../../../src-main/domain/danish-holidays';
import {
  eventSourceOf,
  foldCrowdedDays,
  GROUP_COLOURS,
  holidayEvents,
  inRange,
  meetingEvents,
  MEETINGS_DRAWN_SEPARATELY,
  MEETINGS_PER_DAY_CELL,
  yearsBetween,
  type CalendarEvent,
} from './calendar-events';

const moreTitle = (count: number) => `+${count} møder mere`;

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
      eventSourceOf(meetingEvents(overview()), 'da', moreTitle)(march, (events) => received.push(events));
      expect(received).toHaveLength(1);
      expect(received[0]!.filter((event) => event.extendedProps?.type === 'meeting')).toHaveLength(2);
      expect(received[0]!.some((event) => event.extendedProps?.type === 'holiday' && event.start === '2027-03-25')).toBe(true); // skærtorsdag

      // One meeting a day for 301 days: nothing to fold, but more than is drawn in the same task as the grid.
      const crowded = Array.from({ length: MEETINGS_DRAWN_SEPARATELY + 1 }, (_, index) => ({ groupId: 'east', meeting: meeting(`c${index}`, addDays('2027-01-01', index)) }));
      const year2027 = { startStr: '2027-01-01T00:00:00+01:00', endStr: '2028-01-01T00:00:00+01:00' };
      eventSourceOf(meetingEvents({ ...overview(), entries: crowded, conflicts: [] }), 'da', moreTitle)(year2027, (events) => received.push(events));
      expect(received).toHaveLength(1);
      vi.runAllTimers();
      expect(received[1]!.filter((event) => event.extendedProps?.type === 'meeting')).toHaveLength(MEETINGS_DRAWN_SEPARATELY + 1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('folds a crowded day into the meetings its cell has room for and one "+N" event that stands in for the rest', () => {
    const day = (date: string, count: number) =>
      Array.from({ length: count }, (_, index) => ({ groupId: 'east', meeting: { ...meeting(`${date}-${index}`, date), startTime: `${String(8 + (count - index)).padStart(2, '0')}:00` } }));
    const events = meetingEvents({ ...overview(), entries: [...day('2027-03-10', 10), ...day('2027-03-11', MEETINGS_PER_DAY_CELL)], conflicts: [] });
    const folded = foldCrowdedDays(events, moreTitle);
    const tenth = folded.filter((event) => event.start === '2027-03-10');
    expect(tenth).toHaveLength(MEETINGS_PER_DAY_CELL);
    // The earliest meetings of the day are the ones shown.
    expect(tenth.slice(0, 3).map((event) => (event.extendedProps as { startTime: string }).startTime)).toEqual(['09:00', '10:00', '11:00']);
    expect(tenth[3]).toMatchObject({ id: 'more:2027-03-10', title: '+7 møder mere', startEditable: false, extendedProps: { type: 'more', date: '2027-03-10', count: 7, total: 10, sortOrder: 1 } });
    // A day with as many meetings as its cell holds is left as it is.
    expect(folded.filter((event) => event.start === '2027-03-11')).toHaveLength(MEETINGS_PER_DAY_CELL);
    expect(folded.some((event) => event.id === 'more:2027-03-11')).toBe(false);
  });

  it('folds crowded days in a month but never in the list of one day', () => {
    const crowdedDay = Array.from({ length: 12 }, (_, index) => ({ groupId: 'east', meeting: meeting(`d${index}`, '2027-03-10') }));
    const source = eventSourceOf(meetingEvents({ ...overview(), entries: crowdedDay, conflicts: [] }), 'da', moreTitle);
    const meetingsIn = (range: { startStr: string; endStr: string }) => {
      let received: CalendarEvent[] = [];
      source(range, (events) => {
        received = events;
      });
      return received.filter((event) => event.extendedProps?.type !== 'holiday');
    };
    expect(meetingsIn({ startStr: '2027-03-01T00:00:00+01:00', endStr: '2027-04-01T00:00:00+02:00' })).toHaveLength(MEETINGS_PER_DAY_CELL);
    expect(meetingsIn({ startStr: '2027-03-10T00:00:00+01:00', endStr: '2027-03-11T00:00:00+01:00' })).toHaveLength(12);
  });
});
