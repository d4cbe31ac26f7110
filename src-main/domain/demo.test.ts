import { describe, expect, it } from 'vitest';
import { createDemoWorkspace } from './demo';
import { followUpsForToday } from './follow-ups';
import { allowedTransitions } from './invitations';
import { peopleSettingsOf } from './model';
import { workspaceSchema } from './model';
import { summarizeGroup } from './summaries';

function demo(language: 'da' | 'en') {
  let counter = 0;
  return createDemoWorkspace({
    language,
    today: '2026-11-25',
    now: new Date('2026-11-25T12:00:00Z'),
    newId: () => `id${++counter}`,
  });
}

describe('createDemoWorkspace', () => {
  it('produces a workspace that the store would accept', () => {
    expect(() => workspaceSchema.parse(demo('da'))).not.toThrow();
    expect(() => workspaceSchema.parse(demo('en'))).not.toThrow();
  });

  it('has a year of four upcoming meetings after one held last quarter, and a realistic roster', () => {
    const workspace = demo('da');
    const summary = summarizeGroup(workspace, 'x.json', '2026-11-25');
    expect(workspace.meetings.filter((meeting) => meeting.date >= '2026-11-25')).toHaveLength(4);
    expect(workspace.meetings.filter((meeting) => meeting.date < '2026-11-25').map((meeting) => meeting.status)).toEqual(['minutesSent']);
    expect(summary.nextMeetingDate).toBe('2026-12-08');
    expect(summary.memberCount).toBeGreaterThanOrEqual(12);
    expect(summary.memberCount).toBeLessThanOrEqual(20);
    expect(workspace.speakers.some((speaker) => speaker.suggestedByMemberId)).toBe(true);
  });

  it('speaks the language it was asked for', () => {
    expect(demo('da').group.name).toMatch(/netværk/i);
    expect(demo('en').group.name).toMatch(/network/i);
  });

  it('gives every entity its own id', () => {
    const workspace = demo('da');
    const ids = [
      workspace.group.id,
      ...workspace.members.map((m) => m.id),
      ...workspace.speakers.map((s) => s.id),
      ...workspace.meetings.map((m) => m.id),
      ...workspace.invitations.map((i) => i.id),
      ...workspace.actions.map((a) => a.id),
      ...workspace.themes.map((t) => t.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes plain ASCII e-mail addresses for Danish names', () => {
    for (const member of demo('da').members) expect(member.email).toMatch(/^[a-z.]+@example\.dk$/);
  });

  it('has a pipeline in several states whose histories the state machine could have made', () => {
    const workspace = demo('da');
    const states = new Set(workspace.invitations.map((invitation) => invitation.state));
    expect(states.size).toBeGreaterThanOrEqual(4);
    const speakerIds = new Set(workspace.speakers.map((speaker) => speaker.id));
    const meetingIds = new Set(workspace.meetings.map((meeting) => meeting.id));
    for (const invitation of workspace.invitations) {
      expect(speakerIds.has(invitation.speakerId)).toBe(true);
      if (invitation.meetingId !== undefined) expect(meetingIds.has(invitation.meetingId)).toBe(true);
      expect(invitation.history[0]?.state).toBe('idea');
      invitation.history.slice(1).forEach((step, index) => {
        const previous = invitation.history[index]!;
        expect(allowedTransitions(previous.state)).toContain(step.state);
        expect(step.at > previous.at).toBe(true);
      });
      expect(invitation.history.at(-1)?.state).toBe(invitation.state);
    }
  });

  it('gives the dashboard something to follow up today', () => {
    const workspace = demo('da');
    const todo = followUpsForToday({ ...workspace, settings: peopleSettingsOf(workspace.group), today: '2026-11-25' });
    expect(todo.map((item) => item.kind)).toContain('awaitingAnswer');
  });
});
