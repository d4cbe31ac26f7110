import { describe, expect, it } from 'vitest';
import type { CalendarOverview } from '../../../../src-main/api/operations/calendar';
import { findCalendarConflicts } from '../../../../src-main/domain/calendar-conflicts';
import { GROUP_COLOURS, holidayEvents, inYears, meetingEvents, yearsBetween } from './calendar-events';

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

  it('keeps only the events of the years in view, counting an overnight meeting in both years it touches', () => {
    const events = meetingEvents(overview());
    expect(inYears(events, [2027]).map((event) => event.start)).toEqual(['2027-03-09', '2027-03-09', '2027-06-01']);
    expect(inYears(events, [2026])).toEqual([]);
    const newYearsEve = { ...events[2]!, start: '2027-12-31', end: '2028-01-02' };
    expect(inYears([newYearsEve], [2028])).toEqual([newYearsEve]);
  });
});
