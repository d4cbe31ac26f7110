// Brings one entry of a page into view once it is drawn: scrolled to the middle, its field focused, and marked for a
// moment so the eye finds it. Pages load lazily and fetch their data, so the entry is waited for (a few seconds at
// most) rather than looked up once. An entry is any element with data-entry-key, optionally inside the element with
// data-entry-scope (the minutes of one meeting: a round entry's key names only the member).
import './reveal-entry.css';

const WAIT_MS = 8_000;
const MARKED_MS = 2_500;

let cancelWaiting: (() => void) | null = null;

export function entrySelector(entryKey: string, scope?: string): string {
  const key = `[data-entry-key="${CSS.escape(entryKey)}"]`;
  return scope === undefined ? key : `[data-entry-scope="${CSS.escape(scope)}"] ${key}`;
}

function reveal(element: HTMLElement): void {
  element.scrollIntoView({ block: 'center' });
  // The entry's own words first (not its level switch), else whatever it offers.
  const field =
    element.querySelector<HTMLElement>('textarea, input[type="text"], input:not([type]), [contenteditable="true"]') ??
    element.querySelector<HTMLElement>('input:not([type="hidden"]), button');
  (field ?? element).focus({ preventScroll: true });
  element.dataset.revealed = 'true';
  window.setTimeout(() => delete element.dataset.revealed, MARKED_MS);
}

/** Reveals the entry as soon as it is on screen; a newer request replaces a pending one. */
export function revealEntryWhenShown(entryKey: string, scope?: string): void {
  cancelWaiting?.();
  const selector = entrySelector(entryKey, scope);
  const until = Date.now() + WAIT_MS;
  let frame = 0;
  const look = () => {
    const element = document.querySelector<HTMLElement>(selector);
    // Drawn but still hidden (the page behind the one being left) does not count: it cannot be scrolled to yet.
    if (element && element.getClientRects().length > 0) {
      cancelWaiting = null;
      reveal(element);
    } else if (Date.now() < until) {
      frame = window.requestAnimationFrame(look);
    } else {
      cancelWaiting = null;
    }
  };
  cancelWaiting = () => window.cancelAnimationFrame(frame);
  frame = window.requestAnimationFrame(look);
}
