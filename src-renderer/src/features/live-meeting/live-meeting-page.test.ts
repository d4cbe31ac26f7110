import { describe, expect, it } from 'vitest';
import type { LiveMeetingChoice, LiveOverview } from '../../../../src-main/api/operations/live';
import { meetingToOpen } from './live-meeting-page';

const choice = (id: string, date: string, started = false): LiveMeetingChoice => ({
  id, date, startTime: '09:00', endTime: '16:00', kind: 'fullDay', theme: '', hostOrganisation: '', started, finished: false,
});

const overview = (parts: Partial<LiveOverview>): LiveOverview => ({ today: '2026-03-05', running: [], todays: [], next: null, ...parts });

describe('the meeting live mode opens by itself', () => {
  it("is today's running meeting, then today's first, then one still running from before", () => {
    const old = choice('old', '2026-01-10', true);
    const morning = choice('morning', '2026-03-05');
    const afternoon = choice('afternoon', '2026-03-05', true);
    expect(meetingToOpen(overview({ running: [old, afternoon], todays: [morning, afternoon] }))).toBe('afternoon');
    expect(meetingToOpen(overview({ running: [old], todays: [morning] }))).toBe('morning');
    expect(meetingToOpen(overview({ running: [old] }))).toBe('old');
  });

  it('is none when nothing is on today, so the page can offer the next meeting', () => {
    expect(meetingToOpen(overview({ next: choice('next', '2026-06-04') }))).toBeNull();
  });
});
