// How many rows of a long list to draw now. A list longer than one batch is drawn a batch per frame, as a transition
// React may interrupt, so opening a page with hundreds of rows shows its top at once and never blocks the keyboard for
// the rest. Once the whole list has been drawn, later rows (one just added) are drawn at once.
import { startTransition, useEffect, useState } from 'react';

/** Rows drawn per frame: a few dozen component renders each, well inside a frame on a slow machine. */
export const PROGRESSIVE_BATCH = 12;

/** "Everything, from now on": the list was drawn to its end once. */
const ALL = Number.POSITIVE_INFINITY;

export function useProgressiveCount(total: number, batch: number = PROGRESSIVE_BATCH): number {
  const [drawn, setDrawn] = useState(() => (total <= batch ? ALL : batch));

  useEffect(() => {
    if (drawn === ALL) return;
    const frame = requestAnimationFrame(() => startTransition(() => setDrawn((count) => (count + batch >= total ? ALL : count + batch))));
    return () => cancelAnimationFrame(frame);
  }, [drawn, batch, total]);

  return Math.min(drawn, total);
}
