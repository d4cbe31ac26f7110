// Keeps one reference for a value that is reloaded as an equal copy, so memoised children see "unchanged".
// A reload after every autosave returns fresh but equal member lists and agenda items; without this, every row that
// takes them would redraw on each save while the facilitator types.
import { useMemo } from 'react';

/** The same object as long as the value serialises the same; meant for small, JSON-shaped data (not undefined). */
export function useStableValue<T extends object>(value: T): T {
  // Serialised once per new reference: a render that passes the same object again costs nothing.
  const serialised = useMemo(() => JSON.stringify(value), [value]);
  // Built from the key alone, so the memo depends on nothing it does not list.
  return useMemo(() => JSON.parse(serialised) as T, [serialised]);
}
