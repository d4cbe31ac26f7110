import { describe, expect, it } from 'vitest';
import { nextQuarterlyDates, nthWeekdayOfMonth } from './quarterly-dates';

describe('nthWeekdayOfMonth', () => {
  it('finds the second Tuesday of a month', () => {
    expect(nthWeekdayOfMonth(2027, 3, 2, 2)).toBe('2027-03-09');
    expect(nthWeekdayOfMonth(2026, 12, 2, 2)).toBe('2026-12-08');
  });

  it('handles a month that starts on the weekday asked for', () => {
    // 1 September 2026 is a Tuesday.
    expect(nthWeekdayOfMonth(2026, 9, 2, 1)).toBe('2026-09-01');
    expect(nthWeekdayOfMonth(2026, 9, 2, 2)).toBe('2026-09-08');
  });
});

describe('nextQuarterlyDates', () => {
  it('gives the next four quarter meetings after today, across the new year', () => {
    expect(nextQuarterlyDates('2026-11-25', 4)).toEqual(['2026-12-08', '2027-03-09', '2027-06-08', '2027-09-14']);
  });

  it('does not include a meeting that falls on today', () => {
    expect(nextQuarterlyDates('2026-12-08', 1)).toEqual(['2027-03-09']);
  });
});
