// The confidentiality filter: the one place that decides which parts of the minutes a version may show.
// Exports call it before they render anything, so a renderer can never leak what it was never given.
import type { MeetingMinutes } from './meetings';
import type { Action, Confidentiality, Minutes, MinutesVersion } from './minutes-model';

const VISIBLE_LEVELS: Record<MinutesVersion, ReadonlySet<Confidentiality>> = {
  members: new Set<Confidentiality>(['members', 'shareable']),
  shareable: new Set<Confidentiality>(['shareable']),
};

export function isVisibleIn(level: Confidentiality, version: MinutesVersion): boolean {
  return VISIBLE_LEVELS[version].has(level);
}

function visible<T extends { level: Confidentiality }>(entries: readonly T[], version: MinutesVersion): T[] {
  return entries.filter((entry) => isVisibleIn(entry.level, version));
}

/**
 * The minutes as the given version may show them. Attendance, guests and the next theme are not statements and are
 * kept; notes, decisions and round entries keep only what their level allows. Returns new arrays; input is untouched.
 */
export function filterMinutes(minutes: Minutes, version: MinutesVersion): Minutes {
  return {
    ...minutes,
    attendance: [...minutes.attendance],
    guests: [...minutes.guests],
    notes: visible(minutes.notes, version),
    decisions: visible(minutes.decisions, version),
    checkInRound: visible(minutes.checkInRound, version),
    closingRound: visible(minutes.closingRound, version),
  };
}

/** Actions name people and subjects, so they obey the same levels as decisions. */
export function filterActions(actions: readonly Action[], version: MinutesVersion): Action[] {
  return visible(actions, version);
}

/** One meeting's minutes and actions as the version may show them: what every export and export check starts from. */
export function meetingMinutesIn(entry: MeetingMinutes, version: MinutesVersion): MeetingMinutes {
  return {
    ...entry,
    ...(entry.minutes ? { minutes: filterMinutes(entry.minutes, version) } : {}),
    actions: filterActions(entry.actions, version),
  };
}
