// Speaker memory: every talk a person gave in any group of the folder, how it went, and who is worth asking again.
import { isTalk, type GroupBookings } from './invitation-conflicts';
import type { Meeting, Speaker } from './model';
import { indexPeople, type PersonIndex } from './person-index';
import type { Invitation, InvitationState } from './speaker-model';

/** One talk a speaker gave or was asked for, in any group of the folder. */
export interface SpeakerTalk {
  groupId: string;
  groupName: string;
  invitationId: string;
  topic: string;
  state: InvitationState;
  meetingDate: string | null;
  /** The theme of the meeting the talk belongs to; '' when undated or the meeting has none. */
  meetingTheme: string;
  /** When the invitation last changed state. */
  changedAt: string | null;
  /** How it went, from the closing round (1–5), when the facilitator recorded it. */
  rating?: number;
  ratingNote?: string;
  /** Whether the facilitator may record how it went: a talk whose meeting has been held (see canRateTalk). */
  rateable: boolean;
}

/**
 * The one rule for "how it went can be recorded": the speaker said yes and the meeting's day has come, so the closing
 * round has heard the talk (a meeting held today counts: the rating is often set the same evening).
 */
export function canRateTalk(invitation: Pick<Invitation, 'state'>, meeting: Pick<Meeting, 'date'> | undefined, today: string): boolean {
  return meeting !== undefined && isTalk(invitation.state) && meeting.date <= today;
}

/** One group's bookings indexed once: its speakers by person, its invitations by speaker, its meetings by id. */
interface IndexedGroup {
  group: GroupBookings;
  people: PersonIndex<Speaker>;
  invitationsBySpeaker: Map<string, Invitation[]>;
  meetings: Map<string, Meeting>;
}

function indexGroup(group: GroupBookings): IndexedGroup {
  const invitationsBySpeaker = new Map<string, Invitation[]>();
  for (const invitation of group.invitations) {
    const list = invitationsBySpeaker.get(invitation.speakerId);
    if (list) list.push(invitation);
    else invitationsBySpeaker.set(invitation.speakerId, [invitation]);
  }
  return { group, people: indexPeople(group.speakers), invitationsBySpeaker, meetings: new Map(group.meetings.map((meeting) => [meeting.id, meeting])) };
}

/** The talks one group has had with the given speaker records, in the group's invitation order. */
function talksIn({ group, invitationsBySpeaker, meetings }: IndexedGroup, speakerIds: readonly string[], today: string): SpeakerTalk[] {
  const invitations = speakerIds.flatMap((id) => invitationsBySpeaker.get(id) ?? []);
  if (speakerIds.length > 1) invitations.sort((a, b) => group.invitations.indexOf(a) - group.invitations.indexOf(b));
  return invitations.map((invitation): SpeakerTalk => {
    const meeting = invitation.meetingId === undefined ? undefined : meetings.get(invitation.meetingId);
    return {
      groupId: group.groupId,
      groupName: group.groupName,
      invitationId: invitation.id,
      topic: invitation.topic,
      state: invitation.state,
      meetingDate: meeting?.date ?? null,
      meetingTheme: meeting?.theme ?? '',
      changedAt: invitation.history.at(-1)?.at ?? null,
      ...(invitation.rating === undefined ? {} : { rating: invitation.rating }),
      ...(invitation.ratingNote === undefined ? {} : { ratingNote: invitation.ratingNote }),
      rateable: canRateTalk(invitation, meeting, today),
    };
  });
}

/** Newest first: by meeting date, an undated idea by when it last moved. */
function newestFirst(a: SpeakerTalk, b: SpeakerTalk): number {
  return (b.meetingDate ?? b.changedAt ?? '').localeCompare(a.meetingDate ?? a.changedAt ?? '');
}

/** The talks of the folder's groups, indexed once for questions about many speakers (a list, a whole group). */
export interface TalkBook {
  /**
   * Every talk by `speaker` (a record of group `groupId`) in every group, newest first: in its own group by record, in
   * the others by the same person (matchPerson: e-mail, or name without one).
   */
  talksOf(groupId: string, speaker: Pick<Speaker, 'id' | 'name' | 'email'>): SpeakerTalk[];
  /** The talks of one group's own speaker record, newest first. */
  talksOfRecord(groupId: string, speakerId: string): SpeakerTalk[];
}

export function talkBook(groups: readonly GroupBookings[], today: string): TalkBook {
  const indexed = groups.map(indexGroup);
  return {
    talksOf: (groupId, speaker) =>
      indexed
        .flatMap((entry) => {
          const ids = entry.group.groupId === groupId ? [speaker.id] : entry.people.recordsOf(speaker).map((record) => record.id);
          return ids.length === 0 ? [] : talksIn(entry, ids, today);
        })
        .sort(newestFirst),
    talksOfRecord: (groupId, speakerId) => {
      const entry = indexed.find((candidate) => candidate.group.groupId === groupId);
      return entry === undefined ? [] : talksIn(entry, [speakerId], today).sort(newestFirst);
    },
  };
}

/** Every talk by one speaker in every group, newest first (see TalkBook.talksOf). */
export function speakerTalks(groups: readonly GroupBookings[], groupId: string, speaker: Pick<Speaker, 'id' | 'name' | 'email'>, today: string): SpeakerTalk[] {
  return talkBook(groups, today).talksOf(groupId, speaker);
}

/** The talks of one group's own speaker record, newest first (the cross-group view lists each group's on its own). */
export function talksOfRecord(group: GroupBookings, speakerId: string, today: string): SpeakerTalk[] {
  return talkBook([group], today).talksOfRecord(group.groupId, speakerId);
}

/** A talk rated at least this well (on average, over a speaker's rated talks) makes the speaker worth asking again. */
export const GOOD_RATING = 4;
/** …provided no group of the folder has heard them for this many months. */
export const NOT_HEARD_FOR_MONTHS = 12;

export interface WorthAskingAgain {
  speakerId: string;
  name: string;
  /** The mean of the rated talks, one decimal. */
  averageRating: number;
  ratedTalks: number;
  /** The day any group last heard them. */
  lastHeard: string;
  lastTopic: string;
}

/** The ISO day `months` months before `day` (the same day of the month; string order is all that is compared). */
function monthsBefore(day: string, months: number): string {
  const total = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 - months;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}${day.slice(7)}`;
}

const OPEN_STATES: ReadonlySet<InvitationState> = new Set(['idea', 'asked', 'confirmed', 'materialsReceived']);

/**
 * The rule for "worth asking again", for the speakers of group `groupId`: their rated talks in any group average at
 * least GOOD_RATING; no group has heard them in the last NOT_HEARD_FOR_MONTHS months; no talk with them is already in
 * a pipeline (an idea, asked or booked for today or later); and their "do not ask before" day has passed.
 * Best rated first, then the one heard longest ago.
 */
export function speakersWorthAskingAgain(groups: readonly GroupBookings[], groupId: string, today: string): WorthAskingAgain[] {
  const own = groups.find((group) => group.groupId === groupId);
  if (own === undefined) return [];
  const heardSince = monthsBefore(today, NOT_HEARD_FOR_MONTHS);
  const worth: WorthAskingAgain[] = [];
  const book = talkBook(groups, today);
  for (const speaker of own.speakers) {
    if (speaker.doNotAskBefore !== undefined && speaker.doNotAskBefore > today) continue;
    const talks = book.talksOf(groupId, speaker);
    const pending = talks.some((talk) => OPEN_STATES.has(talk.state) && (talk.meetingDate === null || talk.meetingDate >= today));
    const heard = talks.filter((talk) => isTalk(talk.state) && talk.meetingDate !== null && talk.meetingDate < today);
    const ratings = talks.flatMap((talk) => (talk.rating === undefined ? [] : [talk.rating]));
    const last = heard[0];
    if (pending || last?.meetingDate == null || ratings.length === 0 || last.meetingDate > heardSince) continue;
    const average = ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length;
    if (average < GOOD_RATING) continue;
    worth.push({
      speakerId: speaker.id,
      name: speaker.name,
      averageRating: Math.round(average * 10) / 10,
      ratedTalks: ratings.length,
      lastHeard: last.meetingDate,
      lastTopic: last.topic,
    });
  }
  return worth.sort((a, b) => b.averageRating - a.averageRating || a.lastHeard.localeCompare(b.lastHeard));
}
