// One key per step while the meeting runs. Keys never fire while the facilitator types in a field, or with a
// modifier held (so the browser's and the system's own shortcuts keep working).
import { useEffect, useRef } from 'react';

export type LiveKeyMap = Partial<Record<string, () => void>>;

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

// Widgets that move with the arrow keys themselves (the group's tabs, menus, segmented choices) keep them.
const ARROW_WIDGETS = '[role="tablist"], [role="menu"], [role="listbox"], [role="radiogroup"], [role="slider"]';

function isArrowWidgetTarget(event: KeyboardEvent): boolean {
  return event.key.startsWith('Arrow') && event.target instanceof Element && event.target.closest(ARROW_WIDGETS) !== null;
}

/** `keys` maps KeyboardEvent.key values (letters in lower case) to steps; a missing entry is a key that does nothing now. */
export function useLiveKeys(keys: LiveKeyMap, enabled: boolean): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (isTypingTarget(event.target) || isArrowWidgetTarget(event) || document.querySelector('[role="dialog"]')) return;
      const step = latest.current[event.key.length === 1 ? event.key.toLowerCase() : event.key];
      if (!step) return;
      event.preventDefault();
      step();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
