import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deviceOf, formatStamp, HybridClock, isStamp, ORIGIN, wallTimeOf } from './hlc';

describe('hybrid logical clock', () => {
  it('stamps read as a time, a counter and the device', () => {
    const clock = new HybridClock('laptop-1', () => Date.parse('2026-12-02T10:10:10.123Z'));
    const stamp = clock.tick();
    expect(stamp).toBe('2026-12-02T10:10:10.123Z-000000-laptop-1');
    expect(isStamp(stamp)).toBe(true);
    expect(deviceOf(stamp)).toBe('laptop-1');
    expect(wallTimeOf(stamp)).toBe('2026-12-02T10:10:10.123Z');
    expect(ORIGIN < stamp).toBe(true);
  });

  it('never goes back, whatever the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3_600_000, max: 3_600_000 }), { minLength: 1, maxLength: 50 }), (jumps) => {
        let wall = Date.parse('2026-12-02T10:00:00Z');
        const clock = new HybridClock('a', () => wall);
        let previous = ORIGIN;
        for (const jump of jumps) {
          wall += jump;
          const stamp = clock.tick();
          expect(stamp > previous).toBe(true);
          previous = stamp;
        }
      }),
    );
  });

  it('a stamp made after observing another sorts after it, even from a clock hours behind', () => {
    const ahead = new HybridClock('ahead', () => Date.parse('2026-12-02T15:00:00Z'));
    const behind = new HybridClock('behind', () => Date.parse('2026-12-02T10:00:00Z'));
    const theirs = ahead.tick();
    behind.observe(theirs);
    const ours = behind.tick();
    expect(ours > theirs).toBe(true);
    expect(wallTimeOf(ours)).toBe('2026-12-02T15:00:00.000Z');
  });

  it('keeps the text sortable when the counter runs over', () => {
    const clock = new HybridClock('a', () => 0);
    clock.observe(formatStamp(Date.parse('2026-12-02T10:00:00Z'), 999_999, 'b'));
    const next = clock.tick();
    expect(next).toBe('2026-12-02T10:00:00.001Z-000000-a');
  });

  it('ignores what is not a stamp and refuses device ids that would break the text', () => {
    const clock = new HybridClock('a', () => Date.parse('2026-12-02T10:00:00Z'));
    clock.observe('9999-garbage');
    expect(clock.tick()).toBe('2026-12-02T10:00:00.000Z-000000-a');
    expect(() => new HybridClock('a b')).toThrow();
  });
});
