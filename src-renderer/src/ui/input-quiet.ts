// When the person last pressed a key or clicked. Work that can wait, such as drawing the rest of a long list, waits
// until the hands have been still for a moment: a batch of rows (30–60 ms on a slow machine) that lands between two
// keystrokes makes the second one wait for it.
export const INPUT_QUIET_MS = 250;

let lastInputAt = Number.NEGATIVE_INFINITY;
let listening = false;

function listen(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  const mark = () => {
    lastInputAt = performance.now();
  };
  for (const type of ['keydown', 'pointerdown'] as const) document.addEventListener(type, mark, { capture: true, passive: true });
}

/** Milliseconds until no key or click has come for INPUT_QUIET_MS; 0 when that is already so. */
export function msUntilInputQuiet(): number {
  listen();
  return Math.max(0, lastInputAt + INPUT_QUIET_MS - performance.now());
}
