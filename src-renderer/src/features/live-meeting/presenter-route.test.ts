import { describe, expect, it } from 'vitest';
import { clockText } from './clock-text';
import { presenterRoute } from './presenter-route';

describe("the projector's address", () => {
  it('names a group and a meeting, and nothing else', () => {
    expect(presenterRoute('#/present/grp-1/meet_2')).toEqual({ groupId: 'grp-1', meetingId: 'meet_2' });
    expect(presenterRoute('')).toBeNull();
    expect(presenterRoute('#token=abc')).toBeNull();
    expect(presenterRoute('#/present/grp-1')).toBeNull();
    expect(presenterRoute('#/present/grp 1/m')).toBeNull();
    expect(presenterRoute('#/present/g/m/extra')).toBeNull();
  });
});

describe('the clocks', () => {
  it('read minutes and seconds, hours when needed, and a minus when over time', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(65)).toBe('1:05');
    expect(clockText(-61)).toBe('−1:01');
    expect(clockText(3 * 3600 + 5)).toBe('3:00:05');
  });
});
