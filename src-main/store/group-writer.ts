// Serialises everything that touches one group's file. Updates queue up and are written together (a burst is coalesced,
// never lost); each caller is answered only once a write that includes its change is durable, or has failed.
import { AppError } from '../domain/errors';
import { errorCode } from './fs-port';

interface Waiter {
  /** The change this caller made, by number; a write covering it answers the caller. */
  change: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export interface GroupWriterHooks {
  /** Writes the group's current in-memory state durably (or settles an external conflict); throws on failure. */
  persist: () => Promise<void>;
  onSaving: () => void;
  onSaved: () => void;
  onFailed: (code: string) => void;
  /** How long after a failed write the writer tries again by itself. */
  retryIntervalMs: number;
}

export class GroupWriter {
  private chain: Promise<unknown> = Promise.resolve();
  private waiting: Waiter[] = [];
  private inFlight: Waiter[] = [];
  private changeCount = 0;
  private savedCount = 0;
  private drainQueued = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(private readonly hooks: GroupWriterHooks) {}

  /** True while some change exists only in memory (queued, being written, or after a failed write). */
  hasUnsavedChanges(): boolean {
    return this.changeCount !== this.savedCount;
  }

  /** Records that the in-memory state changed; resolves when a write that includes the change is durable. */
  requestWrite(): Promise<void> {
    this.changeCount += 1;
    const change = this.changeCount;
    const done = new Promise<void>((resolve, reject) => this.waiting.push({ change, resolve, reject }));
    this.queueDrain();
    return done;
  }

  /** Runs `task` when no write or other task of this group is running. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** The number of the latest change; pass it to abandonUnsaved when that state is replaced. */
  latestChange(): number {
    return this.changeCount;
  }

  /**
   * Called by a task that replaced the in-memory state with someone else's version (its own was saved aside):
   * every change up to `upTo` is settled, and its callers are told why it did not become the group's file.
   * Later changes were made on top of the new state and are written as usual.
   */
  abandonUnsaved(upTo: number, reason: AppError): void {
    const settled = (waiter: Waiter) => waiter.change <= upTo;
    for (const waiter of [...this.inFlight, ...this.waiting]) if (settled(waiter)) waiter.reject(reason);
    this.inFlight = this.inFlight.filter((waiter) => !settled(waiter));
    this.waiting = this.waiting.filter((waiter) => !settled(waiter));
    this.savedCount = Math.max(this.savedCount, upTo);
  }

  /** Writes whatever is unsaved now; used on close. Never throws. */
  async flush(): Promise<void> {
    await this.exclusive(() => this.drain()).catch(() => undefined);
  }

  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private queueDrain(): void {
    if (this.drainQueued) return;
    this.drainQueued = true;
    void this.exclusive(() => this.drain());
  }

  private async drain(): Promise<void> {
    this.drainQueued = false;
    while (this.hasUnsavedChanges()) {
      const covered = this.changeCount;
      this.inFlight = this.waiting;
      this.waiting = [];
      this.hooks.onSaving();
      try {
        await this.hooks.persist();
      } catch (error) {
        const code = errorCode(error) ?? (error instanceof AppError ? error.code : 'unknown');
        for (const waiter of this.inFlight) waiter.reject(new AppError('saveFailed', { code }));
        this.inFlight = [];
        this.hooks.onFailed(code);
        this.scheduleRetry();
        return;
      }
      this.savedCount = Math.max(this.savedCount, covered);
      for (const waiter of this.inFlight) waiter.resolve();
      this.inFlight = [];
    }
    this.hooks.onSaved();
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.hasUnsavedChanges()) this.queueDrain();
    }, this.hooks.retryIntervalMs);
    this.retryTimer.unref?.();
  }
}
