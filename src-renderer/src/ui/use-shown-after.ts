// A busy sign that appears only once the wait is long enough to notice. Shown for every short wait (an answer per
// letter typed), a spinner blinks in and out, and each of its animation frames is drawn while the person types.
import { useEffect, useState } from 'react';

/** True once `busy` has stayed true for `delayMs`; false again as soon as it is not. */
export function useShownAfter(busy: boolean, delayMs: number): boolean {
  const [waitedLongEnough, setWaitedLongEnough] = useState(false);
  useEffect(() => {
    if (!busy) return;
    const timer = window.setTimeout(() => setWaitedLongEnough(true), delayMs);
    // The wait is over (or its delay changed): the next one starts hidden again.
    return () => {
      window.clearTimeout(timer);
      setWaitedLongEnough(false);
    };
  }, [busy, delayMs]);
  return busy && waitedLongEnough;
}
