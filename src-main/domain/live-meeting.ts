// Running a meeting live: start, move to the next item, extend, park, take a parked item up again, finish.
// Every step takes the moment as an argument and returns a new state, so the rules are testable and a replay is exact.
import type { AgendaItem } from './agenda-model';
import { EXTENSION_MINUTES, liveMeetingSchema, type LiveItem, type LiveMeeting, type LiveStep } from './live-meeting-model';
import { roundIsOver } from './live-meeting-rounds';

type Agenda = readonly Pick<AgendaItem, 'id' | 'durationMinutes'>[];

function secondsBetween(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));
}

/** Seconds an item has been on so far: earlier stretches plus the one running now. */
export function elapsedSeconds(item: Pick<LiveItem, 'spentSeconds' | 'runningSince'>, now: string): number {
  return item.spentSeconds + (item.runningSince ? secondsBetween(item.runningSince, now) : 0);
}

/** Seconds left of the item's planned time plus extensions; negative once it runs over. */
export function secondsLeft(item: LiveItem, plannedMinutes: number, now: string): number {
  return (plannedMinutes + item.extensionMinutes) * 60 - elapsedSeconds(item, now);
}

export function currentLiveItem(live: LiveMeeting): LiveItem | undefined {
  return live.currentItemId === undefined ? undefined : live.items.find((item) => item.agendaItemId === live.currentItemId);
}

/** The first agenda item, in agenda order, that has not been on yet. */
function firstUnvisited(live: LiveMeeting, agenda: Agenda): string | undefined {
  const visited = new Set(live.items.map((item) => item.agendaItemId));
  return agenda.find((item) => !visited.has(item.id))?.id;
}

/** The item going off: its running stretch is added to its time and the speaker clock of its round stops. */
function stopItem(item: LiveItem, status: 'done' | 'parked', now: string): LiveItem {
  const { runningSince: _stopped, round, ...rest } = item;
  const stopped: LiveItem = { ...rest, status, spentSeconds: elapsedSeconds(item, now), lastEndedAt: now };
  if (!round) return stopped;
  const { speakerStartedAt: _paused, ...pausedRound } = round;
  return { ...stopped, round: pausedRound };
}

/** The item coming on: a new record, or a parked one resuming with the time it already used. */
function runItem(live: LiveMeeting, agendaItemId: string, now: string): LiveItem[] {
  const existing = live.items.find((item) => item.agendaItemId === agendaItemId);
  if (!existing) {
    return [...live.items, { agendaItemId, status: 'running', firstStartedAt: now, runningSince: now, spentSeconds: 0, extensionMinutes: 0 }];
  }
  return live.items.map((item) =>
    item === existing
      ? { ...item, status: 'running', runningSince: now, ...(item.round && !roundIsOver(item.round) ? { round: { ...item.round, speakerStartedAt: now } } : {}) }
      : item,
  );
}

function withCurrentStopped(live: LiveMeeting, status: 'done' | 'parked', now: string): LiveMeeting {
  const current = currentLiveItem(live);
  if (!current) return live;
  const { currentItemId: _left, ...rest } = live;
  return { ...rest, items: live.items.map((item) => (item === current ? stopItem(item, status, now) : item)) };
}

function switchTo(live: LiveMeeting, agendaItemId: string | undefined, now: string): LiveMeeting {
  if (agendaItemId === undefined) return live;
  return { ...live, currentItemId: agendaItemId, items: runItem(live, agendaItemId, now) };
}

/** Begins the meeting with the first agenda item on. */
export function startLiveMeeting(agenda: Agenda, now: string, secondsPerPerson?: number): LiveStep {
  const first = agenda[0];
  if (!first) return { ok: false, reason: 'noAgenda' };
  const live = liveMeetingSchema.parse({ startedAt: now, ...(secondsPerPerson ? { secondsPerPerson } : {}) });
  return { ok: true, live: switchTo(live, first.id, now) };
}

function refuseWhenFinished(live: LiveMeeting): LiveStep | null {
  return live.finishedAt ? { ok: false, reason: 'alreadyFinished' } : null;
}

/** Takes the current item off as `status` and puts on the first agenda item that has not been on yet. */
function moveOn(live: LiveMeeting, agenda: Agenda, status: 'done' | 'parked', now: string): LiveStep {
  const refused = refuseWhenFinished(live);
  if (refused) return refused;
  if (!currentLiveItem(live)) return { ok: false, reason: 'noCurrentItem' };
  const stopped = withCurrentStopped(live, status, now);
  return { ok: true, live: switchTo(stopped, firstUnvisited(stopped, agenda), now) };
}

/** The current item is done; the next item not yet on follows (none after the last one, until one is taken up). */
export function nextItem(live: LiveMeeting, agenda: Agenda, now: string): LiveStep {
  return moveOn(live, agenda, 'done', now);
}

/** Sets the current item aside for later, keeping the time it used, and moves on as nextItem does. */
export function parkItem(live: LiveMeeting, agenda: Agenda, now: string): LiveStep {
  return moveOn(live, agenda, 'parked', now);
}

/** Brings a parked item back on; the item that was on counts as done. */
export function takeUpParked(live: LiveMeeting, agendaItemId: string, now: string): LiveStep {
  const refused = refuseWhenFinished(live);
  if (refused) return refused;
  const parked = live.items.find((item) => item.agendaItemId === agendaItemId);
  if (!parked) return { ok: false, reason: 'itemNotFound' };
  if (parked.status !== 'parked') return { ok: false, reason: 'notParked' };
  return { ok: true, live: switchTo(withCurrentStopped(live, 'done', now), agendaItemId, now) };
}

/** Gives the current item more time; the rest of the day moves by the same amount. */
export function extendCurrentItem(live: LiveMeeting, minutes: number = EXTENSION_MINUTES): LiveStep {
  const refused = refuseWhenFinished(live);
  if (refused) return refused;
  const current = currentLiveItem(live);
  if (!current) return { ok: false, reason: 'noCurrentItem' };
  return {
    ok: true,
    live: { ...live, items: live.items.map((item) => (item === current ? { ...item, extensionMinutes: item.extensionMinutes + minutes } : item)) },
  };
}

/** The item that went off last: the one a move just left. */
function lastStopped(live: LiveMeeting): LiveItem | undefined {
  return live.items.reduce<LiveItem | undefined>(
    (latest, item) => (item.lastEndedAt !== undefined && item.status !== 'running' && (!latest?.lastEndedAt || item.lastEndedAt > latest.lastEndedAt) ? item : latest),
    undefined,
  );
}

/**
 * Takes back the last "next" or "park": the item before is on again as if it had never gone off (its clock counts the
 * time since), and the item that came on with the move loses its record, so "next" reaches it again in agenda order.
 * Refused when the item on now has done anything of its own (it was on before, or its round has started).
 */
export function undoLastMove(live: LiveMeeting): LiveStep {
  const refused = refuseWhenFinished(live);
  if (refused) return refused;
  const previous = lastStopped(live);
  const current = currentLiveItem(live);
  if (!previous?.lastEndedAt) return { ok: false, reason: 'nothingToUndo' };
  const cameOnWithTheMove =
    current === undefined ||
    (current.firstStartedAt === previous.lastEndedAt && current.runningSince === current.firstStartedAt && current.spentSeconds === 0 && !current.round);
  if (!cameOnWithTheMove) return { ok: false, reason: 'nothingToUndo' };
  const { lastEndedAt: stoppedAt, ...kept } = previous;
  const back: LiveItem = {
    ...kept,
    status: 'running',
    // spentSeconds already holds the time up to the stop; counting on from the stop makes the clock continuous.
    runningSince: stoppedAt,
    ...(kept.round && !roundIsOver(kept.round) ? { round: { ...kept.round, speakerStartedAt: stoppedAt } } : {}),
  };
  return {
    ok: true,
    live: { ...live, currentItemId: previous.agendaItemId, items: live.items.filter((item) => item !== current).map((item) => (item === previous ? back : item)) },
  };
}

/** Ends the meeting: the item on counts as done, and parked items stay parked for the pacing report. */
export function finishLiveMeeting(live: LiveMeeting, now: string): LiveStep {
  const refused = refuseWhenFinished(live);
  if (refused) return refused;
  return { ok: true, live: { ...withCurrentStopped(live, 'done', now), finishedAt: now } };
}

/** Replaces the current item's record, for steps that change only that item (the rounds). */
export function updateCurrentItem(live: LiveMeeting, change: (item: LiveItem) => LiveStep<LiveItem>): LiveStep {
  const refused = refuseWhenFinished(live);
  if (refused) return refused;
  const current = currentLiveItem(live);
  if (!current) return { ok: false, reason: 'noCurrentItem' };
  const changed = change(current);
  if (!changed.ok) return changed;
  return { ok: true, live: { ...live, items: live.items.map((item) => (item === current ? changed.live : item)) } };
}
