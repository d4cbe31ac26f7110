// Meetings as every screen, export and handler sees them: found by id, in one order, the next one, and the agenda
// items that get minutes. One rule each, so the list, the minutes and the calendar file never disagree.
import type { AgendaItemKind } from './agenda-model';
import { computeSchedule } from './agenda-timing';
import { AppError } from './errors';
import type { Meeting, Workspace } from './model';
import type { Action, Minutes } from './minutes-model';

/** The meeting with `meetingId`, or the error code the renderer translates; works on a store draft too. */
export function findMeeting(workspace: Pick<Workspace, 'meetings'>, meetingId: string): Meeting {
  const meeting = workspace.meetings.find((candidate) => candidate.id === meetingId);
  if (!meeting) throw new AppError('meetingNotFound', { meetingId });
  return meeting;
}

type Dated = Pick<Meeting, 'date' | 'startTime'>;

/** The one meeting order: by date, then by start time, so two meetings on one day follow the clock. */
export function byDateAndTime(a: Dated, b: Dated): number {
  return a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime);
}

/** A sorted copy; the stored list keeps the order meetings were added in. */
export function meetingsInOrder<T extends Dated>(meetings: readonly T[]): T[] {
  return [...meetings].sort(byDateAndTime);
}

/** Meetings on or after `today` (an ISO date), earliest first; a meeting earlier today still counts as coming. */
export function upcomingMeetings<T extends Dated>(meetings: readonly T[], today: string): T[] {
  return meetingsInOrder(meetings.filter((meeting) => meeting.date >= today));
}

/** The next meeting from `today` on, or null when none is planned. */
export function nextMeeting<T extends Dated>(meetings: readonly T[], today: string): T | null {
  return upcomingMeetings(meetings, today)[0] ?? null;
}

/** The meeting right after `meeting` in the one order: the one its closing round chooses a theme for. */
export function meetingAfter<T extends Dated & { id: string }>(meetings: readonly T[], meeting: Pick<T, 'id'>): T | null {
  const ordered = meetingsInOrder(meetings);
  const index = ordered.findIndex((candidate) => candidate.id === meeting.id);
  return index < 0 ? null : (ordered[index + 1] ?? null);
}

/** The meeting right before `meeting` in the one order: the one whose closing round chose its theme. */
export function meetingBefore<T extends Dated & { id: string }>(meetings: readonly T[], meeting: Pick<T, 'id'>): T | null {
  const ordered = meetingsInOrder(meetings);
  const index = ordered.findIndex((candidate) => candidate.id === meeting.id);
  return index <= 0 ? null : (ordered[index - 1] ?? null);
}

// Breaks and meals have nothing to minute, and the rounds have sections of their own (one entry per member); these
// items are left out unless someone wrote a note on them anyway.
const UNMINUTED_KINDS: ReadonlySet<AgendaItemKind> = new Set(['break', 'lunch', 'dinner', 'checkIn', 'closingRound']);

/** An agenda item that gets minutes: the editor structures notes by it; start time from the agenda's timing. */
export interface MinutedItem {
  id: string;
  title: string;
  kind: AgendaItemKind;
  startTime?: string;
}

/** What the Word export needs to know of an agenda item. */
export type AgendaItemRef = Pick<MinutedItem, 'id' | 'title' | 'startTime'>;

/** The agenda items that get minutes, in agenda order, with the start times the agenda's timing gives them. */
export function itemsWithMinutes(meeting: Meeting): MinutedItem[] {
  const noted = new Set(meeting.minutes?.notes.filter((note) => note.text.trim() !== '').map((note) => note.agendaItemId));
  return computeSchedule(meeting, meeting.agenda)
    .items.filter(({ item }) => !UNMINUTED_KINDS.has(item.kind) || noted.has(item.id))
    .map(({ item, start }) => ({ id: item.id, title: item.title, kind: item.kind, startTime: start.time }));
}

/** One meeting's minutes as the editor and the Word export see them. */
export interface MeetingMinutes {
  meeting: Meeting;
  /** Absent when nobody has written minutes yet; the meeting is still listed in a year's document. */
  minutes?: Minutes;
  agendaItems: readonly AgendaItemRef[];
  /** The actions agreed at this meeting. */
  actions: readonly Action[];
}

export function meetingMinutesOf(meeting: Meeting, actions: readonly Action[]): MeetingMinutes {
  return {
    meeting,
    ...(meeting.minutes ? { minutes: meeting.minutes } : {}),
    agendaItems: itemsWithMinutes(meeting),
    actions: actions.filter((action) => action.meetingId === meeting.id),
  };
}
