import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, calendarDate, danishHolidays, easterSunday, holidayOn, isCalendarDate, weekdayOf } from './danish-holidays';

const datesOf = (year: number) => Object.fromEntries(danishHolidays(year).map((h) => [h.key, h.date]));

describe('easterSunday', () => {
  it('matches published Easter dates, including the earliest and latest possible', () => {
    expect(easterSunday(2023)).toBe('2023-04-09');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), (year) => {
        const easter = easterSunday(year);
        expect(weekdayOf(easter)).toBe(0);
        expect(easter >= calendarDate(year, 3, 22) && easter <= calendarDate(year, 4, 25)).toBe(true);
      }),
    );
  });
});

describe('danishHolidays', () => {
  it('knows 2023, the last year with store bededag', () => {
    expect(datesOf(2023)).toEqual({
      newYearsDay: '2023-01-01',
      maundyThursday: '2023-04-06',
      goodFriday: '2023-04-07',
      easterSunday: '2023-04-09',
      easterMonday: '2023-04-10',
      greatPrayerDay: '2023-05-05',
      ascensionDay: '2023-05-18',
      whitSunday: '2023-05-28',
      whitMonday: '2023-05-29',
      constitutionDay: '2023-06-05',
      christmasEve: '2023-12-24',
      christmasDay: '2023-12-25',
      boxingDay: '2023-12-26',
      newYearsEve: '2023-12-31',
    });
  });

  it.each([
    [2024, ['2024-03-28', '2024-03-29', '2024-03-31', '2024-04-01', '2024-05-09', '2024-05-19', '2024-05-20']],
    [2025, ['2025-04-17', '2025-04-18', '2025-04-20', '2025-04-21', '2025-05-29', '2025-06-08', '2025-06-09']],
    [2026, ['2026-04-02', '2026-04-03', '2026-04-05', '2026-04-06', '2026-05-14', '2026-05-24', '2026-05-25']],
    [2027, ['2027-03-25', '2027-03-26', '2027-03-28', '2027-03-29', '2027-05-06', '2027-05-16', '2027-05-17']],
  ])('knows the moving holidays of %i and has no store bededag', (year, moving) => {
    const dates = datesOf(year);
    expect([
      dates.maundyThursday,
      dates.goodFriday,
      dates.easterSunday,
      dates.easterMonday,
      dates.ascensionDay,
      dates.whitSunday,
      dates.whitMonday,
    ]).toEqual(moving);
    expect(dates.greatPrayerDay).toBeUndefined();
    expect(danishHolidays(year)).toHaveLength(13);
  });

  it('marks constitution day as a customary half day and christmas/new year eve as customary', () => {
    const byKey = Object.fromEntries(danishHolidays(2026).map((h) => [h.key, h]));
    expect(byKey.constitutionDay).toMatchObject({ customary: true, halfDay: true, name: { da: 'Grundlovsdag' } });
    expect(byKey.christmasEve).toMatchObject({ customary: true, halfDay: false });
    expect(byKey.newYearsEve?.customary).toBe(true);
    expect(byKey.christmasDay).toMatchObject({ customary: false, name: { da: 'Juledag', en: 'Christmas Day' } });
  });

  it('lists holidays in date order with names in both languages', () => {
    const list = danishHolidays(2025);
    expect(list.map((h) => h.date)).toEqual([...list.map((h) => h.date)].sort());
    for (const h of list) expect(h.name.da.length > 0 && h.name.en.length > 0).toBe(true);
  });
});

describe('holidayOn', () => {
  it('finds the holiday on a date and nothing on an ordinary day', () => {
    expect(holidayOn('2026-05-14')?.key).toBe('ascensionDay');
    expect(holidayOn('2026-12-08')).toBeNull();
    expect(holidayOn('2024-04-26')).toBeNull();
  });
});

describe('date arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('tells real calendar dates from look-alikes', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-13-01')).toBe(false);
    expect(isCalendarDate('27-01-01')).toBe(false);
  });
});

describe('holidayOn when two holidays share a day', () => {
  it('names the public holiday when whit Monday falls on constitution day (2017)', () => {
    expect(holidayOn('2017-06-05')).toMatchObject({ key: 'whitMonday', customary: false });
  });
});
