import { describe, expect, it } from 'vitest';
import type { MinutesMeetingSummary } from '../../../../src-main/api/operations/minutes';
import { suggestedMeeting } from './minutes-page';

const meeting = (id: string, date: string): MinutesMeetingSummary => ({ id, date, startTime: '09:30', theme: '', hostOrganisation: '', hasMinutes: false });

describe('suggestedMeeting', () => {
  const meetings = [meeting('march', '2026-03-12'), meeting('june', '2026-06-10'), meeting('sept', '2026-09-10')];

  it('offers the latest meeting that has begun, today included', () => {
    expect(suggestedMeeting(meetings, '2026-06-10')).toBe('june');
    expect(suggestedMeeting(meetings, '2026-08-01')).toBe('june');
  });

  it('offers the first planned meeting before any has been held, and nothing without meetings', () => {
    expect(suggestedMeeting(meetings, '2026-01-01')).toBe('march');
    expect(suggestedMeeting([], '2026-01-01')).toBeNull();
  });
});
