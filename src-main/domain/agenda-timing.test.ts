import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ITEM_MINUTES } from './agenda-model';
import { computeSchedule, localDateTimeAt, meetingEndOffset, moveItem } from './agenda-timing';

const fullDay = { date: '2026-12-08', startTime: '09:00', endTime: '16:00', kind: 'fullDay' as const };
const overnight = { date: '2026-12-08', startTime: '13:00', endTime: '12:00', kind: 'overnight' as const };
const items = (...minutes: number[]) => minutes.map((durationMinutes, index) => ({ id: `i${index}`, durationMinutes }));

describe('computeSchedule', () => {
  it('starts each item when the one before ends', () => {
    const schedule = computeSchedule(fullDay, items(15, 60, 45));
    expect(schedule.items.map((s) => [s.start.time, s.end.time])).toEqual([
      ['09:00', '09:15'],
      ['09:15', '10:15'],
      ['10:15', '11:00'],
    ]);
    expect(schedule.items.map((s) => [s.startOffset, s.endOffset])).toEqual([
      [0, 15],
      [15, 75],
      [75, 120],
    ]);
    expect(schedule.totalMinutes).toBe(120);
    expect(schedule.meetingMinutes).toBe(420);
    expect(schedule.overrun).toBeNull();
  });

  it('warns with the minutes past the end when the agenda runs over', () => {
    expect(computeSchedule(fullDay, items(400, 20)).overrun).toBeNull();
    expect(computeSchedule(fullDay, items(400, 21)).overrun).toEqual({ minutes: 1 });
    expect(computeSchedule(fullDay, items(400, 65)).overrun).toEqual({ minutes: 45 });
  });

  it('gives an empty agenda no items, no minutes and no warning', () => {
    const schedule = computeSchedule(fullDay, []);
    expect(schedule).toMatchObject({ items: [], totalMinutes: 0, overrun: null });
  });

  it('crosses midnight on an overnight meeting: the end date is the next day', () => {
    const schedule = computeSchedule(overnight, items(540, 120, 600, 90));
    expect(schedule.items.map((s) => [s.start, s.end])).toEqual([
      [{ date: '2026-12-08', time: '13:00' }, { date: '2026-12-08', time: '22:00' }],
      [{ date: '2026-12-08', time: '22:00' }, { date: '2026-12-09', time: '00:00' }],
      [{ date: '2026-12-09', time: '00:00' }, { date: '2026-12-09', time: '10:00' }],
      [{ date: '2026-12-09', time: '10:00' }, { date: '2026-12-09', time: '11:30' }],
    ]);
    expect(schedule.meetingEnd).toEqual({ date: '2026-12-09', time: '12:00' });
    expect(schedule.meetingMinutes).toBe(23 * 60);
    expect(schedule.overrun).toBeNull();
  });

  it('lets one item span midnight, across a month and a year end', () => {
    const newYearsEve = { ...overnight, date: '2026-12-31', startTime: '20:00' };
    const schedule = computeSchedule(newYearsEve, items(180, 300));
    expect(schedule.items[0]?.end).toEqual({ date: '2026-12-31', time: '23:00' });
    expect(schedule.items[1]).toMatchObject({
      start: { date: '2026-12-31', time: '23:00' },
      end: { date: '2027-01-01', time: '04:00' },
    });
    expect(schedule.meetingEnd).toEqual({ date: '2027-01-01', time: '12:00' });
  });

  it('ends a one-day meeting on its own date, so running past midnight is an overrun', () => {
    const evening = { date: '2026-12-08', startTime: '18:00', endTime: '23:00', kind: 'halfDay' as const };
    const schedule = computeSchedule(evening, items(360));
    expect(schedule.items[0]?.end).toEqual({ date: '2026-12-09', time: '00:00' });
    expect(schedule.overrun).toEqual({ minutes: 60 });
  });

  it('adds up for any durations: each start is the previous end, and the last end is start + total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: MAX_ITEM_MINUTES }), { maxLength: 30 }),
        fc.constantFrom('fullDay', 'halfDay', 'overnight'),
        fc.integer({ min: 0, max: 23 * 60 + 59 }),
        (durations, kind, startMinute) => {
          const startTime = localDateTimeAt('2027-03-28', startMinute).time;
          const meeting = { date: '2027-03-28', startTime, endTime: '23:59', kind };
          const schedule = computeSchedule(meeting, items(...durations));
          schedule.items.forEach((scheduled, index) => {
            const previousEnd = index === 0 ? schedule.meetingStart : schedule.items[index - 1]?.end;
            expect(scheduled.start).toEqual(previousEnd);
            expect(scheduled.endOffset - scheduled.startOffset).toBe(durations[index]);
          });
          const total = durations.reduce((sum, d) => sum + d, 0);
          expect(schedule.totalMinutes).toBe(total);
          const lastEnd = schedule.items.at(-1)?.end ?? schedule.meetingStart;
          expect(lastEnd).toEqual(localDateTimeAt('2027-03-28', startMinute + total));
          const overrun = startMinute + total - meetingEndOffset(meeting);
          expect(schedule.overrun).toEqual(overrun > 0 ? { minutes: overrun } : null);
        },
      ),
    );
  });
});

describe('moveItem', () => {
  const list = ['a', 'b', 'c', 'd'];

  it('moves an item down and up', () => {
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(list, 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(moveItem(list, 1, 1)).toEqual(list);
  });

  it('holds a target past either end at that end, and ignores a source outside the list', () => {
    expect(moveItem(list, 1, 99)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveItem(list, 2, -5)).toEqual(['c', 'a', 'b', 'd']);
    expect(moveItem(list, 4, 0)).toEqual(list);
    expect(moveItem(list, -1, 0)).toEqual(list);
  });

  it('returns a new list and keeps every item exactly once', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), fc.nat(25), fc.integer({ min: -3, max: 25 }), (values, from, to) => {
        const moved = moveItem(values, from, to);
        expect(moved).not.toBe(values);
        expect([...moved].sort()).toEqual([...values].sort());
      }),
    );
  });

  it('lets times follow the new order', () => {
    const agenda = items(10, 60, 30);
    const reordered = moveItem(agenda, 2, 0);
    const schedule = computeSchedule(fullDay, reordered);
    expect(schedule.items.map((s) => [s.item.id, s.start.time])).toEqual([
      ['i2', '09:00'],
      ['i0', '09:30'],
      ['i1', '09:40'],
    ]);
  });
});
