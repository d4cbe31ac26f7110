// What one key captures during a live meeting, written into the minutes the way the minutes editor would write it:
// a decision at the current item, an action with an owner and a due date, a member's line in a round.
import { addDays } from './danish-holidays';
import { NEW_ENTRY_LEVEL, type Action, type ActionOwner, type Minutes } from './minutes-model';

export type MinutesRound = 'checkInRound' | 'closingRound';

/** A group meets four times a year; without a next meeting planned, an action is due a quarter later. */
const DAYS_TO_NEXT_MEETING_WHEN_UNPLANNED = 91;

export function emptyMinutes(meetingId: string, updatedAt: string): Minutes {
  return { meetingId, attendance: [], guests: [], notes: [], decisions: [], checkInRound: [], closingRound: [], updatedAt };
}

export function withDecision(minutes: Minutes, decision: { id: string; text: string; agendaItemId?: string }, updatedAt: string): Minutes {
  return {
    ...minutes,
    decisions: [...minutes.decisions, { ...decision, level: NEW_ENTRY_LEVEL.decision }],
    updatedAt,
  };
}

/**
 * Writes a member's line into a round: their entry is created, changed or (when the text is empty) removed, as the
 * editor keeps only entries with words. A level the facilitator already chose for the entry is kept.
 */
export function withRoundLine(minutes: Minutes, round: MinutesRound, memberId: string, text: string, updatedAt: string): Minutes {
  const entries = minutes[round];
  const existing = entries.find((entry) => entry.memberId === memberId);
  const trimmed = text.trim();
  const next =
    trimmed === ''
      ? entries.filter((entry) => entry !== existing)
      : existing
        ? entries.map((entry) => (entry === existing ? { ...entry, text: trimmed } : entry))
        : [...entries, { memberId, text: trimmed, level: NEW_ENTRY_LEVEL.roundEntry }];
  return { ...minutes, [round]: next, updatedAt };
}

export interface ActionCapture {
  id: string;
  meetingId: string;
  text: string;
  owner?: ActionOwner;
  due?: string;
}

/** An action is due when the group next meets. */
export function defaultActionDue(meetingDate: string, nextMeetingDate: string | null): string {
  return nextMeetingDate ?? addDays(meetingDate, DAYS_TO_NEXT_MEETING_WHEN_UNPLANNED);
}

/** The facilitator carries an action nobody was named for; it is due when the group next meets. */
export function capturedAction(capture: ActionCapture, meetingDate: string, nextMeetingDate: string | null): Action {
  return {
    id: capture.id,
    meetingId: capture.meetingId,
    text: capture.text.trim(),
    owner: capture.owner ?? { kind: 'facilitator' },
    due: capture.due ?? defaultActionDue(meetingDate, nextMeetingDate),
    status: 'open',
    level: NEW_ENTRY_LEVEL.action,
  };
}
