// The meeting form's values, their defaults and their checks, kept apart from the form so they can be tested alone.
import type { MeetingFields } from '../../../../src-main/api/operations/meetings';
import { minutesOfDay } from '../../../../src-main/domain/agenda-timing';
import type { Meeting } from '../../../../src-main/domain/model';
import { DEFAULT_MEETING_TIMES, NEW_MEETING_DETAILS } from '../../../../src-main/domain/year-plan';

export interface MeetingDraft extends Omit<MeetingFields, 'date'> {
  date: string | null;
}

export type DraftProblem = 'dateRequired' | 'timeInvalid' | 'endBeforeStart';
export type DraftProblems = Partial<Record<'date' | 'startTime' | 'endTime', DraftProblem>>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function newMeetingDraft(date: string | null, kind: Meeting['kind'] = 'fullDay'): MeetingDraft {
  return {
    date,
    ...DEFAULT_MEETING_TIMES[kind],
    kind,
    ...NEW_MEETING_DETAILS,
  };
}

export function draftOf(meeting: Meeting): MeetingDraft {
  const { id: _id, agenda: _agenda, minutes: _minutes, ...fields } = meeting;
  return fields;
}

/** A new kind brings its usual times, unless the facilitator has already changed them from the old kind's. */
export function withKind(draft: MeetingDraft, kind: Meeting['kind']): MeetingDraft {
  const old = DEFAULT_MEETING_TIMES[draft.kind];
  const untouched = draft.startTime === old.startTime && draft.endTime === old.endTime;
  return { ...draft, kind, ...(untouched ? DEFAULT_MEETING_TIMES[kind] : {}) };
}

export function draftProblems(draft: MeetingDraft): DraftProblems {
  const problems: DraftProblems = {};
  if (!draft.date) problems.date = 'dateRequired';
  if (!TIME.test(draft.startTime)) problems.startTime = 'timeInvalid';
  if (!TIME.test(draft.endTime)) problems.endTime = 'timeInvalid';
  // An overnight meeting ends on the next day, so any end time is after its start.
  else if (!problems.startTime && draft.kind !== 'overnight' && minutesOfDay(draft.endTime) <= minutesOfDay(draft.startTime)) {
    problems.endTime = 'endBeforeStart';
  }
  return problems;
}

/** The fields to send, or null while the draft has problems. */
export function fieldsOf(draft: MeetingDraft): MeetingFields | null {
  if (Object.keys(draftProblems(draft)).length > 0 || !draft.date) return null;
  return { ...draft, date: draft.date, hostOrganisation: draft.hostOrganisation.trim(), address: draft.address.trim(), theme: draft.theme.trim() };
}
