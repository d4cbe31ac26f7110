import { describe, expect, it } from 'vitest';
import { conflictsFor, findCalendarConflicts, type CalendarMeeting } from './calendar-conflicts';

const at = (
  groupId: string,
  id: string,
  date: string,
  kind: 'fullDay' | 'halfDay' | 'overnight' = 'fullDay',
  jointWithSisterGroup = false,
): CalendarMeeting => ({ groupId, meeting: { id, date, kind, jointWithSisterGroup } });

describe('findCalendarConflicts', () => {
  it('finds two meetings of different groups on the same day', () => {
    const conflicts = findCalendarConflicts([at('cio', 'a', '2027-03-09'), at('drift', 'b', '2027-03-09'), at('drift', 'c', '2027-03-10')]);
    expect(conflicts).toEqual([
      { kind: 'sameDay', date: '2027-03-09', meetings: [{ groupId: 'cio', meetingId: 'a' }, { groupId: 'drift', meetingId: 'b' }] },
    ]);
  });

  it('sees the joint meeting of two sister groups as one gathering, but not a third meeting that day', () => {
    expect(findCalendarConflicts([at('vest', 'a', '2027-09-14', 'fullDay', true), at('oest', 'b', '2027-09-14', 'fullDay', true)])).toEqual([]);
    const withThird = findCalendarConflicts([
      at('vest', 'a', '2027-09-14', 'fullDay', true),
      at('oest', 'b', '2027-09-14', 'fullDay', true),
      at('drift', 'c', '2027-09-14'),
    ]);
    expect(withThird.map((c) => (c.kind === 'sameDay' ? c.meetings.length : 0))).toEqual([3]);
  });

  it("counts an overnight meeting's second day", () => {
    const conflicts = findCalendarConflicts([at('cio', 'a', '2027-03-09', 'overnight'), at('drift', 'b', '2027-03-10')]);
    expect(conflicts).toEqual([
      { kind: 'sameDay', date: '2027-03-10', meetings: [{ groupId: 'cio', meetingId: 'a' }, { groupId: 'drift', meetingId: 'b' }] },
    ]);
  });

  it('finds a meeting on a public holiday, and on a customary day off', () => {
    const conflicts = findCalendarConflicts([at('cio', 'a', '2027-05-06'), at('cio', 'b', '2027-06-05', 'halfDay')]);
    expect(conflicts.map((c) => (c.kind === 'holiday' ? [c.date, c.holiday.key, c.holiday.customary] : c.kind))).toEqual([
      ['2027-05-06', 'ascensionDay', false],
      ['2027-06-05', 'constitutionDay', true],
    ]);
  });

  it('finds nothing in an ordinary calendar', () => {
    expect(findCalendarConflicts([at('cio', 'a', '2027-03-09'), at('drift', 'b', '2027-03-10')])).toEqual([]);
  });

  it('lists conflicts in date order and picks out those of one meeting', () => {
    const conflicts = findCalendarConflicts([
      at('drift', 'late', '2027-12-25'),
      at('cio', 'a', '2027-03-09'),
      at('drift', 'b', '2027-03-09'),
    ]);
    expect(conflicts.map((c) => c.date)).toEqual(['2027-03-09', '2027-12-25']);
    expect(conflictsFor(conflicts, { groupId: 'drift', meetingId: 'late' }).map((c) => c.kind)).toEqual(['holiday']);
    expect(conflictsFor(conflicts, { groupId: 'cio', meetingId: 'a' }).map((c) => c.kind)).toEqual(['sameDay']);
    expect(conflictsFor(conflicts, { groupId: 'cio', meetingId: 'late' })).toEqual([]);
  });

  it('handles a large calendar quickly', () => {
    const meetings: CalendarMeeting[] = [];
    for (let group = 0; group < 10; group += 1)
      for (let year = 2020; year < 2040; year += 1)
        for (const month of ['03', '06', '09', '12']) meetings.push(at(`g${group}`, `${year}-${month}`, `${year}-${month}-1${group}`));
    const started = performance.now();
    const conflicts = findCalendarConflicts(meetings);
    expect(performance.now() - started).toBeLessThan(500);
    expect(conflicts.some((c) => c.kind === 'holiday')).toBe(true);
  });
});
