import { describe, expect, it } from 'vitest';
import { findInvitationConflicts, matchPerson, type GroupBookings } from './invitation-conflicts';
import { meetingSchema, speakerSchema } from './model';
import { invitationSchema, type Invitation, type InvitationState } from './speaker-model';

function meeting(id: string, date: string) {
  return meetingSchema.parse({ id, date, startTime: '09:00', endTime: '16:00', kind: 'fullDay' });
}

function invitation(id: string, speakerId: string, meetingId: string | undefined, state: InvitationState) {
  return invitationSchema.parse({ id, speakerId, meetingId, state });
}

const east: GroupBookings = {
  groupId: 'east',
  groupName: 'CIO Øst',
  speakers: [
    speakerSchema.parse({ id: 'e-anna', name: 'Anna Berg', email: 'Anna@Example.dk' }),
    speakerSchema.parse({ id: 'e-bo', name: 'Bo Ravn', doNotAskBefore: '2027-06-01' }),
  ],
  meetings: [meeting('e-dec', '2026-12-08'), meeting('e-mar', '2027-03-09')],
  invitations: [],
};

const west: GroupBookings = {
  groupId: 'west',
  groupName: 'CIO Vest',
  speakers: [
    speakerSchema.parse({ id: 'w-anna', name: 'Anna Berg', email: 'anna@example.dk' }),
    speakerSchema.parse({ id: 'w-bo', name: 'bo  ravn' }),
    speakerSchema.parse({ id: 'w-carl', name: 'Carl Dam', email: 'carl@example.dk' }),
  ],
  meetings: [meeting('w-dec', '2026-12-08'), meeting('w-jan', '2027-01-12')],
  invitations: [invitation('w-1', 'w-anna', 'w-dec', 'confirmed')],
};

const TODAY = '2026-11-25';

function check(candidate: Invitation, groupId: string, groups: GroupBookings[], today = TODAY) {
  return findInvitationConflicts({ candidate, groupId, groups, today });
}

describe('findInvitationConflicts', () => {
  it('warns when the same person is booked the same day in another group', () => {
    expect(check(invitation('e-1', 'e-anna', 'e-dec', 'asked'), 'east', [east, west])).toEqual([
      {
        code: 'speakerBookedSameDay',
        params: {
          date: '2026-12-08',
          groupId: 'west',
          groupName: 'CIO Vest',
          meetingId: 'w-dec',
          invitationId: 'w-1',
          matchedBy: 'email',
        },
      },
    ]);
  });

  it('stays quiet for another day, another person, or a booking that was declined or is only an idea', () => {
    const westWith = (state: InvitationState) => ({ ...west, invitations: [invitation('w-1', 'w-anna', 'w-dec', state)] });
    expect(check(invitation('e-1', 'e-anna', 'e-mar', 'asked'), 'east', [east, westWith('confirmed')])).toEqual([]);
    for (const state of ['declined', 'cancelled', 'idea'] as const) {
      expect(check(invitation('e-1', 'e-anna', 'e-dec', 'asked'), 'east', [east, westWith(state)])).toEqual([]);
    }
    const carlBooked = { ...west, invitations: [invitation('w-2', 'w-carl', 'w-dec', 'confirmed')] };
    expect(check(invitation('e-1', 'e-anna', 'e-dec', 'asked'), 'east', [east, carlBooked])).toEqual([]);
  });

  it('has nothing to say about a candidate that is declined or cancelled itself', () => {
    expect(check(invitation('e-1', 'e-anna', 'e-dec', 'cancelled'), 'east', [east, west])).toEqual([]);
  });

  it('warns about asking before the "do not ask before" date, also when another group set it', () => {
    const warning = {
      code: 'askedBeforeAllowed',
      params: { doNotAskBefore: '2027-06-01', groupId: 'east', groupName: 'CIO Øst' },
    };
    expect(check(invitation('e-2', 'e-bo', undefined, 'idea'), 'east', [east])).toEqual([warning]);
    expect(check(invitation('w-3', 'w-bo', 'w-jan', 'asked'), 'west', [east, west])).toEqual([warning]);
  });

  it('does not repeat the "do not ask" warning once the speaker has said yes, or after the date', () => {
    expect(check(invitation('e-2', 'e-bo', 'e-mar', 'confirmed'), 'east', [east])).toEqual([]);
    expect(check(invitation('e-2', 'e-bo', 'e-mar', 'idea'), 'east', [east], '2027-06-01')).toEqual([]);
  });

  it('warns about two talks by the same speaker in one meeting, but not about the invitation itself', () => {
    const withTalk = { ...east, invitations: [invitation('e-1', 'e-anna', 'e-dec', 'confirmed')] };
    expect(check(invitation('e-2', 'e-anna', 'e-dec', 'idea'), 'east', [withTalk])).toEqual([
      { code: 'speakerTwiceInMeeting', params: { meetingId: 'e-dec', invitationId: 'e-1' } },
    ]);
    expect(check(invitation('e-1', 'e-anna', 'e-dec', 'materialsReceived'), 'east', [withTalk])).toEqual([]);
  });

  it('warns about the same speaker in two meetings of one group on the same day', () => {
    const twoMeetings = {
      ...east,
      meetings: [...east.meetings, meeting('e-dec-2', '2026-12-08')],
      invitations: [invitation('e-1', 'e-anna', 'e-dec-2', 'confirmed')],
    };
    expect(check(invitation('e-2', 'e-anna', 'e-dec', 'asked'), 'east', [twoMeetings])).toMatchObject([
      { code: 'speakerBookedSameDay', params: { groupId: 'east', meetingId: 'e-dec-2', matchedBy: 'sameRecord' } },
    ]);
  });

  it('never throws on a candidate whose speaker, meeting or group is unknown', () => {
    const stray = invitation('x', 'nobody', 'nowhere', 'asked');
    expect(check(stray, 'east', [east, west])).toEqual([]);
    expect(check(stray, 'missing', [])).toEqual([]);
    expect(check(invitation('y', 'e-anna', 'nowhere', 'asked'), 'east', [east, west])).toEqual([]);
  });
});

describe('matchPerson', () => {
  const record = (id: string, name: string, email = '') => ({ id, name, email });
  it('recognises the same person by e-mail, or by name when an e-mail is missing', () => {
    expect(matchPerson(record('a', 'Anna Berg', 'ANNA@x.dk'), record('b', 'Anna B.', 'anna@x.dk'))).toBe('email');
    expect(matchPerson(record('a', 'René Møller'), record('b', 'rene møller', 'r@x.dk'))).toBe('name');
    expect(matchPerson(record('a', 'x'), record('a', 'y'))).toBe('sameRecord');
  });

  it('treats different e-mails as different people even with the same name', () => {
    expect(matchPerson(record('a', 'Anna Berg', 'anna@x.dk'), record('b', 'Anna Berg', 'anna@y.dk'))).toBeUndefined();
    expect(matchPerson(record('a', 'Søren'), record('b', 'Soren'))).toBeUndefined();
  });
});
