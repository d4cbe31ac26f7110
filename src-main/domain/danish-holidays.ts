// Danish public holidays for any year, and the small calendar-date arithmetic they rest on (ISO dates, no time zones).
import type { Language } from './model';

/** The ISO date of a calendar day; out-of-range days and months roll over (day 0 is the last day of the month before). */
export function calendarDate(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  // setUTCFullYear keeps years 0–99 from being read as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.toISOString().slice(0, 10);
}

function parts(isoDate: string): [number, number, number] {
  const [year, month, day] = isoDate.split('-').map(Number);
  return [year ?? NaN, month ?? NaN, day ?? NaN];
}

export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = parts(isoDate);
  return calendarDate(year, month, day + days);
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export function weekdayOf(isoDate: string): number {
  const [year, month, day] = parts(isoDate);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Whether a string is a real ISO calendar date (not 2027-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = parts(value);
  return calendarDate(year, month, day) === value;
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return calendarDate(year, month, day);
}

export type HolidayKey =
  | 'newYearsDay'
  | 'maundyThursday'
  | 'goodFriday'
  | 'easterSunday'
  | 'easterMonday'
  | 'greatPrayerDay'
  | 'ascensionDay'
  | 'whitSunday'
  | 'whitMonday'
  | 'constitutionDay'
  | 'christmasEve'
  | 'christmasDay'
  | 'boxingDay'
  | 'newYearsEve';

export interface Holiday {
  date: string;
  key: HolidayKey;
  name: Record<Language, string>;
  /**
   * Not a public holiday by law, but most workplaces close (christmas and new year's eve) or close at noon
   * (constitution day): a meeting there is possible but unwelcome, so it is flagged more softly.
   */
  customary: boolean;
  /** Only the afternoon is off (constitution day). */
  halfDay: boolean;
}

const NAMES: Record<HolidayKey, Record<Language, string>> = {
  newYearsDay: { da: 'Nytårsdag', en: "New Year's Day" },
  maundyThursday: { da: 'Skærtorsdag', en: 'Maundy Thursday' },
  goodFriday: { da: 'Langfredag', en: 'Good Friday' },
  easterSunday: { da: 'Påskedag', en: 'Easter Sunday' },
  easterMonday: { da: '2. påskedag', en: 'Easter Monday' },
  greatPrayerDay: { da: 'Store bededag', en: 'Great Prayer Day' },
  ascensionDay: { da: 'Kristi himmelfartsdag', en: 'Ascension Day' },
  whitSunday: { da: 'Pinsedag', en: 'Whit Sunday' },
  whitMonday: { da: '2. pinsedag', en: 'Whit Monday' },
  constitutionDay: { da: 'Grundlovsdag', en: 'Constitution Day' },
  christmasEve: { da: 'Juleaftensdag', en: 'Christmas Eve' },
  christmasDay: { da: 'Juledag', en: 'Christmas Day' },
  boxingDay: { da: '2. juledag', en: 'Boxing Day' },
  newYearsEve: { da: 'Nytårsaftensdag', en: "New Year's Eve" },
};

/** Store bededag was abolished as a public holiday by law from 2024. */
const LAST_GREAT_PRAYER_DAY_YEAR = 2023;

function holiday(date: string, key: HolidayKey, flags: Partial<Pick<Holiday, 'customary' | 'halfDay'>> = {}): Holiday {
  return { date, key, name: NAMES[key], customary: flags.customary ?? false, halfDay: flags.halfDay ?? false };
}

/** Every Danish public (and customary) holiday of a year, in date order. */
export function danishHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const list: Holiday[] = [
    holiday(calendarDate(year, 1, 1), 'newYearsDay'),
    holiday(addDays(easter, -3), 'maundyThursday'),
    holiday(addDays(easter, -2), 'goodFriday'),
    holiday(easter, 'easterSunday'),
    holiday(addDays(easter, 1), 'easterMonday'),
    holiday(addDays(easter, 39), 'ascensionDay'),
    holiday(addDays(easter, 49), 'whitSunday'),
    holiday(addDays(easter, 50), 'whitMonday'),
    holiday(calendarDate(year, 6, 5), 'constitutionDay', { customary: true, halfDay: true }),
    holiday(calendarDate(year, 12, 24), 'christmasEve', { customary: true }),
    holiday(calendarDate(year, 12, 25), 'christmasDay'),
    holiday(calendarDate(year, 12, 26), 'boxingDay'),
    holiday(calendarDate(year, 12, 31), 'newYearsEve', { customary: true }),
  ];
  if (year <= LAST_GREAT_PRAYER_DAY_YEAR) list.push(holiday(addDays(easter, 26), 'greatPrayerDay'));
  return list.sort((x, y) => x.date.localeCompare(y.date));
}

// A calendar of many groups over many years asks about the same few years again and again.
const holidaysByYear = new Map<number, ReadonlyMap<string, Holiday>>();

/** The holiday on a date, or null. */
export function holidayOn(isoDate: string): Holiday | null {
  const year = Number(isoDate.slice(0, 4));
  let byDate = holidaysByYear.get(year);
  if (!byDate) {
    // Whit Monday can fall on constitution day; the public holiday wins, as it comes first in date order.
    byDate = new Map([...danishHolidays(year)].reverse().map((h) => [h.date, h]));
    holidaysByYear.set(year, byDate);
  }
  return byDate.get(isoDate) ?? null;
}
