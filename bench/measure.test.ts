// The arithmetic behind the table: nearest-rank percentiles and the pass/miss verdict against a limit and a floor.
import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './measure';
import { row } from './report';

describe('percentiles', () => {
  it('uses the nearest rank, so p95 of 20 runs is the 19th value and p50 the 10th', () => {
    const samples = Array.from({ length: 20 }, (_, index) => index + 1);
    expect(percentile(samples, 0.95)).toBe(19);
    expect(percentile(samples, 0.5)).toBe(10);
    expect(summarize([3, 1, 2])).toEqual({ runs: 3, p50: 2, p95: 3, max: 3 });
  });
});

describe('row verdicts', () => {
  it('passes only when under the limit and within the ratio to the floor', () => {
    expect(row('store', 'save', 90, 'ms', { floor: 70, max: 100, maxRatioToFloor: 1.5 }).verdict).toBe('pass');
    expect(row('store', 'save', 90, 'ms', { floor: 50, max: 100, maxRatioToFloor: 1.5 }).verdict).toBe('miss');
    expect(row('store', 'save', 120, 'ms', { floor: 100, max: 100, maxRatioToFloor: 1.5 }).verdict).toBe('miss');
    expect(row('search', 'build', 12, 'ms').verdict).toBe('info');
    expect(row('store', 'save', 90, 'ms', { floor: 70, max: 100, maxRatioToFloor: 1.5 }).target?.text).toBe('< 100 ms and ≤ 1.5× floor');
  });

  it('lets a value reach an "at most" limit but not a "less than" one', () => {
    expect(row('minutes', 'keystroke p50', 24, 'ms', { atMost: 24 }).verdict).toBe('pass');
    expect(row('minutes', 'keystroke p50', 32, 'ms', { atMost: 24 }).verdict).toBe('miss');
    expect(row('minutes', 'keystroke p50', 24, 'ms', { atMost: 24 }).target?.text).toBe('≤ 24 ms');
    expect(row('calendar', 'tasks over 50 ms', 1, 'tasks', { max: 1 }).verdict).toBe('miss');
  });
});
