// The round-table conductor: a fixed speaking order, one speaker at a time with a clock, "passed" and "absent".
import type { AgendaItemKind } from './agenda-model';
import type { LiveItem, LiveRound, LiveStep, RoundOrder, RoundOutcome } from './live-meeting-model';

/** Which round of the minutes an agenda item's lines belong to; null for items that are not rounds. */
export function roundOfItemKind(kind: AgendaItemKind): 'checkInRound' | 'closingRound' | null {
  if (kind === 'checkIn') return 'checkInRound';
  if (kind === 'closingRound') return 'closingRound';
  return null;
}

export function roundIsOver(round: Pick<LiveRound, 'currentIndex' | 'order'>): boolean {
  return round.currentIndex >= round.order.length;
}

export function currentSpeaker(round: LiveRound): string | undefined {
  return round.order[round.currentIndex];
}

/** A small seeded generator (mulberry32): the same seed always gives the same order, on every device. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the seeded generator. */
export function shuffledOrder(ids: readonly string[], seed: number): string[] {
  const random = seededRandom(seed);
  const result = [...ids];
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other] as string, result[index] as string];
  }
  return result;
}

/**
 * Starts (or starts over) the round on an item with the members present, in attendance order or shuffled by `seed`.
 * The first speaker's clock starts at once.
 */
export function startRound(item: LiveItem, present: readonly string[], orderKind: RoundOrder, seed: number, now: string): LiveStep<LiveItem> {
  const order = orderKind === 'shuffled' ? shuffledOrder(present, seed) : [...present];
  const round: LiveRound = {
    orderKind,
    ...(orderKind === 'shuffled' ? { seed: seed >>> 0 } : {}),
    order,
    currentIndex: 0,
    ...(order.length > 0 ? { speakerStartedAt: now } : {}),
    outcomes: {},
  };
  return { ok: true, live: { ...item, round } };
}

function moveTo(round: LiveRound, index: number, outcomes: LiveRound['outcomes'], now: string): LiveRound {
  const { speakerStartedAt: _previous, ...rest } = round;
  const moved = { ...rest, currentIndex: index, outcomes };
  return roundIsOver(moved) ? moved : { ...moved, speakerStartedAt: now };
}

/** Records how the current speaker's turn ended and gives the word to the next one. */
export function advanceSpeaker(item: LiveItem, outcome: RoundOutcome, now: string): LiveStep<LiveItem> {
  const round = item.round;
  if (!round) return { ok: false, reason: 'roundNotStarted' };
  const speaker = currentSpeaker(round);
  if (speaker === undefined) return { ok: false, reason: 'roundOver' };
  return { ok: true, live: { ...item, round: moveTo(round, round.currentIndex + 1, { ...round.outcomes, [speaker]: outcome }, now) } };
}

/** Undoes the last step: the previous speaker has the word again, with a fresh clock and no outcome yet. */
export function previousSpeaker(item: LiveItem, now: string): LiveStep<LiveItem> {
  const round = item.round;
  if (!round) return { ok: false, reason: 'roundNotStarted' };
  const previous = round.order[round.currentIndex - 1];
  if (previous === undefined) return { ok: true, live: item };
  const { [previous]: _undone, ...outcomes } = round.outcomes;
  return { ok: true, live: { ...item, round: moveTo(round, round.currentIndex - 1, outcomes, now) } };
}

/** Seconds left of the current speaker's share; negative when they run over, null when nobody has the word. */
export function speakerSecondsLeft(round: LiveRound, secondsPerPerson: number, now: string): number | null {
  if (!round.speakerStartedAt || roundIsOver(round)) return null;
  return secondsPerPerson - Math.max(0, Math.round((Date.parse(now) - Date.parse(round.speakerStartedAt)) / 1000));
}
