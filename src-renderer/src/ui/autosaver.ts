// The autosave engine behind use-autosave: debounced, never more than `maxWaitMs` behind, one save in flight at a time,
// and a flush that sends whatever is pending at once (window hidden or closing, editor left).
export type AutosaveState = 'saved' | 'pending' | 'saving' | 'failed';

export interface AutosaverOptions<T> {
  save: (value: T) => Promise<void>;
  onState?: (state: AutosaveState) => void;
  /** Quiet time after the last edit before saving. */
  delayMs?: number;
  /** However fast the typing, an edit is sent at most this long after it was made. */
  maxWaitMs?: number;
  /** After a failed save, the next try. */
  retryMs?: number;
}

export interface Autosaver<T> {
  /** Records the newest whole value; it is saved after the quiet time, or at the latest after `maxWaitMs`. */
  schedule(value: T): void;
  /** Sends the pending value now and resolves once everything scheduled so far is saved (or failed). */
  flush(): Promise<void>;
  /** Stops the timers; a pending value is flushed first. */
  dispose(): Promise<void>;
}

export function createAutosaver<T>({ save, onState, delayMs = 800, maxWaitMs = 1000, retryMs = 3000 }: AutosaverOptions<T>): Autosaver<T> {
  let pending: { value: T } | null = null;
  let quietTimer: ReturnType<typeof setTimeout> | null = null;
  let deadlineTimer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  let state: AutosaveState = 'saved';

  const setState = (next: AutosaveState) => {
    if (next === state) return;
    state = next;
    onState?.(next);
  };

  const clearTimers = () => {
    if (quietTimer) clearTimeout(quietTimer);
    if (deadlineTimer) clearTimeout(deadlineTimer);
    quietTimer = null;
    deadlineTimer = null;
  };

  const armTimers = (quiet: number) => {
    if (quietTimer) clearTimeout(quietTimer);
    quietTimer = setTimeout(() => void send(), quiet);
    deadlineTimer ??= setTimeout(() => void send(), Math.max(quiet, maxWaitMs));
  };

  // Saves run one after another, so an older whole value can never land after a newer one.
  async function send(): Promise<void> {
    clearTimers();
    while (inFlight) await inFlight;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    setState('saving');
    inFlight = save(value).then(
      () => {
        inFlight = null;
        // Typing during the save left a newer value; its timers were armed when it was scheduled.
        setState(pending ? 'pending' : 'saved');
      },
      () => {
        inFlight = null;
        // Keep the failed value unless the user has typed something newer since; try again later.
        pending ??= { value };
        setState('failed');
        armTimers(retryMs);
      },
    );
    await inFlight;
  }

  return {
    schedule(value) {
      pending = { value };
      if (!inFlight) setState('pending');
      armTimers(delayMs);
    },
    async flush() {
      await send();
      // A save that was in flight may have left a newer value behind; send that too (once: a failing disk is retried
      // by the timer, not in a tight loop).
      if (pending && state !== 'failed') await send();
    },
    async dispose() {
      await this.flush();
      clearTimers();
    },
  };
}
