// The usual rhythm: four meetings a year, on a fixed weekday of a fixed week in March, June, September and December.

const QUARTER_MONTHS = [3, 6, 9, 12] as const;

/** ISO date of the n-th (1-based) given weekday (0 = Sunday … 6 = Saturday) of a month. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  const day = 1 + offset + (n - 1) * 7;
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** The next `count` quarterly meeting dates strictly after `today`, on the second Tuesday of each quarter month. */
export function nextQuarterlyDates(today: string, count: number): string[] {
  const dates: string[] = [];
  let year = Number(today.slice(0, 4));
  while (dates.length < count) {
    for (const month of QUARTER_MONTHS) {
      const date = nthWeekdayOfMonth(year, month, 2, 2);
      if (date > today && dates.length < count) dates.push(date);
    }
    year += 1;
  }
  return dates;
}
