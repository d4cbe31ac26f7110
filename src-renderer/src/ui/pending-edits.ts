// Edits an editor holds but has not yet handed to the main process (autosave's quiet time), so the header's save
// indicator says "saving" from the first keystroke, not only once the store starts writing.
import { useEffect, useRef, useSyncExternalStore } from 'react';

const holders = new Set<object>();
const listeners = new Set<() => void>();

/** An editor reports whether it holds unsaved edits; `holder` is any object unique to that editor. */
export function setPendingEdits(holder: object, pending: boolean): void {
  const before = holders.size;
  if (pending) holders.add(holder);
  else holders.delete(holder);
  if (holders.size !== before) for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePendingEdits(): boolean {
  return useSyncExternalStore(subscribe, () => holders.size > 0);
}

/** The calling editor holds unsaved edits while `pending` is true; it stops counting when the editor goes away. */
export function useReportPendingEdits(pending: boolean): void {
  const holder = useRef({});
  useEffect(() => {
    const current = holder.current;
    setPendingEdits(current, pending);
    return () => setPendingEdits(current, false);
  }, [pending]);
}
