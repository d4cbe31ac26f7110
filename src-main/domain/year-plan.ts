// "Plan the year": a rule or chosen dates become a preview of the year's meetings, with holidays flagged or skipped.
import { z } from 'zod';
import { addDays, calendarDate, holidayOn, isCalendarDate, weekdayOf, type Holiday } from './danish-holidays';
import { byDateAndTime } from './meetings';
import type { Meeting } from './model';
import { nthWeekdayOfMonth } from './quarterly-dates';

type MeetingKind = Meeting['kind'];

/** Times a new meeting gets before the facilitator changes them; the built-in agenda templates fill exactly these. */
export const DEFAULT_MEETING_TIMES: Record<MeetingKind, { startTime: string; endTime: string }> = {
  fullDay: { startTime: '09:00', endTime: '16:00' },
  halfDay: { startTime: '13:00', endTime: '16:30' },
  overnight: { startTime: '12:00', endTime: '12:00' },
};

/** What a new meeting has besides its date, times and kind, until the facilitator fills it in. */
export const NEW_MEETING_DETAILS = {
  hostOrganisation: '',
  address: '',
  theme: '',
  siteTour: false,
  dinner: false,
  jointWithSisterGroup: false,
  status: 'planned',
} as const satisfies Partial<Meeting>;

export const LAST_WEEK_OF_MONTH = -1;

const month = z.number().int().min(1).max(12);

export const yearPlanRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('nthWeekday'),
    /** 0 = Sunday … 6 = Saturday. */
    weekday: z.number().int().min(0).max(6),
    /** 1–4, or -1 for the last such weekday of the month. */
    week: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(LAST_WEEK_OF_MONTH)]),
    months: z.array(month).min(1).max(12).default([3, 6, 9, 12]),
  }),
  z.object({
    kind: z.literal('dates'),
    dates: z.array(z.iso.date().refine(isCalendarDate)).min(1).max(12),
  }),
]);
export type YearPlanRule = z.infer<typeof yearPlanRuleSchema>;

export const holidayPolicySchema = z.enum(['flag', 'nextWeek']);
export type HolidayPolicy = z.infer<typeof holidayPolicySchema>;

export interface YearPlanRequest {
  year: number;
  rule: YearPlanRule;
  kind: MeetingKind;
  startTime?: string;
  endTime?: string;
  /** 'flag' keeps a date on a holiday and marks it; 'nextWeek' moves it a week on, keeping the weekday. */
  onHoliday: HolidayPolicy;
}

export interface PlannedMeeting {
  date: string;
  startTime: string;
  endTime: string;
  kind: MeetingKind;
  /** A holiday the meeting (or an overnight meeting's second day) still falls on. */
  holiday: Holiday | null;
  weekend: boolean;
  /** The date the rule gave, when the meeting was moved off a holiday. */
  movedFrom: string | null;
}

/** The last given weekday (0 = Sunday) of a month. */
export function lastWeekdayOfMonth(year: number, monthNumber: number, weekday: number): string {
  const lastDay = calendarDate(year, monthNumber + 1, 0);
  const back = (weekdayOf(lastDay) - weekday + 7) % 7;
  return addDays(lastDay, -back);
}

function ruleDates(year: number, rule: YearPlanRule): string[] {
  if (rule.kind === 'dates') return [...new Set(rule.dates)].sort();
  return [...new Set(rule.months)]
    .sort((a, b) => a - b)
    .map((monthNumber) =>
      rule.week === LAST_WEEK_OF_MONTH
        ? lastWeekdayOfMonth(year, monthNumber, rule.weekday)
        : nthWeekdayOfMonth(year, monthNumber, rule.weekday, rule.week),
    );
}

/** The days a meeting occupies: its date, and the next day for an overnight meeting. */
export function meetingDays(meeting: Pick<Meeting, 'date' | 'kind'>): string[] {
  return meeting.kind === 'overnight' ? [meeting.date, addDays(meeting.date, 1)] : [meeting.date];
}

function holidayDuring(date: string, kind: MeetingKind): Holiday | null {
  for (const day of meetingDays({ date, kind })) {
    const holiday = holidayOn(day);
    if (holiday) return holiday;
  }
  return null;
}

/** How far 'nextWeek' looks before giving up and flagging (christmas and easter span two weeks at most). */
const MAX_WEEKS_MOVED = 3;

function plan(date: string, request: YearPlanRequest): PlannedMeeting {
  const times = DEFAULT_MEETING_TIMES[request.kind];
  let planned = date;
  let holiday = holidayDuring(planned, request.kind);
  for (let week = 0; holiday && request.onHoliday === 'nextWeek' && week < MAX_WEEKS_MOVED; week += 1) {
    planned = addDays(planned, 7);
    holiday = holidayDuring(planned, request.kind);
  }
  return {
    date: planned,
    startTime: request.startTime ?? times.startTime,
    endTime: request.endTime ?? times.endTime,
    kind: request.kind,
    holiday,
    weekend: isWeekend(planned),
    movedFrom: planned === date ? null : date,
  };
}

function isWeekend(date: string): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

/** The meetings a rule gives for a year, in date order, before anything is saved. */
export function previewYearPlan(request: YearPlanRequest): PlannedMeeting[] {
  return ruleDates(request.year, request.rule)
    .map((date) => plan(date, request))
    .sort(byDateAndTime);
}

/** The same meeting on another day, keeping its times; the date must be a real calendar date. */
export function moveMeeting<T extends { date: string }>(meeting: T, newDate: string): T {
  if (!isCalendarDate(newDate)) throw new RangeError(`not a calendar date: ${newDate}`);
  return { ...meeting, date: newDate };
}

/** The preview with one meeting moved by hand: its flags follow the new date, and the list stays in date order. */
export function movePlannedMeeting(planned: readonly PlannedMeeting[], index: number, newDate: string): PlannedMeeting[] {
  return planned
    .map((meeting, i) => {
      if (i !== index) return meeting;
      const moved = moveMeeting(meeting, newDate);
      return { ...moved, holiday: holidayDuring(newDate, meeting.kind), weekend: isWeekend(newDate), movedFrom: null };
    })
    .sort(byDateAndTime);
}

/** Turns an accepted preview into meetings to save, each with a fresh id from `newId`. */
export function meetingsFromPlan(planned: readonly PlannedMeeting[], newId: () => string): Meeting[] {
  return planned.map(({ date, startTime, endTime, kind }) => ({ id: newId(), date, startTime, endTime, kind, ...NEW_MEETING_DETAILS, agenda: [] }));
}
