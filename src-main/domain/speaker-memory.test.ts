import { describe, expect, it } from 'vitest';
import type { GroupBookings } from './invitation-conflicts';
import { meetingSchema, speakerSchema } from './model';
import { canRateTalk, GOOD_RATING, NOT_HEARD_FOR_MONTHS, speakersWorthAskingAgain, speakerTalks } from './speaker-memory';
import { invitationSchema, type InvitationState } from './speaker-model';

function meeting(id: string, date: string, theme = '') {
  return meetingSchema.parse({ id, date, startTime: '09:00', endTime: '16:00', kind: 'fullDay', theme });
}

function talk(id: string, speakerId: string, meetingId: string | undefined, state: InvitationState, rating?: number) {
  return invitationSchema.parse({ id, speakerId, meetingId, state, topic: `Topic ${id}`, rating, ratingNote: rating ? 'Godt' : undefined });
}

const TODAY = '2026-11-25';

const east: GroupBookings = {
  groupId: 'east',
  groupName: 'CIO Øst',
  speakers: [
    speakerSchema.parse({ id: 'e-anna', name: 'Anna Berg', email: 'anna@example.dk' }),
    speakerSchema.parse({ id: 'e-bo', name: 'Bo Ravn' }),
    speakerSchema.parse({ id: 'e-carl', name: 'Carl Dam' }),
    speakerSchema.parse({ id: 'e-dora', name: 'Dora Lund', doNotAskBefore: '2027-01-01' }),
  ],
  meetings: [meeting('e-2024', '2024-06-04', 'AI'), meeting('e-2025', '2025-03-04', 'Cloud'), meeting('e-2026', '2026-09-01'), meeting('e-next', '2026-12-08')],
  invitations: [
    talk('e-1', 'e-anna', 'e-2024', 'thanked', 5),
    talk('e-2', 'e-bo', 'e-2025', 'delivered', 5),
    talk('e-3', 'e-carl', 'e-2025', 'delivered', 3),
    talk('e-4', 'e-dora', 'e-2024', 'thanked', 5),
    talk('e-5', 'e-anna', undefined, 'declined'),
  ],
};

const west: GroupBookings = {
  groupId: 'west',
  groupName: 'CIO Vest',
  speakers: [speakerSchema.parse({ id: 'w-anna', name: 'Anna B.', email: 'ANNA@example.dk' }), speakerSchema.parse({ id: 'w-bo', name: 'bo ravn' })],
  meetings: [meeting('w-2025', '2025-05-06', 'Data'), meeting('w-next', '2027-02-02')],
  invitations: [talk('w-1', 'w-anna', 'w-2025', 'thanked', 4), talk('w-2', 'w-bo', 'w-next', 'idea')],
};

describe('speakerTalks', () => {
  it('lists every talk by the person in every group, newest first, with theme and how it went', () => {
    const talks = speakerTalks([east, west], 'east', east.speakers[0]!, TODAY);
    expect(talks.map((entry) => [entry.invitationId, entry.groupName, entry.meetingDate, entry.meetingTheme, entry.rating ?? null])).toEqual([
      ['w-1', 'CIO Vest', '2025-05-06', 'Data', 4],
      ['e-1', 'CIO Øst', '2024-06-04', 'AI', 5],
      ['e-5', 'CIO Øst', null, '', null],
    ]);
    expect(talks[0]).toMatchObject({ ratingNote: 'Godt', rateable: true });
    expect(talks[2]).toMatchObject({ rateable: false });
  });

  it('recognises the person in another group only by e-mail or, without one, by name', () => {
    const talks = speakerTalks([east, west], 'west', west.speakers[1]!, TODAY);
    expect(talks.map((entry) => entry.invitationId)).toEqual(['w-2', 'e-2']);
  });
});

describe('canRateTalk', () => {
  it('allows a rating once the meeting day has come and the speaker said yes', () => {
    expect(canRateTalk({ state: 'confirmed' }, { date: TODAY }, TODAY)).toBe(true);
    expect(canRateTalk({ state: 'delivered' }, { date: '2026-01-01' }, TODAY)).toBe(true);
    expect(canRateTalk({ state: 'confirmed' }, { date: '2026-11-26' }, TODAY)).toBe(false);
    expect(canRateTalk({ state: 'declined' }, { date: '2026-01-01' }, TODAY)).toBe(false);
    expect(canRateTalk({ state: 'asked' }, { date: '2026-01-01' }, TODAY)).toBe(false);
    expect(canRateTalk({ state: 'thanked' }, undefined, TODAY)).toBe(false);
  });
});

describe('speakersWorthAskingAgain', () => {
  it('lists well-rated speakers nobody has heard for a year, best rated first, then longest ago', () => {
    expect(GOOD_RATING).toBe(4);
    expect(NOT_HEARD_FOR_MONTHS).toBe(12);
    // Anna: 5 and 4 → 4.5, last heard 2025-05-06. Bo: 5, but already an idea in west. Carl: 3. Dora: not before 2027.
    expect(speakersWorthAskingAgain([east, west], 'east', TODAY)).toEqual([
      { speakerId: 'e-anna', name: 'Anna Berg', averageRating: 4.5, ratedTalks: 2, lastHeard: '2025-05-06', lastTopic: 'Topic w-1' },
    ]);
    const withoutIdea = { ...west, invitations: [west.invitations[0]!] };
    expect(speakersWorthAskingAgain([east, withoutIdea], 'east', TODAY).map((entry) => entry.name)).toEqual(['Bo Ravn', 'Anna Berg']);
    expect(speakersWorthAskingAgain([east, withoutIdea], 'east', '2027-01-01').map((entry) => entry.name)).toEqual(['Dora Lund', 'Bo Ravn', 'Anna Berg']);
  });

  it('leaves out a speaker heard within the last twelve months, counting the day twelve months back as long enough', () => {
    const heard = { ...west, invitations: [talk('w-1', 'w-anna', 'w-2025', 'thanked', 4)] };
    expect(speakersWorthAskingAgain([east, heard], 'east', '2026-05-05').map((entry) => entry.name)).toEqual(['Bo Ravn']);
    expect(speakersWorthAskingAgain([east, heard], 'east', '2026-05-06').map((entry) => entry.name)).toEqual(['Bo Ravn', 'Anna Berg']);
  });

  it('leaves out speakers never rated, and answers an unknown group with nothing', () => {
    const unrated = { ...east, invitations: east.invitations.map(({ rating: _rating, ...rest }) => rest) };
    expect(speakersWorthAskingAgain([unrated], 'east', TODAY)).toEqual([]);
    expect(speakersWorthAskingAgain([east], 'nowhere', TODAY)).toEqual([]);
  });
});
