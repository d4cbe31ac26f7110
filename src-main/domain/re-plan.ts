// Planning a year that already has meetings: which planned meetings would duplicate the group's existing ones, which
// of those hold work a re-plan must keep, and what saving adds and removes when the facilitator replaces or keeps.
import type { Meeting, Workspace } from './model';

/** What a meeting holds besides its date and times; any of it makes the meeting worth keeping. */
export type MeetingContentKind = 'agenda' | 'minutes' | 'speakers' | 'actions' | 'themes' | 'replies' | 'details';

/** The records outside a meeting that point at it. */
export type MeetingRelations = Pick<Workspace, 'invitations' | 'actions' | 'themes'>;

/**
 * Everything a meeting holds that deleting it would lose, in a fixed order; empty for a meeting that is only a date
 * (as "plan the year" saves them). Details count too: a host, an address or a theme typed in is work.
 */
export function meetingContent(meeting: Meeting, relations: MeetingRelations): MeetingContentKind[] {
  const has: Record<MeetingContentKind, boolean> = {
    agenda: meeting.agenda.length > 0,
    minutes: meeting.minutes !== undefined || meeting.live !== undefined,
    speakers: relations.invitations.some((invitation) => invitation.meetingId === meeting.id),
    actions: relations.actions.some((action) => action.meetingId === meeting.id),
    themes: relations.themes.some((theme) => theme.meetingId === meeting.id || theme.raisedAtMeetingId === meeting.id),
    replies: (meeting.replies?.length ?? 0) > 0,
    details:
      meeting.hostOrganisation !== '' ||
      meeting.address !== '' ||
      meeting.theme !== '' ||
      meeting.siteTour ||
      meeting.dinner ||
      meeting.jointWithSisterGroup ||
      meeting.status !== 'planned',
  };
  return (Object.keys(has) as MeetingContentKind[]).filter((kind) => has[kind]);
}

/** A planned meeting and the existing meeting of the group it would duplicate. */
export interface PlanDuplicate {
  /** Index into the planned meetings as given. */
  plannedIndex: number;
  meetingId: string;
  meetingDate: string;
  /** True when both fall on the same day; otherwise they share a quarter of the same year. */
  sameDate: boolean;
  /** What the existing meeting holds; empty when replacing it loses nothing. */
  content: MeetingContentKind[];
}

/** "2027-Q1": a group meets about once a quarter, so two meetings in one quarter of one year are one too many. */
export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/**
 * The one rule for "would this plan duplicate a meeting": a planned meeting duplicates an existing meeting of the same
 * group on the same date or, failing that, in the same quarter of the same year. Each existing meeting answers for at
 * most one planned meeting and the other way round, the closest pairs first (same day, then fewest days apart), so a
 * plan with two meetings in one quarter adds the one farther from the existing meeting. Sorted by planned index.
 */
export function planDuplicates(
  planned: readonly { date: string }[],
  existing: readonly Meeting[],
  relations: MeetingRelations,
): PlanDuplicate[] {
  const pairs: { plannedIndex: number; meeting: Meeting; distance: number }[] = [];
  planned.forEach(({ date }, plannedIndex) => {
    for (const meeting of existing) {
      if (quarterOf(meeting.date) !== quarterOf(date)) continue;
      pairs.push({ plannedIndex, meeting, distance: Math.abs(dayNumber(meeting.date) - dayNumber(date)) });
    }
  });
  pairs.sort(
    (a, b) =>
      a.distance - b.distance ||
      a.plannedIndex - b.plannedIndex ||
      a.meeting.date.localeCompare(b.meeting.date) ||
      a.meeting.id.localeCompare(b.meeting.id),
  );
  const takenPlanned = new Set<number>();
  const takenMeetings = new Set<string>();
  const duplicates: PlanDuplicate[] = [];
  for (const { plannedIndex, meeting, distance } of pairs) {
    if (takenPlanned.has(plannedIndex) || takenMeetings.has(meeting.id)) continue;
    takenPlanned.add(plannedIndex);
    takenMeetings.add(meeting.id);
    duplicates.push({
      plannedIndex,
      meetingId: meeting.id,
      meetingDate: meeting.date,
      sameDate: distance === 0,
      content: meetingContent(meeting, relations),
    });
  }
  return duplicates.sort((a, b) => a.plannedIndex - b.plannedIndex);
}

/**
 * What to do with existing meetings a plan duplicates: 'replace' swaps each empty one for its planned meeting and keeps
 * every meeting with content (its planned twin is not added); 'keep' leaves them all and adds only the missing ones.
 */
export type DuplicateChoice = 'replace' | 'keep';

export interface RePlanChanges {
  /** Indexes of the planned meetings to create, ascending. */
  add: number[];
  /** Existing meetings to remove (only ever empty ones). */
  remove: string[];
  /** Existing duplicates left in place because they hold content (for 'replace'; for 'keep' every duplicate stays). */
  kept: PlanDuplicate[];
}

export function rePlanChanges(plannedCount: number, duplicates: readonly PlanDuplicate[], choice: DuplicateChoice): RePlanChanges {
  const duplicateOf = new Map(duplicates.map((duplicate) => [duplicate.plannedIndex, duplicate]));
  const replaced = choice === 'replace' ? duplicates.filter((duplicate) => duplicate.content.length === 0) : [];
  const replacedIndexes = new Set(replaced.map((duplicate) => duplicate.plannedIndex));
  const add: number[] = [];
  for (let index = 0; index < plannedCount; index += 1) {
    if (!duplicateOf.has(index) || replacedIndexes.has(index)) add.push(index);
  }
  return {
    add,
    remove: replaced.map((duplicate) => duplicate.meetingId),
    kept: duplicates.filter((duplicate) => !replacedIndexes.has(duplicate.plannedIndex)),
  };
}

/**
 * Undoing a replace: the meetings the plan created go again, unless one got content in the meantime (work is never
 * thrown away, so it stays and is named in `keptIds`), and the replaced meetings come back. Restoring twice (a
 * double-clicked undo) never duplicates a meeting.
 */
export function meetingsAfterUndo(
  meetings: readonly Meeting[],
  relations: MeetingRelations,
  createdIds: readonly string[],
  restore: readonly Meeting[],
): { meetings: Meeting[]; keptIds: string[] } {
  const created = new Set(createdIds);
  const restoredIds = new Set(restore.map((meeting) => meeting.id));
  const keptIds: string[] = [];
  const remaining = meetings.filter((meeting) => {
    if (restoredIds.has(meeting.id)) return false;
    if (!created.has(meeting.id)) return true;
    if (meetingContent(meeting, relations).length === 0) return false;
    keptIds.push(meeting.id);
    return true;
  });
  return { meetings: [...remaining, ...restore], keptIds };
}
