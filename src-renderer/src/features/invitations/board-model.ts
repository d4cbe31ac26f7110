// The pipeline as rows the board and the table draw: names joined in, grouped by state, filtered and sorted.
import type { InvitationBoard } from '../../../../src-main/api/operations/invitations';
import { allowedTransitions } from '../../../../src-main/domain/invitations';
import { foldText } from '../../../../src-main/domain/people-search';
import { sameJson } from '../../../../src-main/domain/same-json';
import { INVITATION_STATES, type Invitation, type InvitationState, type MailKind } from '../../../../src-main/domain/speaker-model';

export interface PipelineRow {
  invitation: Invitation;
  speakerName: string;
  speakerEmail: string;
  meetingDate: string | null;
  suggestedByName: string | null;
  /** When the invitation last changed state (ISO date-time). */
  changedAt: string;
}

export function pipelineRows(board: InvitationBoard): PipelineRow[] {
  const speakers = new Map(board.speakers.map((speaker) => [speaker.id, speaker]));
  const meetings = new Map(board.meetings.map((meeting) => [meeting.id, meeting.date]));
  const members = new Map(board.members.map((member) => [member.id, member.name]));
  return board.invitations.map((invitation) => ({
    invitation,
    speakerName: speakers.get(invitation.speakerId)?.name ?? '',
    speakerEmail: speakers.get(invitation.speakerId)?.email ?? '',
    meetingDate: (invitation.meetingId && meetings.get(invitation.meetingId)) || null,
    suggestedByName: (invitation.suggestedByMemberId && members.get(invitation.suggestedByMemberId)) || null,
    changedAt: invitation.history.at(-1)?.at ?? '',
  }));
}

/**
 * The new rows, each one equal to its previous row given back as that previous object, so a reload after a move (whose
 * answer is a whole new board) redraws only the cards that changed, not every card on the board.
 */
export function keepUnchangedRows(previous: readonly PipelineRow[], next: PipelineRow[]): PipelineRow[] {
  if (previous.length === 0) return next;
  const before = new Map(previous.map((row) => [row.invitation.id, row]));
  return next.map((row) => {
    const old = before.get(row.invitation.id);
    return old && sameJson(old, row) ? old : row;
  });
}

/** One column per state in the board's order; within a column the soonest meeting first, undated last. */
export function columnsByState(rows: readonly PipelineRow[]): Record<InvitationState, PipelineRow[]> {
  const columns = Object.fromEntries(INVITATION_STATES.map((state) => [state, [] as PipelineRow[]])) as Record<InvitationState, PipelineRow[]>;
  for (const row of rows) columns[row.invitation.state].push(row);
  for (const state of INVITATION_STATES) columns[state].sort(bySoonestMeeting);
  return columns;
}

/** One collator for every comparison: `localeCompare(other, 'da')` builds one per call, which a 2,000-card sort feels. */
const danish = new Intl.Collator('da');

function bySoonestMeeting(a: PipelineRow, b: PipelineRow): number {
  return (a.meetingDate ?? '9999').localeCompare(b.meetingDate ?? '9999') || danish.compare(a.speakerName, b.speakerName);
}

export function canMove(row: PipelineRow, to: InvitationState): boolean {
  return allowedTransitions(row.invitation.state).includes(to);
}

export type SortColumn = 'speaker' | 'topic' | 'meeting' | 'state' | 'changed';
export interface TableView {
  query: string;
  states: InvitationState[];
  sort: { column: SortColumn; descending: boolean };
}

const SORT_KEY: Record<SortColumn, (row: PipelineRow) => string> = {
  speaker: (row) => foldText(row.speakerName),
  topic: (row) => foldText(row.invitation.topic),
  meeting: (row) => row.meetingDate ?? '9999',
  state: (row) => String(INVITATION_STATES.indexOf(row.invitation.state)).padStart(2, '0'),
  changed: (row) => row.changedAt,
};

/** The table's rows: matching every word of the query in speaker or topic, in the chosen states, sorted. */
export function tableRows(rows: readonly PipelineRow[], view: TableView): PipelineRow[] {
  const words = foldText(view.query).split(' ').filter((word) => word !== '');
  const key = SORT_KEY[view.sort.column];
  return rows
    .filter((row) => view.states.length === 0 || view.states.includes(row.invitation.state))
    .filter((row) => {
      const text = foldText(`${row.speakerName} ${row.invitation.topic}`);
      return words.every((word) => text.includes(word));
    })
    .sort((a, b) => {
      const order = danish.compare(key(a), key(b)) || bySoonestMeeting(a, b);
      return view.sort.descending ? -order : order;
    });
}

/** The mail a facilitator most likely wants next for an invitation in this state. */
export function suggestedMailKind(state: InvitationState): MailKind {
  switch (state) {
    case 'asked':
    case 'materialsReceived':
      return 'remind';
    case 'confirmed':
      return 'confirm';
    case 'delivered':
    case 'thanked':
      return 'thank';
    default:
      return 'ask';
  }
}
