// The day re-timed from what really happened: items already run keep their real times, the one on now ends when its
// time is up (or now, if it is over time), and the rest follow at their planned lengths. Also the pacing report after.
import { MAX_ITEM_MINUTES, type AgendaItem } from './agenda-model';
import { computeSchedule, localDateTimeAt, meetingEndOffset, minutesOfDay, type LocalDateTime } from './agenda-timing';
import { elapsedSeconds, secondsLeft } from './live-meeting';
import type { LiveItem, LiveMeeting } from './live-meeting-model';
import type { Meeting } from './model';

type MeetingTimes = Pick<Meeting, 'date' | 'startTime' | 'endTime' | 'kind'>;
type TimedItem = Pick<AgendaItem, 'id' | 'durationMinutes'>;

/** 'skipped': the meeting finished before the item came on. */
export type LiveItemState = 'upcoming' | 'current' | 'done' | 'parked' | 'skipped';

export interface RetimedItem<T> {
  item: T;
  state: LiveItemState;
  planned: { start: LocalDateTime; end: LocalDateTime };
  /** Real times for items that have run, the forecast for the rest; null for skipped items. */
  expected: { start: LocalDateTime; end: LocalDateTime } | null;
  extensionMinutes: number;
  usedSeconds: number;
}

export interface DayForecast<T> {
  items: RetimedItem<T>[];
  plannedEnd: LocalDateTime;
  expectedEnd: LocalDateTime;
  /** Whole minutes the day is expected to run past the meeting's end time; 0 when it fits. */
  overrunMinutes: number;
}

/** Minutes after midnight of the meeting's date for an instant, in the local time the meeting's times are given in. */
function offsetOf(meeting: MeetingTimes, instant: string): number {
  const midnight = Date.parse(`${meeting.date}T00:00:00`);
  return (Date.parse(instant) - midnight) / 60_000;
}

function stateOf(record: LiveItem | undefined, live: LiveMeeting | undefined): LiveItemState {
  if (record?.status === 'running') return 'current';
  if (record) return record.status;
  return live?.finishedAt ? 'skipped' : 'upcoming';
}

/** The day as it now looks. Before the meeting starts live, the forecast is the plan. */
export function retimeDay<T extends TimedItem>(meeting: MeetingTimes, agenda: readonly T[], live: LiveMeeting | undefined, now: string): DayForecast<T> {
  const plan = computeSchedule(meeting, agenda);
  const at = (offset: number) => localDateTimeAt(meeting.date, Math.round(offset));
  const records = new Map((live?.items ?? []).map((record) => [record.agendaItemId, record]));
  const current = live?.currentItemId ? records.get(live.currentItemId) : undefined;
  const currentItem = agenda.find((item) => item.id === live?.currentItemId);
  const nowOffset = offsetOf(meeting, now);
  // Items still to come follow the item on now, or start now when nothing is on.
  let cursor = current && currentItem ? nowOffset + Math.max(0, secondsLeft(current, currentItem.durationMinutes, now)) / 60 : nowOffset;
  let latestEnd = minutesOfDay(meeting.startTime);

  const items = plan.items.map(({ item, start, end, startOffset }): RetimedItem<T> => {
    const record = records.get(item.id);
    const state = live ? stateOf(record, live) : 'upcoming';
    let expected: { from: number; to: number } | null;
    if (!live) expected = { from: minutesOfDay(meeting.startTime) + startOffset, to: minutesOfDay(meeting.startTime) + startOffset + item.durationMinutes };
    else if (state === 'current' && record) expected = { from: offsetOf(meeting, record.firstStartedAt), to: cursor };
    else if ((state === 'done' || state === 'parked') && record) expected = { from: offsetOf(meeting, record.firstStartedAt), to: offsetOf(meeting, record.lastEndedAt ?? now) };
    else if (state === 'upcoming') {
      expected = { from: cursor, to: cursor + item.durationMinutes };
      cursor = expected.to;
    } else expected = null;
    if (expected) latestEnd = Math.max(latestEnd, expected.to);
    return {
      item,
      state,
      planned: { start, end },
      expected: expected ? { start: at(expected.from), end: at(expected.to) } : null,
      extensionMinutes: record?.extensionMinutes ?? 0,
      usedSeconds: record ? elapsedSeconds(record, now) : 0,
    };
  });
  return {
    items,
    plannedEnd: plan.meetingEnd,
    expectedEnd: at(latestEnd),
    overrunMinutes: Math.max(0, Math.round(latestEnd - meetingEndOffset(meeting))),
  };
}

export interface PacingRow<T> {
  item: T;
  status: Exclude<LiveItemState, 'upcoming' | 'current'> | 'running';
  plannedMinutes: number;
  extensionMinutes: number;
  /** Null for an item that never came on. */
  actualMinutes: number | null;
}

export interface PacingReport<T> {
  rows: PacingRow<T>[];
  plannedMinutes: number;
  actualMinutes: number;
}

/** Planned against actual minutes per agenda item, for the facilitator to see where the day went. */
export function pacingReport<T extends TimedItem>(agenda: readonly T[], live: LiveMeeting, now: string): PacingReport<T> {
  const records = new Map(live.items.map((record) => [record.agendaItemId, record]));
  const rows = agenda.map((item): PacingRow<T> => {
    const record = records.get(item.id);
    return {
      item,
      status: record ? record.status : 'skipped',
      plannedMinutes: item.durationMinutes,
      extensionMinutes: record?.extensionMinutes ?? 0,
      actualMinutes: record ? Math.round(elapsedSeconds(record, now) / 60) : null,
    };
  });
  return {
    rows,
    plannedMinutes: rows.reduce((sum, row) => sum + row.plannedMinutes, 0),
    actualMinutes: rows.reduce((sum, row) => sum + (row.actualMinutes ?? 0), 0),
  };
}

/** Templates plan in five-minute steps; real times rounded to them keep the next agenda readable. */
const TEMPLATE_STEP_MINUTES = 5;

/**
 * The agenda with each item that ran to its end lasting as long as it really did, for saving as the group's template.
 * Parked and skipped items keep their planned length: how long they would have taken is not known.
 */
export function agendaWithActualDurations<T extends TimedItem>(agenda: readonly T[], live: LiveMeeting, now: string): T[] {
  const report = pacingReport(agenda, live, now);
  return report.rows.map(({ item, status, actualMinutes }) => {
    if (status !== 'done' || actualMinutes === null) return item;
    const steps = Math.round(actualMinutes / TEMPLATE_STEP_MINUTES) * TEMPLATE_STEP_MINUTES;
    const rounded = Math.min(MAX_ITEM_MINUTES, Math.max(TEMPLATE_STEP_MINUTES, steps));
    return { ...item, durationMinutes: rounded };
  });
}
