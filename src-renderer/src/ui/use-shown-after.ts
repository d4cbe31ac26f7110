// A busy sign that appears only once the wait is long enough to notice. Shown for every short wait (an answer per
// letter typed), a spinner blinks in and out, and each of its animation frames is drawn while the person types.
import { useEffect, useState } from 'react';

/**
 * How long a save may take before its button shows a spinner. Most saves here are answered in 20–100 ms, so a spinner
 * at once only blinked. It also cost the click: the spinning loader is a layer of its own inside the dialog's rounded
 * box, so the whole dialog was redrawn offscreen for every frame, 20–60 ms of each submit's Event Timing without a GPU
 * (docs/PERFORMANCE.md). The button ignores further clicks meanwhile (useSubmit, useBusyAction).
 */
export const SAVING_SIGN_AFTER_MS = 400;

/**
 * True once `busy` has stayed true for `delayMs` with no `progress` (a value that changes whenever some of the work
 * arrives: an answer while more letters are typed); false again as soon as it is not busy or progress comes.
 */
export function useShownAfter(busy: boolean, delayMs: number, progress?: unknown): boolean {
  const [waitedLongEnough, setWaitedLongEnough] = useState(false);
  useEffect(() => {
    if (!busy) return;
    const timer = window.setTimeout(() => setWaitedLongEnough(true), delayMs);
    // The wait is over, or something arrived: the next wait starts hidden again.
    return () => {
      window.clearTimeout(timer);
      setWaitedLongEnough(false);
    };
  }, [busy, delayMs, progress]);
  return busy && waitedLongEnough;
}
