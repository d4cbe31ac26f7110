// What the group overview shows of the follow-up at a glance: counts and the most overdue action, not the lists.
import { classifyActions } from './actions';
import type { Action, Theme } from './minutes-model';

export interface FollowUpGlance {
  /** Open actions, overdue or not. */
  openActions: number;
  overdueActions: number;
  themesWaiting: number;
  /** The most overdue open action; null when none is overdue. */
  mostOverdue: { text: string; due: string } | null;
}

/** The overview's follow-up facts, from the same split into open and overdue as the action list (`classifyActions`). */
export function followUpGlance(actions: readonly Action[], themes: readonly Theme[], today: string): FollowUpGlance {
  const { open, overdue } = classifyActions(actions, today);
  const first = overdue[0];
  return {
    openActions: open.length + overdue.length,
    overdueActions: overdue.length,
    themesWaiting: themes.filter((theme) => theme.status === 'waiting').length,
    mostOverdue: first ? { text: first.text, due: first.due } : null,
  };
}
