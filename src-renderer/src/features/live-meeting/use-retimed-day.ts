// The day re-timed for the screen. Computed once a minute (or when a step is taken) rather than on every clock tick:
// the programme's times are in whole minutes, and the lists drawn from it then redraw only when something changed.
import { useMemo } from 'react';
import type { PresenterView } from '../../../../src-main/api/operations/live';
import { retimeDay } from '../../../../src-main/domain/live-meeting-timing';

export function useRetimedDay(view: PresenterView, now: string) {
  const minute = `${now.slice(0, 16)}:00.000Z`;
  return useMemo(() => retimeDay(view.meeting, view.agenda, view.live ?? undefined, minute), [view.meeting, view.agenda, view.live, minute]);
}
