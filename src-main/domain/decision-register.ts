// The decision register: every decision of every meeting of a group in one list, with where it stands now (in force,
// replaced by a later decision, no longer relevant). The status lives on the decision itself (optional fields), and
// only the register's command changes it; the minutes editor's autosave keeps whatever the register set.
import { AppError } from './errors';
import { byDateAndTime } from './meetings';
import type { Meeting } from './model';
import type { Confidentiality, Decision, DecisionStatus } from './minutes-model';
import { foldText } from './people-search';

/** The decision a replaced decision points to, as the register shows it. */
export interface ReplacingDecision {
  decisionId: string;
  meetingId: string;
  meetingDate: string;
  text: string;
}

export interface RegisterDecision {
  decisionId: string;
  meetingId: string;
  meetingDate: string;
  meetingTheme: string;
  text: string;
  level: Confidentiality;
  status: DecisionStatus;
  /** The later decision that replaced this one; null when not replaced or when that decision was since removed. */
  replacedBy: ReplacingDecision | null;
}

/** A decision's status as the register reads it: no status means in force (decisions from before the register). */
export function decisionStatusOf(decision: Pick<Decision, 'status'>): DecisionStatus {
  return decision.status ?? 'inForce';
}

type DecisionMeeting = Pick<Meeting, 'id' | 'date' | 'startTime' | 'theme' | 'minutes'>;

/** Every decision in the order taken: by meeting (date, then start time), then as listed in that meeting's minutes. */
function decisionsInOrder(meetings: readonly DecisionMeeting[]): { meeting: DecisionMeeting; decision: Decision }[] {
  return [...meetings]
    .sort(byDateAndTime)
    .flatMap((meeting) => (meeting.minutes?.decisions ?? []).map((decision) => ({ meeting, decision })));
}

/** The register, newest decision first (the one most likely to matter today at the top). */
export function decisionRegister(meetings: readonly DecisionMeeting[]): RegisterDecision[] {
  const ordered = decisionsInOrder(meetings);
  const byId = new Map(ordered.map((entry) => [entry.decision.id, entry]));
  return ordered
    .map(({ meeting, decision }): RegisterDecision => {
      const status = decisionStatusOf(decision);
      const replacing = status === 'replaced' && decision.replacedBy !== undefined ? byId.get(decision.replacedBy) : undefined;
      return {
        decisionId: decision.id,
        meetingId: meeting.id,
        meetingDate: meeting.date,
        meetingTheme: meeting.theme,
        text: decision.text,
        level: decision.level,
        status,
        replacedBy: replacing
          ? { decisionId: replacing.decision.id, meetingId: replacing.meeting.id, meetingDate: replacing.meeting.date, text: replacing.decision.text }
          : null,
      };
    })
    .reverse();
}

/** What the register can be narrowed to; null (or an empty text) means "any". */
export interface DecisionFilter {
  status: DecisionStatus | null;
  level: Confidentiality | null;
  year: number | null;
  text: string;
}

export const NO_DECISION_FILTER: DecisionFilter = { status: null, level: null, year: null, text: '' };

/**
 * The register entries that pass every filter. The text filter matches every word typed, case- and accent-insensitive
 * (æ, ø, å kept as letters), in the decision's text or its meeting's theme.
 */
export function filterDecisions(entries: readonly RegisterDecision[], filter: DecisionFilter): RegisterDecision[] {
  const words = foldText(filter.text).split(' ').filter((word) => word !== '');
  const yearPrefix = filter.year === null ? null : `${filter.year}-`;
  return entries.filter((entry) => {
    if (filter.status !== null && entry.status !== filter.status) return false;
    if (filter.level !== null && entry.level !== filter.level) return false;
    if (yearPrefix !== null && !entry.meetingDate.startsWith(yearPrefix)) return false;
    if (words.length === 0) return true;
    const haystack = `${foldText(entry.text)} ${foldText(entry.meetingTheme)}`;
    return words.every((word) => haystack.includes(word));
  });
}

/** The years that have decisions, newest first, for the year filter. */
export function decisionYears(entries: readonly RegisterDecision[]): number[] {
  return [...new Set(entries.map((entry) => Number(entry.meetingDate.slice(0, 4))))].sort((a, b) => b - a);
}

/**
 * The decisions that may replace `decisionId`, from the register (newest first): those taken after it (a later
 * meeting, or later in the same meeting's list), newest first. Only a later decision can replace an earlier one, which
 * also keeps replacements free of cycles.
 */
export function replacementCandidates(register: readonly RegisterDecision[], decisionId: string): RegisterDecision[] {
  const position = register.findIndex((entry) => entry.decisionId === decisionId);
  // The register is newest first, so the later decisions are the ones before it.
  return position < 0 ? [] : register.slice(0, position);
}

/** The status change the facilitator asks for. */
export type DecisionStatusChange =
  | { status: 'inForce' }
  | { status: 'obsolete' }
  | { status: 'replaced'; replacedBy: string };

/**
 * The decision with its new status, or the error code the renderer translates: an unknown decision, or a replacement
 * that is not a later decision of the group. In force is stored as no status at all, as decisions start.
 */
export function decisionWithStatus(meetings: readonly DecisionMeeting[], decisionId: string, change: DecisionStatusChange): Decision {
  const found = decisionsInOrder(meetings).find((entry) => entry.decision.id === decisionId);
  if (!found) throw new AppError('decisionNotFound', { decisionId });
  const { status: _status, replacedBy: _replacedBy, ...decision } = found.decision;
  if (change.status === 'inForce') return decision;
  if (change.status === 'obsolete') return { ...decision, status: 'obsolete' };
  if (!replacementCandidates(decisionRegister(meetings), decisionId).some((entry) => entry.decisionId === change.replacedBy)) {
    throw new AppError('replacementNotLater', { decisionId, replacedBy: change.replacedBy });
  }
  return { ...decision, status: 'replaced', replacedBy: change.replacedBy };
}

/**
 * A register entry's status as the change that would set it again (what an undo sends back). A decision whose
 * replacement has since been removed from the minutes has nothing left to point to, so it reads as in force.
 */
export function statusChangeOf(entry: Pick<RegisterDecision, 'status' | 'replacedBy'>): DecisionStatusChange {
  if (entry.status === 'replaced') return entry.replacedBy ? { status: 'replaced', replacedBy: entry.replacedBy.decisionId } : { status: 'inForce' };
  return { status: entry.status };
}

/**
 * A decision as the minutes editor holds it: without the register's fields, which the editor may not send back (its
 * draft schema is strict) and which saving the minutes keeps from the stored decision.
 */
export function withoutRegisterStatus(decision: Decision): Decision {
  const { status: _status, replacedBy: _replacedBy, ...editable } = decision;
  return editable;
}
