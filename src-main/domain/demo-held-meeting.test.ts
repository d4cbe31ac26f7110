import { describe, expect, it } from 'vitest';
import { createDemoWorkspace } from './demo';
import { heldMeetingDate } from './demo-held-meeting';
import { DOT_BUDGET } from './minutes-model';
import { workspaceSchema } from './model';

// The demo workspace carries the held meeting: createDemoWorkspace builds it with createHeldMeeting.
function demoWithHeldMeeting(language: 'da' | 'en') {
  let counter = 0;
  return createDemoWorkspace({ language, today: '2026-11-25', now: new Date('2026-11-25T12:00:00Z'), newId: () => `id${++counter}` });
}

describe('createHeldMeeting', () => {
  it('gives a held meeting with minutes at all three levels, decisions, actions, a theme vote and a thanked speaker', () => {
    for (const language of ['da', 'en'] as const) {
      const workspace = demoWithHeldMeeting(language);
      expect(() => workspaceSchema.parse(workspace)).not.toThrow();
      const held = workspace.meetings.find((meeting) => meeting.date < '2026-11-25')!;
      expect(held.status).toBe('minutesSent');
      const minutes = held.minutes!;
      expect(new Set(minutes.notes.map((note) => note.level))).toEqual(new Set(['room', 'members', 'shareable']));
      expect(minutes.decisions.length).toBeGreaterThanOrEqual(2);
      expect(minutes.nextTheme?.themeId).toBeDefined();
      expect(new Set(workspace.actions.map((action) => action.status))).toEqual(new Set(['open', 'done']));
      const thanked = workspace.invitations.find((invitation) => invitation.state === 'thanked');
      expect(thanked?.meetingId).toBe(held.id);
      expect(held.agenda.find((item) => item.id === thanked?.agendaItemId)?.kind).toBe('talk');
      expect(thanked!.history.every((step) => step.at <= '2026-11-25T12:00:00.000Z')).toBe(true);
      expect(workspace.themes.filter((theme) => theme.status === 'waiting').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps every member within the dot budget', () => {
    const spent = new Map<string, number>();
    for (const theme of demoWithHeldMeeting('da').themes) {
      for (const [memberId, dots] of Object.entries(theme.votes)) spent.set(memberId, (spent.get(memberId) ?? 0) + dots);
    }
    for (const dots of spent.values()) expect(dots).toBeLessThanOrEqual(DOT_BUDGET);
  });

  it('the talk was given by the speaker its notes name, who has no other talk in the pipeline', () => {
    const workspace = demoWithHeldMeeting('da');
    const thanked = workspace.invitations.find((invitation) => invitation.state === 'thanked')!;
    const speaker = workspace.speakers.find((candidate) => candidate.id === thanked.speakerId)!;
    expect(speaker.name).toBe('Henrik Aagaard');
    expect(workspace.invitations.filter((invitation) => invitation.speakerId === speaker.id)).toHaveLength(1);
  });
});

describe('heldMeetingDate', () => {
  it('is a quarter before the next meeting when that is past', () => {
    expect(heldMeetingDate('2026-12-08', '2026-11-25')).toBe('2026-09-08');
  });

  it('goes a quarter further back when a quarter before the next meeting is today or later', () => {
    expect(heldMeetingDate('2027-02-24', '2026-11-25')).toBe('2026-08-26');
    expect(heldMeetingDate('2027-03-01', '2026-11-30')).toBe('2026-08-31');
  });
});
