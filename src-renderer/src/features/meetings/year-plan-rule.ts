// The "plan the year" form's choices and the request they make; weekdays are listed Monday first, as in Denmark.
import type { InputOf } from '../../../../src-main/api/contract';
import type { Meeting } from '../../../../src-main/domain/model';
import type { HolidayPolicy } from '../../../../src-main/domain/year-plan';

export type RuleKind = 'nthWeekday' | 'dates';
export type WeekOfMonth = 1 | 2 | 3 | 4 | -1;

export interface YearPlanChoices {
  year: number;
  ruleKind: RuleKind;
  week: WeekOfMonth;
  /** 0 = Sunday … 6 = Saturday, as the domain counts. */
  weekday: number;
  months: number[];
  dates: string[];
  kind: Meeting['kind'];
  onHoliday: HolidayPolicy;
}

export const WEEKDAYS_MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0] as const;
export const WEEKS: readonly WeekOfMonth[] = [1, 2, 3, 4, -1];

/** A network group's usual rhythm: the second Tuesday of March, June, September and December. */
export function defaultChoices(today: string): YearPlanChoices {
  const [year = 2026, month = 1] = today.split('-').map(Number);
  return {
    year: month <= 2 ? year : year + 1,
    ruleKind: 'nthWeekday',
    week: 2,
    weekday: 2,
    months: [3, 6, 9, 12],
    dates: [],
    kind: 'fullDay',
    onHoliday: 'flag',
  };
}

/** The preview request, or null while the choices give no date to plan. */
export function previewRequest(choices: YearPlanChoices): InputOf<'meetings.previewYear'> | null {
  const { year, kind, onHoliday } = choices;
  if (choices.ruleKind === 'dates') {
    const dates = choices.dates.filter((date) => date.startsWith(`${year}-`));
    return dates.length === 0 ? null : { year, kind, onHoliday, rule: { kind: 'dates', dates } };
  }
  if (choices.months.length === 0) return null;
  return { year, kind, onHoliday, rule: { kind: 'nthWeekday', week: choices.week, weekday: choices.weekday, months: [...choices.months].sort((a, b) => a - b) } };
}
