// How many rows of a long list to draw now. A list longer than one batch is drawn a batch per frame, as a transition
// React may interrupt, so opening a page with hundreds of rows shows its top at once and never blocks the keyboard for
// the rest. While the facilitator types or clicks, the next batch waits for a quiet moment, so a keystroke never waits
// for rows further down. Once the whole list has been drawn, later rows (one just added) are drawn at once.
import { startTransition, useEffect, useState } from 'react';
import { msUntilInputQuiet } from './input-quiet';

/** Rows drawn per frame: a few dozen component renders each, well inside a frame on a slow machine. */
export const PROGRESSIVE_BATCH = 12;

/** "Everything, from now on": the list was drawn to its end once. */
const ALL = Number.POSITIVE_INFINITY;

export function useProgressiveCount(total: number, batch: number = PROGRESSIVE_BATCH): number {
  const [drawn, setDrawn] = useState(() => (total <= batch ? ALL : batch));

  useEffect(() => {
    if (drawn === ALL) return;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const drawNextBatch = () => {
      const wait = msUntilInputQuiet();
      if (wait > 0) {
        timer = setTimeout(drawNextBatch, wait);
        return;
      }
      frame = requestAnimationFrame(() => {
        // A key pressed since this frame was asked for: wait again.
        if (msUntilInputQuiet() > 0) drawNextBatch();
        else startTransition(() => setDrawn((count) => (count + batch >= total ? ALL : count + batch)));
      });
    };
    drawNextBatch();
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [drawn, batch, total]);

  return Math.min(drawn, total);
}
