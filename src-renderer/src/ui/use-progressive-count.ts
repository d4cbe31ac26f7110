// How many rows of a long list to draw now. A list longer than one batch is drawn a batch per frame, as a transition
// React may interrupt, so opening a page with hundreds of rows shows its top at once and never blocks the keyboard for
// the rest. Once the whole list has been drawn, later rows (one just added) are drawn at once.
//
// Every list on the page takes its turn: one batch per frame in all, not one per list (the minutes of a large group
// hold four long lists, and four batches in one frame made a task a keystroke or a click could land behind). And while
// the facilitator types or clicks, the next batch waits for a quiet moment (input-quiet.ts).
import { startTransition, useEffect, useState } from 'react';
import { msUntilInputQuiet } from './input-quiet';

/** Rows drawn per frame: a few dozen component renders each, well inside a frame on a slow machine. */
export const PROGRESSIVE_BATCH = 12;

/** "Everything, from now on": the list was drawn to its end once. */
const ALL = Number.POSITIVE_INFINITY;

/** Lists waiting to draw their next batch, served one per frame in the order they asked. */
const waiting: (() => void)[] = [];
let pendingFrame: number | null = null;
let pendingTimer: ReturnType<typeof setTimeout> | null = null;

function serveNextFrame(): void {
  if (pendingFrame !== null || pendingTimer !== null || waiting.length === 0) return;
  const wait = msUntilInputQuiet();
  if (wait > 0) {
    pendingTimer = setTimeout(() => {
      pendingTimer = null;
      serveNextFrame();
    }, wait);
    return;
  }
  pendingFrame = requestAnimationFrame(() => {
    pendingFrame = null;
    // A key pressed since this frame was asked for: the batch waits again.
    if (msUntilInputQuiet() === 0) waiting.shift()?.();
    serveNextFrame();
  });
}

/** Queues `draw` for a frame of its own; returns a function that takes it off the queue. */
function requestBatch(draw: () => void): () => void {
  waiting.push(draw);
  serveNextFrame();
  return () => {
    const at = waiting.indexOf(draw);
    if (at !== -1) waiting.splice(at, 1);
    if (waiting.length > 0) return;
    if (pendingFrame !== null) cancelAnimationFrame(pendingFrame);
    if (pendingTimer !== null) clearTimeout(pendingTimer);
    pendingFrame = null;
    pendingTimer = null;
  };
}

/**
 * How many of `total` rows to draw: `first` at once (one batch unless told), then `batch` more on each turn. A page can
 * hold back parts of itself with `first` 0 and `batch` 1: they are drawn one per turn, after the lists before them.
 */
export function useProgressiveCount(total: number, batch: number = PROGRESSIVE_BATCH, first: number = batch): number {
  const [drawn, setDrawn] = useState(() => (total <= first ? ALL : first));

  useEffect(() => {
    if (drawn === ALL) return;
    return requestBatch(() => startTransition(() => setDrawn((count) => (count + batch >= total ? ALL : count + batch))));
  }, [drawn, batch, total]);

  return Math.min(drawn, total);
}

