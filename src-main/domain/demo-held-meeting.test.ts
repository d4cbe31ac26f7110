import { describe, expect, it } from 'vitest';
import { createDemoWorkspace } from './demo';
import { createHeldMeeting } from './demo-held-meeting';
import { DOT_BUDGET } from './minutes-model';
import { workspaceSchema } from './model';

function demoWithHeldMeeting(language: 'da' | 'en') {
  let counter = 0;
  const options = { language, today: '2026-11-25', now: new Date('2026-11-25T12:00:00Z'), newId: () => `id${++counter}` };
  const workspace = createDemoWorkspace(options);
  const held = createHeldMeeting({ ...options, members: workspace.members, speaker: workspace.speakers[7]!, nextMeeting: workspace.meetings[0]! });
  return { ...workspace, meetings: [held.meeting, ...workspace.meetings], invitations: [...workspace.invitations, held.invitation], actions: held.actions, themes: held.themes };
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
});
