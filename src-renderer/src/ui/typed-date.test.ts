import { describe, expect, it } from 'vitest';
import { parseTypedDate } from './typed-date';

describe('parseTypedDate', () => {
  it('reads Danish day-month-year, ISO dates and written months', () => {
    expect(parseTypedDate('12.3.2026')).toBe('2026-03-12');
    expect(parseTypedDate('12-03-26')).toBe('2026-03-12');
    expect(parseTypedDate(' 1/12/2026 ')).toBe('2026-12-01');
    expect(parseTypedDate('2026-03-12')).toBe('2026-03-12');
    expect(parseTypedDate('12. marts 2026')).toBe('2026-03-12');
    expect(parseTypedDate('12 May 2026')).toBe('2026-05-12');
    expect(parseTypedDate('3. okt. 2026')).toBe('2026-10-03');
  });

  it('refuses dates that do not exist and text that is not a date', () => {
    expect(parseTypedDate('31.2.2026')).toBeNull();
    expect(parseTypedDate('2026-13-01')).toBeNull();
    expect(parseTypedDate('12.3')).toBeNull();
    expect(parseTypedDate('i morgen')).toBeNull();
    expect(parseTypedDate('12. smarts 2026')).toBeNull();
  });
});
