import { describe, expect, it } from 'vitest';
import { groupAttendanceByYear, meetingsWithAttendance, memberAttendance } from './attendance-history';
import type { Meeting, Member } from './model';
import type { AttendanceStatus } from './minutes-model';
import { NEW_MEETING_DETAILS } from './year-plan';

const TODAY = '2026-12-02';

const member = (id: string, extra: Partial<Member> = {}): Member => ({ id, name: id.toUpperCase(), email: '', phone: '', employments: [], notes: '', ...extra });

/** A meeting with attendance taken: `statuses` maps member ids to how they took part. */
const held = (id: string, date: string, statuses: Record<string, AttendanceStatus>): Meeting => ({
  id,
  date,
  startTime: '09:00',
  endTime: '16:00',
  kind: 'fullDay',
  ...NEW_MEETING_DETAILS,
  agenda: [],
  minutes: {
    meetingId: id,
    attendance: Object.entries(statuses).map(([memberId, status]) => ({ memberId, status })),
    guests: [],
    notes: [],
    decisions: [],
    checkInRound: [],
    closingRound: [],
    updatedAt: '2026-01-01T00:00:00.000Z',
  },
});

describe('meetingsWithAttendance', () => {
  it('counts meetings held by today with attendance taken, in meeting order', () => {
    const planned = { ...held('planned', '2026-12-03', { a: 'present' }) };
    const today = held('today', TODAY, { a: 'present' });
    const noAttendance = held('empty', '2026-03-01', {});
    const noMinutes: Meeting = { ...held('none', '2026-02-01', {}), minutes: undefined };
    const earlier = held('earlier', '2025-06-01', { a: 'absent' });
    expect(meetingsWithAttendance([planned, today, noAttendance, noMinutes, earlier], TODAY).map((m) => m.id)).toEqual(['earlier', 'today']);
  });
});

describe('memberAttendance', () => {
  it('gives a rate per year and in total, keeping excused and absent apart', () => {
    const meetings = [
      held('a', '2025-03-01', { m: 'present' }),
      held('b', '2025-06-01', { m: 'excused' }),
      held('c', '2025-09-01', { m: 'present' }),
      held('d', '2025-12-01', { m: 'absent' }),
      held('e', '2026-03-01', { m: 'present' }),
    ];
    const [m] = memberAttendance([member('m')], meetings, TODAY);
    expect(m?.years).toEqual([
      { year: 2025, meetings: 4, present: 2, excused: 1, absent: 1, rate: 0.5, longestAbsenceRun: 1 },
      { year: 2026, meetings: 1, present: 1, excused: 0, absent: 0, rate: 1, longestAbsenceRun: 0 },
    ]);
    expect(m?.total).toEqual({ meetings: 5, present: 3, excused: 1, absent: 1, rate: 0.6 });
  });

  it('counts a run of missed meetings across the new year, and the run still going at the latest meeting', () => {
    const meetings = [
      held('a', '2024-12-01', { m: 'present' }),
      held('b', '2025-03-01', { m: 'absent' }),
      held('c', '2025-06-01', { m: 'excused' }),
      held('d', '2025-12-01', { m: 'absent' }),
      held('e', '2026-03-01', { m: 'present' }),
      held('f', '2026-06-01', { m: 'absent' }),
      held('g', '2026-09-01', { m: 'absent' }),
    ];
    const [m] = memberAttendance([member('m')], meetings, TODAY);
    expect(m?.longestAbsenceRun).toBe(3);
    expect(m?.currentAbsenceRun).toBe(2);
    expect(m?.years.map((year) => year.longestAbsenceRun)).toEqual([0, 3, 2]);
  });

  it('has no current run once the member came to the latest meeting', () => {
    const meetings = [held('a', '2026-03-01', { m: 'absent' }), held('b', '2026-06-01', { m: 'present' })];
    expect(memberAttendance([member('m')], meetings, TODAY)[0]).toMatchObject({ longestAbsenceRun: 1, currentAbsenceRun: 0 });
  });

  it('counts a meeting on the joining day but not one on the leaving day', () => {
    const joins = member('joins', { joined: '2026-03-01' });
    const leaves = member('leaves', { left: '2026-06-01' });
    const meetings = [
      held('before', '2026-02-28', { joins: 'absent', leaves: 'present' }),
      held('join-day', '2026-03-01', { joins: 'present', leaves: 'present' }),
      held('leave-day', '2026-06-01', { joins: 'present', leaves: 'absent' }),
    ];
    const [first, second] = memberAttendance([joins, leaves], meetings, TODAY);
    expect(first).toMatchObject({ memberId: 'joins', currentMember: true, total: { meetings: 2, present: 2 } });
    expect(second).toMatchObject({ memberId: 'leaves', currentMember: false, total: { meetings: 2, present: 2, absent: 0 }, currentAbsenceRun: 0 });
  });

  it('leaves out a meeting where the member is missing from the attendance taken, and members with nothing to count', () => {
    const meetings = [held('a', '2026-03-01', { m: 'present' }), held('b', '2026-06-01', { other: 'present' })];
    const result = memberAttendance([member('m'), member('later', { joined: '2026-07-01' }), member('other')], meetings, TODAY);
    expect(result.map((entry) => [entry.memberId, entry.total.meetings])).toEqual([
      ['m', 1],
      ['other', 1],
    ]);
  });

  it('is empty without held meetings', () => {
    expect(memberAttendance([member('m')], [], TODAY)).toEqual([]);
  });
});

describe('groupAttendanceByYear', () => {
  it("sums the year's seats of current members, and averages those present per held meeting", () => {
    const members = [member('a'), member('b'), member('gone', { left: '2026-01-01' })];
    const meetings = [
      held('x', '2025-03-01', { a: 'present', b: 'absent', gone: 'present' }),
      held('y', '2025-09-01', { a: 'present', b: 'present', gone: 'excused' }),
      held('z', '2026-03-01', { a: 'present', b: 'excused', gone: 'present' }),
      held('planned', '2027-03-01', { a: 'present' }),
    ];
    expect(groupAttendanceByYear(members, meetings, TODAY)).toEqual([
      { year: 2025, meetingsHeld: 2, averagePresent: 2, meetings: 6, present: 4, excused: 1, absent: 1, rate: 4 / 6 },
      // The member who left on 2026-01-01 is not counted at a meeting after that, even if listed present.
      { year: 2026, meetingsHeld: 1, averagePresent: 1, meetings: 2, present: 1, excused: 1, absent: 0, rate: 0.5 },
    ]);
  });
});
