// Warnings before an invitation is saved: double bookings across groups, asking too soon, two talks in one meeting.
import type { Meeting, Speaker } from './model';
import { foldText } from './people-search';
import type { Invitation, InvitationState } from './speaker-model';

/** The bookings of one group workspace; the check is given every group in the folder. */
export interface GroupBookings {
  groupId: string;
  groupName: string;
  speakers: readonly Speaker[];
  meetings: readonly Meeting[];
  invitations: readonly Invitation[];
}

export interface ConflictCheckInput {
  /** The invitation as it is about to be saved (new or changed). */
  candidate: Invitation;
  /** The group the candidate belongs to; must be one of `groups` for its speaker and meeting to be found. */
  groupId: string;
  groups: readonly GroupBookings[];
  /** ISO date of the day the check runs: asking happens today. */
  today: string;
}

/** How another group's speaker record was recognised as the same person. */
export type PersonMatch = 'sameRecord' | 'email' | 'name';

export type InvitationConflict =
  | {
      code: 'speakerBookedSameDay';
      params: {
        date: string;
        groupId: string;
        groupName: string;
        meetingId: string;
        invitationId: string;
        matchedBy: PersonMatch;
      };
    }
  | { code: 'speakerTwiceInMeeting'; params: { meetingId: string; invitationId: string } }
  | { code: 'askedBeforeAllowed'; params: { doNotAskBefore: string; groupId: string; groupName: string } };

// An idea is not a booking yet, and a declined or cancelled talk no longer occupies the day.
const BOOKED_STATES: ReadonlySet<InvitationState> = new Set([
  'asked',
  'confirmed',
  'materialsReceived',
  'delivered',
  'thanked',
]);
const WITHDRAWN_STATES: ReadonlySet<InvitationState> = new Set(['declined', 'cancelled']);
const NOT_YET_ASKED_STATES: ReadonlySet<InvitationState> = new Set(['idea', 'asked']);

/** Every warning that applies to the candidate; an empty list means save without asking. Never throws. */
export function findInvitationConflicts(input: ConflictCheckInput): InvitationConflict[] {
  const { candidate, groupId, groups, today } = input;
  if (WITHDRAWN_STATES.has(candidate.state)) return [];
  const ownGroup = groups.find((group) => group.groupId === groupId);
  const speaker = ownGroup?.speakers.find((record) => record.id === candidate.speakerId);
  if (ownGroup === undefined || speaker === undefined) return [];
  const meeting = ownGroup.meetings.find((record) => record.id === candidate.meetingId);

  const conflicts: InvitationConflict[] = [];
  for (const group of groups) {
    const sameGroup = group.groupId === groupId;
    const matches = new Map<string, PersonMatch>();
    for (const record of group.speakers) {
      const match = sameGroup ? (record.id === speaker.id ? 'sameRecord' : undefined) : matchPerson(speaker, record);
      if (match !== undefined) matches.set(record.id, match);
    }
    if (matches.size === 0) continue;

    if (NOT_YET_ASKED_STATES.has(candidate.state)) {
      const latest = latestDoNotAskBefore(group.speakers.filter((record) => matches.has(record.id)));
      if (latest !== undefined && today < latest) {
        conflicts.push({
          code: 'askedBeforeAllowed',
          params: { doNotAskBefore: latest, groupId: group.groupId, groupName: group.groupName },
        });
      }
    }
    if (meeting === undefined) continue;

    for (const other of group.invitations) {
      const matchedBy = matches.get(other.speakerId);
      if (matchedBy === undefined || (sameGroup && other.id === candidate.id)) continue;
      if (sameGroup && other.meetingId === meeting.id) {
        if (!WITHDRAWN_STATES.has(other.state)) {
          conflicts.push({ code: 'speakerTwiceInMeeting', params: { meetingId: meeting.id, invitationId: other.id } });
        }
        continue;
      }
      const otherMeeting = group.meetings.find((record) => record.id === other.meetingId);
      if (otherMeeting?.date === meeting.date && BOOKED_STATES.has(other.state)) {
        conflicts.push({
          code: 'speakerBookedSameDay',
          params: {
            date: meeting.date,
            groupId: group.groupId,
            groupName: group.groupName,
            meetingId: otherMeeting.id,
            invitationId: other.id,
            matchedBy,
          },
        });
      }
    }
  }
  return conflicts;
}

/**
 * Speakers are separate records in each group's file, so the same person is recognised by e-mail,
 * or by name when either record lacks an e-mail. Different e-mails mean different people.
 */
type PersonFields = Pick<Speaker, 'id' | 'name' | 'email'>;

export function matchPerson(a: PersonFields, b: PersonFields): PersonMatch | undefined {
  if (a.id === b.id) return 'sameRecord';
  const emailA = a.email.trim().toLowerCase();
  const emailB = b.email.trim().toLowerCase();
  if (emailA !== '' && emailB !== '') return emailA === emailB ? 'email' : undefined;
  const nameA = foldText(a.name);
  return nameA !== '' && nameA === foldText(b.name) ? 'name' : undefined;
}

function latestDoNotAskBefore(speakers: readonly Speaker[]): string | undefined {
  let latest: string | undefined;
  for (const speaker of speakers) {
    if (speaker.doNotAskBefore !== undefined && (latest === undefined || speaker.doNotAskBefore > latest)) {
      latest = speaker.doNotAskBefore;
    }
  }
  return latest;
}
