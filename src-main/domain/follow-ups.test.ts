import { describe, expect, it } from 'vitest';
import { followUpsForToday } from './follow-ups';
import { meetingSchema } from './model';
import { invitationSchema, type InvitationState } from './speaker-model';

const meeting = meetingSchema.parse({
  id: 'mt-1',
  date: '2026-12-08',
  startTime: '09:00',
  endTime: '16:00',
  kind: 'fullDay',
});

function invitation(id: string, state: InvitationState, history: [InvitationState, string][], meetingId?: string) {
  return invitationSchema.parse({
    id,
    speakerId: `sp-${id}`,
    meetingId,
    state,
    history: history.map(([entered, at]) => ({ state: entered, at })),
  });
}

const settings = { followUpAfterDays: 7 };

describe('followUpsForToday', () => {
  it('suggests chasing an ask once the group’s follow-up period has passed, not before', () => {
    const asked = invitation('a', 'asked', [
      ['idea', '2026-11-01T10:00:00+01:00'],
      ['asked', '2026-11-18T23:30:00+01:00'],
    ]);
    const day = (today: string) => followUpsForToday({ invitations: [asked], meetings: [], settings, today });
    expect(day('2026-11-24')).toEqual([]);
    expect(day('2026-11-25')).toEqual([
      { kind: 'awaitingAnswer', invitationId: 'a', speakerId: 'sp-a', askedOn: '2026-11-18', daysWaiting: 7 },
    ]);
    const patient = { followUpAfterDays: 14 };
    expect(followUpsForToday({ invitations: [asked], meetings: [], settings: patient, today: '2026-11-25' })).toEqual([]);
  });

  it('asks for materials from a week before the meeting until the day itself', () => {
    const confirmed = invitation('c', 'confirmed', [['confirmed', '2026-10-01T10:00:00+02:00']], 'mt-1');
    const day = (today: string) => followUpsForToday({ invitations: [confirmed], meetings: [meeting], settings, today });
    expect(day('2026-11-30')).toEqual([]);
    expect(day('2026-12-01')).toEqual([
      {
        kind: 'materialsMissing',
        invitationId: 'c',
        speakerId: 'sp-c',
        meetingId: 'mt-1',
        meetingDate: '2026-12-08',
        daysUntilMeeting: 7,
      },
    ]);
    expect(day('2026-12-08')).toHaveLength(1);
    expect(day('2026-12-09')).toEqual([]);
  });

  it('does not ask for materials that were received, or for a talk without a meeting', () => {
    const received = invitation('r', 'materialsReceived', [['materialsReceived', '2026-12-01T10:00:00+01:00']], 'mt-1');
    const unbooked = invitation('u', 'confirmed', [['confirmed', '2026-12-01T10:00:00+01:00']]);
    const invitations = [received, unbooked];
    expect(followUpsForToday({ invitations, meetings: [meeting], settings, today: '2026-12-05' })).toEqual([]);
  });

  it('keeps a delivered talk on the list until the speaker is thanked', () => {
    const delivered = invitation('d', 'delivered', [['delivered', '2026-12-08T16:00:00+01:00']], 'mt-1');
    const thanked = invitation('t', 'thanked', [['thanked', '2026-12-09T16:00:00+01:00']], 'mt-1');
    const invitations = [delivered, thanked];
    expect(followUpsForToday({ invitations, meetings: [meeting], settings, today: '2027-01-20' })).toEqual([
      { kind: 'thankSpeaker', invitationId: 'd', speakerId: 'sp-d', deliveredOn: '2026-12-08' },
    ]);
  });

  it('puts missing materials first, then unanswered asks oldest first, then thanks', () => {
    const list = followUpsForToday({
      invitations: [
        invitation('thank', 'delivered', [['delivered', '2026-11-01T10:00:00+01:00']]),
        invitation('newer-ask', 'asked', [['asked', '2026-11-10T10:00:00+01:00']]),
        invitation('older-ask', 'asked', [['asked', '2026-11-01T10:00:00+01:00']]),
        invitation('materials', 'confirmed', [['confirmed', '2026-10-01T10:00:00+02:00']], 'mt-1'),
      ],
      meetings: [meeting],
      settings,
      today: '2026-12-02',
    });
    expect(list.map((item) => item.invitationId)).toEqual(['materials', 'older-ask', 'newer-ask', 'thank']);
  });

  it('ignores ideas, declined and cancelled invitations, and an ask without a stamp', () => {
    const quiet = [
      invitation('i', 'idea', [['idea', '2026-01-01T10:00:00+01:00']], 'mt-1'),
      invitation('x', 'declined', [['declined', '2026-01-01T10:00:00+01:00']], 'mt-1'),
      invitation('y', 'cancelled', [['cancelled', '2026-01-01T10:00:00+01:00']], 'mt-1'),
      invitation('z', 'asked', []),
    ];
    expect(followUpsForToday({ invitations: quiet, meetings: [meeting], settings, today: '2026-12-07' })).toEqual([]);
  });
});
