import { describe, expect, it } from 'vitest';
import { defaultChoices, previewRequest } from './year-plan-rule';

describe('the year-plan choices', () => {
  it('plan next year once the current one is under way', () => {
    expect(defaultChoices('2026-02-10').year).toBe(2026);
    expect(defaultChoices('2026-11-25').year).toBe(2027);
  });

  it('ask for the nth weekday of the chosen months in order', () => {
    const choices = { ...defaultChoices('2026-11-25'), months: [9, 3] };
    expect(previewRequest(choices)).toEqual({
      year: 2027,
      kind: 'fullDay',
      onHoliday: 'flag',
      rule: { kind: 'nthWeekday', week: 2, weekday: 2, months: [3, 9] },
    });
    expect(previewRequest({ ...choices, months: [] })).toBeNull();
  });

  it('keep only chosen dates inside the planned year', () => {
    const choices = { ...defaultChoices('2026-11-25'), ruleKind: 'dates' as const, dates: ['2026-12-01', '2027-03-04'] };
    expect(previewRequest(choices)?.rule).toEqual({ kind: 'dates', dates: ['2027-03-04'] });
    expect(previewRequest({ ...choices, dates: ['2026-12-01'] })).toBeNull();
  });
});
