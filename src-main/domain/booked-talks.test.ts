import { describe, expect, it } from 'vitest';
import { bookedTalksOf } from './booked-talks';
import type { GroupBookings } from './invitation-conflicts';
import { meetingSchema, speakerSchema } from './model';
import { invitationSchema, type InvitationState } from './speaker-model';

const meeting = (id: string, date: string, kind: 'fullDay' | 'overnight' = 'fullDay') =>
  meetingSchema.parse({ id, date, startTime: '09:00', endTime: '16:00', kind });
const invitation = (id: string, speakerId: string, meetingId: string, state: InvitationState) => invitationSchema.parse({ id, speakerId, meetingId, state });

const west: GroupBookings = {
  groupId: 'west',
  groupName: 'CIO Vest',
  speakers: [speakerSchema.parse({ id: 'w-anna', name: 'Anna Berg', email: 'anna@example.dk' }), speakerSchema.parse({ id: 'w-bo', name: 'Bo Ravn' })],
  meetings: [meeting('w-mar', '2027-03-09'), meeting('w-jun', '2027-06-08')],
  invitations: [
    invitation('w-1', 'w-anna', 'w-mar', 'confirmed'),
    invitation('w-2', 'w-bo', 'w-mar', 'thanked'),
    invitation('w-3', 'w-bo', 'w-mar', 'idea'),
    invitation('w-4', 'w-anna', 'w-jun', 'asked'),
    invitation('w-5', 'w-anna', 'w-mar', 'declined'),
  ],
};
const east: GroupBookings = {
  groupId: 'east',
  groupName: 'CIO Øst',
  speakers: [speakerSchema.parse({ id: 'e-anna', name: 'Anna B.', email: 'ANNA@example.dk' }), speakerSchema.parse({ id: 'e-bo', name: 'bo ravn' })],
  meetings: [meeting('e-apr', '2027-04-13', 'overnight'), meeting('e-may', '2027-05-11')],
  invitations: [invitation('e-1', 'e-anna', 'e-apr', 'confirmed'), invitation('e-2', 'e-bo', 'e-may', 'cancelled')],
};

describe('bookedTalksOf', () => {
  it('lists the asked and booked talks of the meeting, a delivered or thanked one as given, ideas and no-thanks left out', () => {
    const talks = bookedTalksOf([west, east], 'west', 'w-mar');
    expect(talks.map(({ invitationId, speakerName, given }) => ({ invitationId, speakerName, given }))).toEqual([
      { invitationId: 'w-1', speakerName: 'Anna Berg', given: false },
      { invitationId: 'w-2', speakerName: 'Bo Ravn', given: true },
    ]);
  });

  it("gives each speaker's other bookings in any group, matched by e-mail across groups, with every day they take", () => {
    const [anna, bo] = bookedTalksOf([west, east], 'west', 'w-mar');
    expect(anna?.otherBookings).toEqual([
      { days: ['2027-06-08'], groupId: 'west', groupName: 'CIO Vest', meetingId: 'w-jun' },
      { days: ['2027-04-13', '2027-04-14'], groupId: 'east', groupName: 'CIO Øst', meetingId: 'e-apr' },
    ]);
    // A cancelled talk elsewhere no longer occupies the day.
    expect(bo?.otherBookings).toEqual([]);
  });

  it('finds nothing for an unknown group or a meeting without talks', () => {
    expect(bookedTalksOf([west], 'north', 'w-mar')).toEqual([]);
    expect(bookedTalksOf([west, east], 'west', 'w-jun').map((talk) => talk.invitationId)).toEqual(['w-4']);
    expect(bookedTalksOf([west], 'west', 'nowhere')).toEqual([]);
  });
});
