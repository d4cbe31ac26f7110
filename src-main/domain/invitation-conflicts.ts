// Warnings before an invitation is saved: double bookings across groups, asking too soon, two talks in one meeting,
// and proposing a speaker the group (or its sister group this season) has just heard.
import { meetingsInOrder } from './meetings';
import type { Meeting, Speaker, Workspace } from './model';
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

/** A group's workspace as the cross-group questions (conflicts, talks, repeat warnings) see it. */
export function groupBookingsOf(workspace: Pick<Workspace, 'group' | 'speakers' | 'meetings' | 'invitations'>): GroupBookings {
  return {
    groupId: workspace.group.id,
    groupName: workspace.group.name,
    speakers: workspace.speakers,
    meetings: workspace.meetings,
    invitations: workspace.invitations,
  };
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
  | { code: 'askedBeforeAllowed'; params: { doNotAskBefore: string; groupId: string; groupName: string } }
  | {
      code: 'spokeRecently';
      /** `meetingsAgo`: 1 for the meeting right before the one proposed (or before today, when undated). */
      params: { date: string; meetingsAgo: number; meetingId: string; invitationId: string };
    }
  | {
      code: 'spokeInSisterGroupThisSeason';
      params: { date: string; groupId: string; groupName: string; meetingId: string; invitationId: string; matchedBy: PersonMatch };
    };

/**
 * A speaker proposed again is warned about when they spoke at one of this many meetings of the group before the one
 * proposed: with four meetings a year, the group heard them within the last year.
 */
export const RECENT_TALK_MEETINGS = 4;

// An idea is not a booking yet, and a declined or cancelled talk no longer occupies the day.
/** The states in which a speaker's talk occupies the meeting's day (also used when a meeting moves). */
export const BOOKED_STATES: ReadonlySet<InvitationState> = new Set([
  'asked',
  'confirmed',
  'materialsReceived',
  'delivered',
  'thanked',
]);
const WITHDRAWN_STATES: ReadonlySet<InvitationState> = new Set(['declined', 'cancelled']);
const NOT_YET_ASKED_STATES: ReadonlySet<InvitationState> = new Set(['idea', 'asked']);
// A talk the group has heard or will hear: the speaker said yes. Asked or only an idea is not a talk yet.
const TALK_STATES: ReadonlySet<InvitationState> = new Set(['confirmed', 'materialsReceived', 'delivered', 'thanked']);

/** Whether an invitation in this state stands for a talk given or promised (not an idea, a question or a no). */
export function isTalk(state: InvitationState): boolean {
  return TALK_STATES.has(state);
}

/** The season of a meeting: the quarter of its year, so "the same season" is the same quarter of the same year. */
export function seasonOf(isoDate: string): string {
  const month = Number(isoDate.slice(5, 7));
  return `${isoDate.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** Every warning that applies to the candidate; an empty list means save without asking. Never throws. */
export function findInvitationConflicts(input: ConflictCheckInput): InvitationConflict[] {
  const { candidate, groupId, groups, today } = input;
  if (WITHDRAWN_STATES.has(candidate.state)) return [];
  const ownGroup = groups.find((group) => group.groupId === groupId);
  const speaker = ownGroup?.speakers.find((record) => record.id === candidate.speakerId);
  if (ownGroup === undefined || speaker === undefined) return [];
  const meeting = ownGroup.meetings.find((record) => record.id === candidate.meetingId);

  const conflicts: InvitationConflict[] = [];
  // Undated ideas are measured from today: the talks the group heard lately. A meeting that cannot be found says nothing.
  const reference = candidate.meetingId === undefined ? today : meeting?.date;
  const proposal = NOT_YET_ASKED_STATES.has(candidate.state) && reference !== undefined;
  if (proposal) conflicts.push(...recentTalksInGroup(ownGroup, candidate, reference));
  for (const group of groups) {
    const sameGroup = group.groupId === groupId;
    const matches = new Map<string, PersonMatch>();
    for (const record of group.speakers) {
      const match = sameGroup ? (record.id === speaker.id ? 'sameRecord' : undefined) : matchPerson(speaker, record);
      if (match !== undefined) matches.set(record.id, match);
    }
    if (matches.size === 0) continue;

    if (proposal && !sameGroup && reference !== undefined) {
      conflicts.push(...talksThisSeason(group, matches, reference, meeting?.date));
    }
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

/** The candidate's speaker's talks at the last RECENT_TALK_MEETINGS meetings of its own group dated before `reference`. */
function recentTalksInGroup(group: GroupBookings, candidate: Invitation, reference: string): InvitationConflict[] {
  const earlier = meetingsInOrder(group.meetings.filter((meeting) => meeting.date < reference));
  const recent = earlier.slice(-RECENT_TALK_MEETINGS).reverse();
  const conflicts: InvitationConflict[] = [];
  for (const [index, meeting] of recent.entries()) {
    for (const other of group.invitations) {
      if (other.id === candidate.id || other.speakerId !== candidate.speakerId || other.meetingId !== meeting.id) continue;
      if (!isTalk(other.state)) continue;
      conflicts.push({
        code: 'spokeRecently',
        params: { date: meeting.date, meetingsAgo: index + 1, meetingId: meeting.id, invitationId: other.id },
      });
    }
  }
  return conflicts;
}

/**
 * Another group's talks by the same person in the season of `reference`. A talk on the proposed meeting's own day is
 * left to 'speakerBookedSameDay', so one booking never raises two warnings.
 */
function talksThisSeason(
  group: GroupBookings,
  matches: ReadonlyMap<string, PersonMatch>,
  reference: string,
  proposedDate: string | undefined,
): InvitationConflict[] {
  const season = seasonOf(reference);
  const conflicts: InvitationConflict[] = [];
  for (const other of group.invitations) {
    const matchedBy = matches.get(other.speakerId);
    if (matchedBy === undefined || !isTalk(other.state)) continue;
    const otherMeeting = group.meetings.find((record) => record.id === other.meetingId);
    if (otherMeeting === undefined || otherMeeting.date === proposedDate || seasonOf(otherMeeting.date) !== season) continue;
    conflicts.push({
      code: 'spokeInSisterGroupThisSeason',
      params: {
        date: otherMeeting.date,
        groupId: group.groupId,
        groupName: group.groupName,
        meetingId: otherMeeting.id,
        invitationId: other.id,
        matchedBy,
      },
    });
  }
  return conflicts;
}

/**
 * Speakers are separate records in each group's file, so the same person is recognised by e-mail,
 * or by name when either record lacks an e-mail. Different e-mails mean different people.
 */
type PersonFields = Pick<Speaker, 'id' | 'name' | 'email'>;

/** What matchPerson compares: the e-mail trimmed and lower-cased ('' for none), and the folded name. */
export function personKey(person: Pick<Speaker, 'name' | 'email'>): { email: string; name: string } {
  return { email: emailKey(person.email), name: foldText(person.name) };
}

export function matchPerson(a: PersonFields, b: PersonFields): PersonMatch | undefined {
  if (a.id === b.id) return 'sameRecord';
  // personKey's keys, the name folded only when it decides: folding every name of a 5,000-speaker group took most of
  // a move's conflict check, though with both e-mails present the e-mails alone decide.
  const emailA = emailKey(a.email);
  const emailB = emailKey(b.email);
  if (emailA !== '' && emailB !== '') return emailA === emailB ? 'email' : undefined;
  const nameA = foldText(a.name);
  return nameA !== '' && nameA === foldText(b.name) ? 'name' : undefined;
}

function emailKey(email: string): string {
  return email.trim().toLowerCase();
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
