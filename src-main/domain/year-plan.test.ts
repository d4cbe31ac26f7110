import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdayOf } from './danish-holidays';
import { meetingSchema } from './model';
import {
  lastWeekdayOfMonth,
  meetingsFromPlan,
  moveMeeting,
  movePlannedMeeting,
  previewYearPlan,
  yearPlanRuleSchema,
  type YearPlanRequest,
} from './year-plan';

const TUESDAY = 2;
const quarterly = (overrides: Partial<YearPlanRequest> = {}): YearPlanRequest => ({
  year: 2027,
  rule: yearPlanRuleSchema.parse({ kind: 'nthWeekday', weekday: TUESDAY, week: 2 }),
  kind: 'fullDay',
  onHoliday: 'flag',
  ...overrides,
});

describe('previewYearPlan', () => {
  it('gives the second Tuesday of March, June, September and December with default full-day times', () => {
    const preview = previewYearPlan(quarterly());
    expect(preview.map((p) => p.date)).toEqual(['2027-03-09', '2027-06-08', '2027-09-14', '2027-12-14']);
    for (const planned of preview) {
      expect(planned).toMatchObject({ startTime: '09:00', endTime: '16:00', kind: 'fullDay', holiday: null, weekend: false, movedFrom: null });
    }
  });

  it('uses default times by kind unless times are given', () => {
    expect(previewYearPlan(quarterly({ kind: 'halfDay' }))[0]).toMatchObject({ startTime: '13:00', endTime: '16:30' });
    expect(previewYearPlan(quarterly({ kind: 'overnight' }))[0]).toMatchObject({ startTime: '12:00', endTime: '12:00' });
    expect(previewYearPlan(quarterly({ startTime: '08:30', endTime: '15:00' }))[0]).toMatchObject({ startTime: '08:30', endTime: '15:00' });
  });

  it('finds the last weekday of a month', () => {
    const rule = yearPlanRuleSchema.parse({ kind: 'nthWeekday', weekday: TUESDAY, week: -1, months: [10, 3] });
    expect(previewYearPlan(quarterly({ year: 2026, rule })).map((p) => p.date)).toEqual(['2026-03-31', '2026-10-27']);
    expect(lastWeekdayOfMonth(2027, 2, 0)).toBe('2027-02-28');
    expect(lastWeekdayOfMonth(2028, 2, 2)).toBe('2028-02-29');
  });

  it('always lands on the asked weekday inside the asked month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(1, 2, 3, 4, -1),
        fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 }),
        (year, weekday, week, months) => {
          const rule = yearPlanRuleSchema.parse({ kind: 'nthWeekday', weekday, week, months });
          const preview = previewYearPlan({ year, rule, kind: 'fullDay', onHoliday: 'flag' });
          expect(preview.map((p) => Number(p.date.slice(5, 7)))).toEqual([...months].sort((a, b) => a - b));
          for (const planned of preview) {
            expect(weekdayOf(planned.date)).toBe(weekday);
            expect(planned.date.startsWith(String(year))).toBe(true);
          }
        },
      ),
    );
  });

  it('flags a holiday, or moves a week on when asked', () => {
    // The first Monday of April 2026 is Easter Monday.
    const rule = yearPlanRuleSchema.parse({ kind: 'nthWeekday', weekday: 1, week: 1, months: [4] });
    const [flagged] = previewYearPlan(quarterly({ year: 2026, rule }));
    expect(flagged).toMatchObject({ date: '2026-04-06', holiday: { key: 'easterMonday' }, movedFrom: null });
    const [moved] = previewYearPlan(quarterly({ year: 2026, rule, onHoliday: 'nextWeek' }));
    expect(moved).toMatchObject({ date: '2026-04-13', holiday: null, movedFrom: '2026-04-06' });
  });

  it("checks an overnight meeting's second day too", () => {
    // 13 May 2026 is a Wednesday; the next day is Ascension Day.
    const rule = yearPlanRuleSchema.parse({ kind: 'dates', dates: ['2026-05-13'] });
    expect(previewYearPlan(quarterly({ rule, kind: 'overnight' }))[0]?.holiday?.key).toBe('ascensionDay');
    expect(previewYearPlan(quarterly({ rule, kind: 'fullDay' }))[0]?.holiday).toBeNull();
    expect(previewYearPlan(quarterly({ rule, kind: 'overnight', onHoliday: 'nextWeek' }))[0]).toMatchObject({
      date: '2026-05-20',
      holiday: null,
    });
  });

  it('keeps moving past christmas and new year, and flags customary days off', () => {
    // The fourth Thursday of December 2026 is christmas eve; a week later is new year's eve.
    const rule = yearPlanRuleSchema.parse({ kind: 'nthWeekday', weekday: 4, week: 4, months: [12] });
    expect(previewYearPlan(quarterly({ year: 2026, rule }))[0]?.holiday).toMatchObject({ key: 'christmasEve', customary: true });
    expect(previewYearPlan(quarterly({ year: 2026, rule, onHoliday: 'nextWeek' }))[0]).toMatchObject({
      date: '2027-01-07',
      movedFrom: '2026-12-24',
      holiday: null,
    });
  });

  it('takes chosen dates in date order without duplicates, flagging weekends', () => {
    const rule = yearPlanRuleSchema.parse({ kind: 'dates', dates: ['2026-09-10', '2026-03-12', '2026-06-06', '2026-09-10'] });
    const preview = previewYearPlan(quarterly({ year: 2026, rule }));
    expect(preview.map((p) => [p.date, p.weekend])).toEqual([
      ['2026-03-12', false],
      ['2026-06-06', true],
      ['2026-09-10', false],
    ]);
  });

  it('refuses rules that cannot make sense', () => {
    expect(yearPlanRuleSchema.safeParse({ kind: 'nthWeekday', weekday: 7, week: 1 }).success).toBe(false);
    expect(yearPlanRuleSchema.safeParse({ kind: 'nthWeekday', weekday: 2, week: 5 }).success).toBe(false);
    expect(yearPlanRuleSchema.safeParse({ kind: 'nthWeekday', weekday: 2, week: 1, months: [13] }).success).toBe(false);
    expect(yearPlanRuleSchema.safeParse({ kind: 'dates', dates: ['2027-02-30'] }).success).toBe(false);
    expect(yearPlanRuleSchema.safeParse({ kind: 'dates', dates: [] }).success).toBe(false);
  });
});

describe('moving meetings', () => {
  it('moves a meeting to another day and keeps everything else', () => {
    const meeting = { id: 'm1', date: '2027-03-09', startTime: '09:00', endTime: '16:00', theme: 'AI' };
    expect(moveMeeting(meeting, '2027-03-16')).toEqual({ ...meeting, date: '2027-03-16' });
    expect(meeting.date).toBe('2027-03-09');
    expect(() => moveMeeting(meeting, '2027-02-30')).toThrow(RangeError);
  });

  it('re-flags a moved preview meeting and keeps the preview in date order', () => {
    const preview = previewYearPlan(quarterly());
    const moved = movePlannedMeeting(preview, 0, '2027-12-24');
    expect(moved.map((p) => p.date)).toEqual(['2027-06-08', '2027-09-14', '2027-12-14', '2027-12-24']);
    expect(moved.at(-1)?.holiday?.key).toBe('christmasEve');
    expect(preview[0]?.date).toBe('2027-03-09');
  });
});

describe('meetingsFromPlan', () => {
  it('makes valid planned meetings with fresh ids', () => {
    let n = 0;
    const meetings = meetingsFromPlan(previewYearPlan(quarterly()), () => `m${++n}`);
    expect(meetings.map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
    for (const meeting of meetings) {
      expect(meetingSchema.parse(meeting)).toEqual(meeting);
      expect(meeting.status).toBe('planned');
    }
  });
});
