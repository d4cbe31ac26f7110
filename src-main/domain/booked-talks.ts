// The talks booked for a meeting about to move, with what a new date must be checked against: each speaker's other
// bookings in any group (the same person matched as the invitation check matches them) and whether the talk is given.
import type { BookedTalk, OtherBooking } from './calendar-conflicts';
import { BOOKED_STATES, matchPerson, type GroupBookings } from './invitation-conflicts';
import type { InvitationState } from './speaker-model';
import { meetingDays } from './year-plan';

// Delivered and thanked talks are behind: nobody is told of a new date, but the move deserves a warning.
const GIVEN_STATES: ReadonlySet<InvitationState> = new Set(['delivered', 'thanked']);

/**
 * The talks booked (asked and on, see BOOKED_STATES) for one meeting of `groupId`, in the order they were added. A
 * group or meeting that cannot be found has none.
 */
export function bookedTalksOf(groups: readonly GroupBookings[], groupId: string, meetingId: string): BookedTalk[] {
  const own = groups.find((group) => group.groupId === groupId);
  if (own === undefined) return [];
  const talks: BookedTalk[] = [];
  for (const invitation of own.invitations) {
    if (invitation.meetingId !== meetingId || !BOOKED_STATES.has(invitation.state)) continue;
    const speaker = own.speakers.find((record) => record.id === invitation.speakerId);
    talks.push({
      invitationId: invitation.id,
      speakerName: speaker?.name ?? '',
      given: GIVEN_STATES.has(invitation.state),
      otherBookings: speaker === undefined ? [] : otherBookingsOf(groups, groupId, speaker, invitation.id, meetingId),
    });
  }
  return talks;
}

function otherBookingsOf(
  groups: readonly GroupBookings[],
  groupId: string,
  speaker: GroupBookings['speakers'][number],
  invitationId: string,
  movingMeetingId: string,
): OtherBooking[] {
  const bookings: OtherBooking[] = [];
  for (const group of groups) {
    const sameGroup = group.groupId === groupId;
    const samePerson = new Set(
      group.speakers.filter((record) => (sameGroup ? record.id === speaker.id : matchPerson(speaker, record) !== undefined)).map((record) => record.id),
    );
    for (const other of group.invitations) {
      if (other.id === invitationId || !samePerson.has(other.speakerId) || !BOOKED_STATES.has(other.state)) continue;
      const meeting = group.meetings.find((record) => record.id === other.meetingId);
      // A second talk of theirs in the meeting being moved moves with it.
      if (meeting === undefined || (sameGroup && meeting.id === movingMeetingId)) continue;
      bookings.push({ days: meetingDays(meeting), groupId: group.groupId, groupName: group.groupName, meetingId: meeting.id });
    }
  }
  return bookings;
}
