// The editor's working copy of one meeting's minutes, and how it starts from what is stored.
import type { ActionDraft, MinutesAgendaItem, MinutesDraft, MinutesEditorData, MinutesMeetingSummary } from '../../../../src-main/api/operations/minutes';
import { attendanceFromReplies } from '../../../../src-main/domain/member-replies';
import { NEW_ENTRY_LEVEL, type Action, type RoundEntry } from '../../../../src-main/domain/minutes-model';
import type { MinutesEntries } from '../../../../src-main/domain/unseen-entries';

export interface EditorDraft {
  minutes: MinutesDraft;
  actions: ActionDraft[];
}

/** The entries of a draft that a save covers one by one (see withUnseenEntries in the domain). */
export type DraftEntries = MinutesEntries<MinutesDraft['notes'][number], MinutesDraft['decisions'][number], ActionDraft>;

export type DraftUpdate = (update: (draft: EditorDraft) => EditorDraft) => void;

/** Notes of a meeting without an agenda are kept under this heading; the export shows them as "other notes". */
export const GENERAL_ITEM_ID = 'general';

/** The headings notes are taken under: the agenda's items, or one general heading when there is no agenda yet. */
export function noteHeadings(agendaItems: readonly MinutesAgendaItem[], generalTitle: string): readonly MinutesAgendaItem[] {
  if (agendaItems.length > 0) return agendaItems;
  return [{ id: GENERAL_ITEM_ID, title: generalTitle, kind: 'other' }];
}

export function newEntityId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

const actionDraftOf = ({ id, text, owner, due, status, level }: Action): ActionDraft => ({ id, text, owner, due, status, level });

export function entriesOf(draft: EditorDraft): DraftEntries {
  const { notes, decisions, checkInRound, closingRound } = draft.minutes;
  return { notes, decisions, checkInRound, closingRound, actions: draft.actions };
}

/** The entries as stored, to compare with the draft after a reload. */
export function storedEntries(data: MinutesEditorData): DraftEntries {
  const stored = data.minutes;
  return {
    notes: stored?.notes ?? [],
    decisions: stored?.decisions ?? [],
    checkInRound: stored?.checkInRound ?? [],
    closingRound: stored?.closingRound ?? [],
    actions: data.actions.map(actionDraftOf),
  };
}

export function draftWithEntries(draft: EditorDraft, entries: DraftEntries): EditorDraft {
  return {
    minutes: {
      ...draft.minutes,
      notes: [...entries.notes],
      decisions: [...entries.decisions],
      checkInRound: [...entries.checkInRound],
      closingRound: [...entries.closingRound],
    },
    actions: [...entries.actions],
  };
}

/** One entry per member, in member order, keeping what was said; new entries stay in the room. */
function roundFor(data: MinutesEditorData, stored: readonly RoundEntry[]): RoundEntry[] {
  const byMember = new Map(stored.map((entry) => [entry.memberId, entry]));
  const members = data.members.map((member): RoundEntry => byMember.get(member.id) ?? { memberId: member.id, text: '', level: NEW_ENTRY_LEVEL.roundEntry });
  // Entries of people who have since left the group are kept, not lost.
  const known = new Set(data.members.map((member) => member.id));
  return [...members, ...stored.filter((entry) => !known.has(entry.memberId))];
}

/**
 * The draft the editor starts from: stored minutes as they are, or fresh minutes with the attendance the replies give
 * (attendanceFromReplies) and one empty note per heading, so the facilitator can start typing at once.
 */
export function initialDraft(data: MinutesEditorData, headings: readonly MinutesAgendaItem[], newId: () => string = newEntityId): EditorDraft {
  const stored = data.minutes;
  // Fresh minutes start from the replies recorded before the meeting: those who said no are excused, the rest present.
  const attendance =
    stored && stored.attendance.length > 0
      ? stored.attendance
      : attendanceFromReplies(
          data.members.map((member) => member.id),
          data.meeting.replies ?? [],
        );
  const notes = stored ? [...stored.notes] : [];
  for (const heading of headings) {
    if (!notes.some((note) => note.agendaItemId === heading.id)) notes.push({ id: newId(), agendaItemId: heading.id, text: '', level: NEW_ENTRY_LEVEL.note });
  }
  return {
    minutes: {
      attendance: [...attendance],
      guests: stored ? [...stored.guests] : [],
      notes,
      decisions: stored ? stored.decisions.map((decision) => ({ ...decision })) : [],
      checkInRound: roundFor(data, stored?.checkInRound ?? []),
      closingRound: roundFor(data, stored?.closingRound ?? []),
    },
    actions: data.actions.map(actionDraftOf),
  };
}

/** A sensible first due date for a new action: the next meeting, else a quarter after this one. */
export function defaultDue(data: MinutesEditorData): string {
  if (data.nextMeeting) return data.nextMeeting.date;
  const date = new Date(`${data.meeting.date}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 91);
  return date.toISOString().slice(0, 10);
}

/**
 * The actions a save can change since the previous one: each edited since (an edit makes a new object) or removed.
 * The editor claims exactly these, so the change event of its own save does not reload what it already shows.
 */
export function actionsTouched(before: readonly ActionDraft[], after: readonly ActionDraft[]): string[] {
  const previous = new Map(before.map((action) => [action.id, action]));
  const touched: string[] = [];
  for (const action of after) {
    if (previous.get(action.id) !== action) touched.push(action.id);
    previous.delete(action.id);
  }
  return [...touched, ...previous.keys()];
}

/** The meetings list once `meetingId` has minutes; the same list when it already had them. */
export function withMinutesHeld(meetings: MinutesMeetingSummary[], meetingId: string): MinutesMeetingSummary[] {
  if (!meetings.some((meeting) => meeting.id === meetingId && !meeting.hasMinutes)) return meetings;
  return meetings.map((meeting) => (meeting.id === meetingId ? { ...meeting, hasMinutes: true } : meeting));
}
