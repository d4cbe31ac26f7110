import { describe, expect, it } from 'vitest';
import { findInvitationConflicts, matchPerson, RECENT_TALK_MEETINGS, seasonOf, type GroupBookings } from './invitation-conflicts';
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

describe('repeat warnings when a speaker is proposed again', () => {
  // East meets quarterly; Anna spoke in east in March 2026 and in west in November 2026.
  const quarterly = ['2025-12-02', '2026-03-03', '2026-06-02', '2026-09-01', '2026-12-08', '2027-03-09'];
  const eastYear: GroupBookings = {
    ...east,
    meetings: quarterly.map((date) => meeting(`e-${date}`, date)),
    invitations: [invitation('e-old', 'e-anna', 'e-2026-03-03', 'thanked')],
  };
  const westSeason: GroupBookings = {
    ...west,
    meetings: [meeting('w-nov', '2026-11-10'), meeting('w-feb', '2027-02-02')],
    invitations: [invitation('w-nov-talk', 'w-anna', 'w-nov', 'delivered')],
  };

  it('warns when the speaker spoke within the last meetings of this group, counting back from the proposed meeting', () => {
    expect(check(invitation('e-new', 'e-anna', 'e-2026-12-08', 'idea'), 'east', [eastYear])).toEqual([
      { code: 'spokeRecently', params: { date: '2026-03-03', meetingsAgo: 3, meetingId: 'e-2026-03-03', invitationId: 'e-old' } },
    ]);
    // From March 2027 the March 2026 talk is exactly RECENT_TALK_MEETINGS meetings back: still warned.
    expect(RECENT_TALK_MEETINGS).toBe(4);
    expect(check(invitation('e-new', 'e-anna', 'e-2027-03-09', 'asked'), 'east', [eastYear])).toMatchObject([
      { code: 'spokeRecently', params: { meetingsAgo: 4 } },
    ]);
  });

  it('stays quiet once the talk is more meetings back than the limit, and for a later talk', () => {
    const later = { ...eastYear, meetings: [...eastYear.meetings, meeting('e-2027-06-01', '2027-06-01')] };
    expect(check(invitation('e-new', 'e-anna', 'e-2027-06-01', 'idea'), 'east', [later])).toEqual([]);
    expect(check(invitation('e-new', 'e-anna', 'e-2025-12-02', 'idea'), 'east', [eastYear])).toEqual([]);
  });

  it('measures an undated idea from today', () => {
    expect(check(invitation('e-new', 'e-anna', undefined, 'idea'), 'east', [eastYear], '2026-11-25')).toMatchObject([
      { code: 'spokeRecently', params: { meetingsAgo: 3 } },
    ]);
  });

  it('counts only talks the speaker said yes to, and never the invitation itself', () => {
    for (const state of ['idea', 'asked', 'declined', 'cancelled'] as const) {
      const group = { ...eastYear, invitations: [invitation('e-old', 'e-anna', 'e-2026-03-03', state)] };
      expect(check(invitation('e-new', 'e-anna', 'e-2026-12-08', 'idea'), 'east', [group])).toEqual([]);
    }
    expect(check(invitation('e-old', 'e-anna', 'e-2026-12-08', 'idea'), 'east', [eastYear])).toEqual([]);
  });

  it('warns only while the talk is proposed, not when it moves on', () => {
    expect(check(invitation('e-new', 'e-anna', 'e-2026-12-08', 'confirmed'), 'east', [eastYear])).toEqual([]);
  });

  it('warns about a talk in the sister group in the same quarter of the same year', () => {
    expect(check(invitation('e-new', 'e-anna', 'e-2026-12-08', 'idea'), 'east', [{ ...eastYear, invitations: [] }, westSeason])).toEqual([
      {
        code: 'spokeInSisterGroupThisSeason',
        params: { date: '2026-11-10', groupId: 'west', groupName: 'CIO Vest', meetingId: 'w-nov', invitationId: 'w-nov-talk', matchedBy: 'email' },
      },
    ]);
  });

  it('does not call another quarter or another year the same season', () => {
    const eastOnly = { ...eastYear, invitations: [] };
    expect(check(invitation('e-new', 'e-anna', 'e-2027-03-09', 'idea'), 'east', [eastOnly, westSeason])).toEqual([]);
    const lastYear = { ...westSeason, meetings: [meeting('w-nov', '2025-11-10')] };
    expect(check(invitation('e-new', 'e-anna', 'e-2026-12-08', 'idea'), 'east', [eastOnly, lastYear])).toEqual([]);
  });

  it('leaves a sister-group talk on the very day to the double-booking warning', () => {
    const sameDay = { ...westSeason, meetings: [meeting('w-nov', '2026-12-08')] };
    expect(check(invitation('e-new', 'e-anna', 'e-2026-12-08', 'asked'), 'east', [{ ...eastYear, invitations: [] }, sameDay])).toMatchObject([
      { code: 'speakerBookedSameDay' },
    ]);
  });

  it('names seasons by quarter', () => {
    expect(seasonOf('2026-01-01')).toBe('2026-Q1');
    expect(seasonOf('2026-03-31')).toBe('2026-Q1');
    expect(seasonOf('2026-04-01')).toBe('2026-Q2');
    expect(seasonOf('2026-12-31')).toBe('2026-Q4');
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
