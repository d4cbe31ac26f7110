// The theme backlog: themes raised in rounds wait, members spread dots over them, and the chosen one goes to a meeting.
import type { Meeting } from './model';
import { DOT_BUDGET, type NextTheme, type Theme } from './minutes-model';

export type ThemeResult =
  | { ok: true; backlog: Theme[] }
  | { ok: false; reason: 'themeNotFound' | 'themeNotWaiting' | 'overBudget' | 'invalidDots' };

export interface RaisedTheme {
  title: string;
  raisedByMemberId?: string;
}

function sameTitle(a: string, b: string): boolean {
  const normalise = (title: string) => title.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return normalise(a) === normalise(b);
}

/** The waiting theme with this title, case and spacing ignored, as raiseThemes matches a title raised again. */
export function waitingThemeTitled(backlog: readonly Theme[], title: string): Theme | undefined {
  return backlog.find((theme) => theme.status === 'waiting' && sameTitle(theme.title, title));
}

/**
 * Adds the themes raised at a meeting's round to the backlog as waiting themes. A title already waiting is not added
 * twice (case and spacing ignored); `newId` supplies ids so the function stays pure. `meetingId` is undefined for a
 * theme the facilitator adds by hand outside a meeting.
 */
export function raiseThemes(
  backlog: readonly Theme[],
  raised: readonly RaisedTheme[],
  meetingId: string | undefined,
  newId: () => string,
): Theme[] {
  const next = [...backlog];
  for (const theme of raised) {
    const title = theme.title.trim();
    if (title === '') continue;
    if (next.some((existing) => existing.status === 'waiting' && sameTitle(existing.title, title))) continue;
    next.push({
      id: newId(),
      title,
      ...(theme.raisedByMemberId ? { raisedByMemberId: theme.raisedByMemberId } : {}),
      ...(meetingId ? { raisedAtMeetingId: meetingId } : {}),
      votes: {},
      status: 'waiting',
    });
  }
  return next;
}

export function totalVotes(theme: Theme): number {
  return Object.values(theme.votes).reduce((sum, dots) => sum + dots, 0);
}

/** Dots a member has placed across all waiting themes. */
export function dotsUsedBy(backlog: readonly Theme[], memberId: string): number {
  return backlog
    .filter((theme) => theme.status === 'waiting')
    .reduce((sum, theme) => sum + (theme.votes[memberId] ?? 0), 0);
}

/**
 * Sets how many dots a member puts on a waiting theme (0 removes them). A member's dots over all waiting themes may
 * not exceed `budget`.
 */
export function setDots(
  backlog: readonly Theme[],
  themeId: string,
  memberId: string,
  dots: number,
  budget: number = DOT_BUDGET,
): ThemeResult {
  const theme = backlog.find((candidate) => candidate.id === themeId);
  if (!theme) return { ok: false, reason: 'themeNotFound' };
  if (theme.status !== 'waiting') return { ok: false, reason: 'themeNotWaiting' };
  if (!Number.isInteger(dots) || dots < 0) return { ok: false, reason: 'invalidDots' };
  const usedElsewhere = dotsUsedBy(backlog, memberId) - (theme.votes[memberId] ?? 0);
  if (usedElsewhere + dots > budget) return { ok: false, reason: 'overBudget' };
  const votes = { ...theme.votes };
  if (dots === 0) delete votes[memberId];
  else votes[memberId] = dots;
  return { ok: true, backlog: backlog.map((candidate) => (candidate.id === themeId ? { ...theme, votes } : candidate)) };
}

/** Waiting themes, most dots first; ties keep backlog order (older themes first). */
export function rankWaitingThemes(backlog: readonly Theme[]): Theme[] {
  return backlog
    .map((theme, index) => ({ theme, index }))
    .filter(({ theme }) => theme.status === 'waiting')
    .sort((a, b) => totalVotes(b.theme) - totalVotes(a.theme) || a.index - b.index)
    .map(({ theme }) => theme);
}

export interface ChosenTheme {
  backlog: Theme[];
  /** The meeting with its theme set to the chosen title. */
  meeting: Meeting;
  /** What the closing round's minutes record as the next theme. */
  nextTheme: NextTheme;
}

/**
 * Chooses a waiting theme for a meeting. The theme becomes 'chosen' and points at the meeting; a theme chosen earlier
 * for the same meeting goes back to waiting; the vote is over, so every waiting theme's dots are cleared.
 */
export function chooseTheme(
  backlog: readonly Theme[],
  themeId: string,
  meeting: Meeting,
): { ok: true; chosen: ChosenTheme } | { ok: false; reason: 'themeNotFound' | 'themeNotWaiting' } {
  const theme = backlog.find((candidate) => candidate.id === themeId);
  if (!theme) return { ok: false, reason: 'themeNotFound' };
  if (theme.status !== 'waiting') return { ok: false, reason: 'themeNotWaiting' };
  const next = backlog.map((candidate): Theme => {
    if (candidate.id === themeId) return { ...candidate, status: 'chosen', meetingId: meeting.id, votes: {} };
    if (candidate.status === 'chosen' && candidate.meetingId === meeting.id) {
      const { meetingId: _released, ...rest } = candidate;
      return { ...rest, status: 'waiting', votes: {} };
    }
    if (candidate.status === 'waiting') return { ...candidate, votes: {} };
    return candidate;
  });
  return {
    ok: true,
    chosen: {
      backlog: next,
      meeting: { ...meeting, theme: theme.title },
      nextTheme: { text: theme.title, themeId: theme.id },
    },
  };
}

/** Once a meeting has been held, the theme chosen for it is done. */
export function completeThemesOf(backlog: readonly Theme[], meetingId: string): Theme[] {
  return backlog.map((theme) =>
    theme.status === 'chosen' && theme.meetingId === meetingId ? { ...theme, status: 'done' } : theme,
  );
}
