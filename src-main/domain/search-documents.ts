// What the search across groups and years finds: every piece of a group's memory as one flat document with its
// group, year, kind, confidentiality level, meeting and the exact place to open. Pure, so the index, its tests and
// the bench all read the workspace the same way.
import type { Confidentiality } from './minutes-model';
import type { Meeting, Member, Speaker, Workspace } from './model';
import { employmentHistory } from './people';
import { parseRichText, richTextToPlain } from './rich-text';

export const SEARCH_KINDS = ['decision', 'note', 'roundEntry', 'action', 'agendaItem', 'talk', 'theme', 'member', 'speaker'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The group page a result opens: the minutes of its meeting, the roster, the speaker directory or the backlog. */
export type SearchSection = 'minutes' | 'members' | 'speakers' | 'follow-up';

/**
 * Where a result lives. `entryKey` names the row to scroll to and focus (`decision:<id>`, `note:<id>`,
 * `checkInRound:<memberId>`, `closingRound:<memberId>`, `action:<id>`, `item:<agendaItemId>`, `member:<id>`, …).
 */
export interface SearchPlace {
  groupId: string;
  section: SearchSection;
  meetingId?: string;
  entryKey?: string;
}

export interface SearchDocument {
  /** Unique across groups: group id, kind and the record's key. */
  id: string;
  groupId: string;
  groupName: string;
  kind: SearchKind;
  /** The minutes' level; null for what is not part of minutes (agenda, roster, directory, backlog). */
  level: Confidentiality | null;
  /** The year of the meeting it belongs to; null for people, who span years. */
  year: number | null;
  meetingId: string | null;
  meetingDate: string | null;
  /** Who or what the entry is about: the member of a round entry, the item of a note, the speaker of a talk. */
  title: string;
  /** The words themselves, as plain text. */
  text: string;
  /** Which round a round entry was given in. */
  round?: 'checkIn' | 'closing';
  place: SearchPlace;
}

/** The names a meeting's entries refer to, looked up once per group rather than once per entry. */
export interface SearchLookup {
  groupId: string;
  groupName: string;
  memberNames: ReadonlyMap<string, string>;
  speakers: ReadonlyMap<string, Speaker>;
  topicsByAgendaItem: ReadonlyMap<string, string>;
}

export function searchLookupOf(workspace: Readonly<Workspace>): SearchLookup {
  const topicsByAgendaItem = new Map<string, string>();
  for (const invitation of workspace.invitations) {
    if (invitation.agendaItemId && invitation.topic) topicsByAgendaItem.set(invitation.agendaItemId, invitation.topic);
  }
  return {
    groupId: workspace.group.id,
    groupName: workspace.group.name,
    memberNames: new Map(workspace.members.map((member) => [member.id, member.name])),
    speakers: new Map(workspace.speakers.map((speaker) => [speaker.id, speaker])),
    topicsByAgendaItem,
  };
}

/** The ids whose looked-up names differ between two lookups of one group: what a meeting's entries may show. */
export interface LookupChanges {
  memberIds: ReadonlySet<string>;
  speakerIds: ReadonlySet<string>;
  agendaItemIds: ReadonlySet<string>;
}

/**
 * What a save changed among the names meeting entries show: member names, speakers' names and organisations, talk
 * topics (an id added or removed counts as changed). Null when the group's id or name changed, which every entry shows.
 */
export function lookupChanges(before: SearchLookup, after: SearchLookup): LookupChanges | null {
  if (before.groupId !== after.groupId || before.groupName !== after.groupName) return null;
  if (before === after) return { memberIds: new Set(), speakerIds: new Set(), agendaItemIds: new Set() };
  const sameSpeaker = (a: Speaker | undefined, b: Speaker | undefined) =>
    a === b || (a !== undefined && b !== undefined && a.name === b.name && a.organisation === b.organisation);
  return {
    memberIds: differingKeys(before.memberNames, after.memberNames, (a, b) => a === b),
    speakerIds: differingKeys(before.speakers, after.speakers, sameSpeaker),
    agendaItemIds: differingKeys(before.topicsByAgendaItem, after.topicsByAgendaItem, (a, b) => a === b),
  };
}

function differingKeys<Value>(a: ReadonlyMap<string, Value>, b: ReadonlyMap<string, Value>, same: (a: Value | undefined, b: Value | undefined) => boolean): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of a) if (!same(value, b.get(key))) keys.add(key);
  for (const [key, value] of b) if (!a.has(key) && !same(undefined, value)) keys.add(key);
  return keys;
}

/** Whether any entry of the meeting shows a name the changes name: a round entry's member, a talk's speaker or topic. */
export function meetingShowsChangedNames(meeting: Readonly<Meeting>, changes: LookupChanges): boolean {
  if (changes.memberIds.size === 0 && changes.speakerIds.size === 0 && changes.agendaItemIds.size === 0) return false;
  for (const item of meeting.agenda) {
    if (item.kind !== 'talk') continue;
    if (changes.agendaItemIds.has(item.id)) return true;
    if (item.responsible.kind === 'speaker' && changes.speakerIds.has(item.responsible.speakerId)) return true;
  }
  const minutes = meeting.minutes;
  if (!minutes || changes.memberIds.size === 0) return false;
  return [...minutes.checkInRound, ...minutes.closingRound].some((entry) => changes.memberIds.has(entry.memberId));
}

type MeetingFields = Pick<SearchDocument, 'groupId' | 'groupName' | 'year' | 'meetingId' | 'meetingDate'>;

function meetingFields(lookup: SearchLookup, meeting: Pick<Meeting, 'id' | 'date'>): MeetingFields {
  return { groupId: lookup.groupId, groupName: lookup.groupName, year: Number(meeting.date.slice(0, 4)), meetingId: meeting.id, meetingDate: meeting.date };
}

function inMinutes(lookup: SearchLookup, meetingId: string, entryKey: string): SearchPlace {
  return { groupId: lookup.groupId, section: 'minutes', meetingId, entryKey };
}

function documentId(lookup: SearchLookup, entryKey: string): string {
  return `${lookup.groupId}/${entryKey}`;
}

/** Every entry of one meeting: its agenda and talks, notes, decisions and both rounds (actions live beside it). */
export function meetingSearchDocuments(meeting: Readonly<Meeting>, lookup: SearchLookup): SearchDocument[] {
  const base = meetingFields(lookup, meeting);
  const documents: SearchDocument[] = [];
  const add = (entryKey: string, fields: Pick<SearchDocument, 'kind' | 'level' | 'title' | 'text'> & Pick<Partial<SearchDocument>, 'round'>) => {
    // A round entry's key names only the member, so the meeting makes it unique.
    documents.push({ id: documentId(lookup, `${meeting.id}/${entryKey}`), ...base, ...fields, place: inMinutes(lookup, meeting.id, entryKey) });
  };
  const itemTitles = new Map<string, string>();
  for (const item of meeting.agenda) {
    itemTitles.set(item.id, item.title);
    const speaker = item.responsible.kind === 'speaker' ? lookup.speakers.get(item.responsible.speakerId) : undefined;
    if (item.kind === 'talk') {
      const about = [lookup.topicsByAgendaItem.get(item.id), speaker?.name, speaker?.organisation, item.notes];
      add(`item:${item.id}`, { kind: 'talk', level: null, title: item.title, text: about.filter(Boolean).join(' · ') });
    } else {
      add(`item:${item.id}`, { kind: 'agendaItem', level: null, title: item.title, text: item.notes });
    }
  }
  const minutes = meeting.minutes;
  if (!minutes) return documents;
  for (const note of minutes.notes) {
    const text = richTextToPlain(parseRichText(note.text)).trim();
    if (text === '') continue;
    add(`note:${note.id}`, { kind: 'note', level: note.level, title: itemTitles.get(note.agendaItemId) ?? '', text });
  }
  for (const decision of minutes.decisions) {
    const title = decision.agendaItemId ? (itemTitles.get(decision.agendaItemId) ?? '') : '';
    add(`decision:${decision.id}`, { kind: 'decision', level: decision.level, title, text: decision.text });
  }
  for (const [round, entries] of [['checkIn', minutes.checkInRound], ['closing', minutes.closingRound]] as const) {
    for (const entry of entries) {
      if (entry.text.trim() === '') continue;
      const title = lookup.memberNames.get(entry.memberId) ?? '';
      add(`${round}Round:${entry.memberId}`, { kind: 'roundEntry', level: entry.level, title, text: entry.text, round });
    }
  }
  return documents;
}

function memberDocument(member: Readonly<Member>, lookup: SearchLookup): SearchDocument {
  const jobs = employmentHistory(member).map((job) => [job.title, job.organisation].filter(Boolean).join(', '));
  const entryKey = `member:${member.id}`;
  return {
    id: documentId(lookup, entryKey),
    groupId: lookup.groupId,
    groupName: lookup.groupName,
    kind: 'member',
    level: null,
    year: null,
    meetingId: null,
    meetingDate: null,
    title: member.name,
    text: [...jobs, member.notes].filter(Boolean).join(' · '),
    place: { groupId: lookup.groupId, section: 'members', entryKey },
  };
}

function speakerDocument(speaker: Readonly<Speaker>, lookup: SearchLookup): SearchDocument {
  const entryKey = `speaker:${speaker.id}`;
  return {
    id: documentId(lookup, entryKey),
    groupId: lookup.groupId,
    groupName: lookup.groupName,
    kind: 'speaker',
    level: null,
    year: null,
    meetingId: null,
    meetingDate: null,
    title: speaker.name,
    text: [[speaker.title, speaker.organisation].filter(Boolean).join(', '), speaker.topics.join(', '), speaker.bio, speaker.notes].filter(Boolean).join(' · '),
    place: { groupId: lookup.groupId, section: 'speakers', entryKey },
  };
}

/**
 * Each member's and speaker's entry by the record it was read from. A person's entry depends on the record and the
 * group alone, so it holds while the group's id and name stay the same, and a save reads only the people it changed.
 */
export type PeopleDocuments = WeakMap<Readonly<Member> | Readonly<Speaker>, SearchDocument>;

function rememberedDocument<Person extends Readonly<Member> | Readonly<Speaker>>(
  person: Person,
  known: PeopleDocuments,
  read: (person: Person) => SearchDocument,
): SearchDocument {
  let document = known.get(person);
  if (!document) {
    document = read(person);
    known.set(person, document);
  }
  return document;
}

/**
 * The entries of a group that do not belong to one meeting's record: actions (kept beside the minutes), themes,
 * members and speakers. Actions and themes still carry the meeting they came from. `known` must have been filled
 * for the same group id and name.
 */
export function groupSearchDocuments(
  workspace: Readonly<Workspace>,
  lookup: SearchLookup,
  known: PeopleDocuments = new WeakMap(),
): SearchDocument[] {
  const meetings = new Map(workspace.meetings.map((meeting) => [meeting.id, meeting]));
  const documents: SearchDocument[] = [];
  for (const action of workspace.actions) {
    const meeting = meetings.get(action.meetingId);
    if (!meeting) continue;
    const entryKey = `action:${action.id}`;
    const owner = action.owner.kind === 'member' ? (lookup.memberNames.get(action.owner.memberId) ?? '') : '';
    documents.push({
      id: documentId(lookup, entryKey),
      ...meetingFields(lookup, meeting),
      kind: 'action',
      level: action.level,
      title: owner,
      text: action.text,
      place: inMinutes(lookup, meeting.id, entryKey),
    });
  }
  for (const theme of workspace.themes) {
    const meeting = meetings.get(theme.meetingId ?? theme.raisedAtMeetingId ?? '');
    const entryKey = `theme:${theme.id}`;
    documents.push({
      id: documentId(lookup, entryKey),
      groupId: lookup.groupId,
      groupName: lookup.groupName,
      year: meeting ? Number(meeting.date.slice(0, 4)) : null,
      meetingId: meeting?.id ?? null,
      meetingDate: meeting?.date ?? null,
      kind: 'theme',
      level: null,
      title: theme.title,
      text: '',
      place: { groupId: lookup.groupId, section: 'follow-up', entryKey },
    });
  }
  for (const member of workspace.members) documents.push(rememberedDocument(member, known, (record) => memberDocument(record, lookup)));
  for (const speaker of workspace.speakers) documents.push(rememberedDocument(speaker, known, (record) => speakerDocument(record, lookup)));
  return documents;
}

/** Every searchable entry of a group. */
export function workspaceSearchDocuments(workspace: Readonly<Workspace>): SearchDocument[] {
  const lookup = searchLookupOf(workspace);
  return [...workspace.meetings.flatMap((meeting) => meetingSearchDocuments(meeting, lookup)), ...groupSearchDocuments(workspace, lookup)];
}
