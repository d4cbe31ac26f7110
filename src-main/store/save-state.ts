// One save state for the whole folder, built from each group's writer, announced only when it actually changes.
import type { SaveState } from '../domain/views';

export type GroupSaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'retrying'; since: string }
  | { kind: 'failed'; code: string };

export class SaveStateTracker {
  private readonly statuses = new Map<string, GroupSaveStatus>();
  private lastSavedAt: string | null = null;
  private announced: SaveState = { kind: 'saved', at: null };

  constructor(private readonly announce: (state: SaveState) => void) {}

  set(groupId: string, status: GroupSaveStatus): void {
    if (status.kind === 'idle') this.statuses.delete(groupId);
    else this.statuses.set(groupId, status);
    this.publish();
  }

  saved(groupId: string, at: Date): void {
    this.lastSavedAt = at.toISOString();
    this.set(groupId, { kind: 'idle' });
  }

  /** Keeps an existing 'retrying' (and its start time) rather than restarting it on every attempt. */
  retrying(groupId: string, at: Date): void {
    if (this.statuses.get(groupId)?.kind !== 'retrying') this.set(groupId, { kind: 'retrying', since: at.toISOString() });
  }

  current(): SaveState {
    return this.announced;
  }

  private publish(): void {
    const next = this.aggregate();
    if (JSON.stringify(next) === JSON.stringify(this.announced)) return;
    this.announced = next;
    this.announce(next);
  }

  private aggregate(): SaveState {
    const statuses = [...this.statuses.values()];
    const failed = statuses.find((status) => status.kind === 'failed');
    if (failed) return failed;
    const retrying = statuses.find((status) => status.kind === 'retrying');
    if (retrying) return retrying;
    if (statuses.some((status) => status.kind === 'saving')) return { kind: 'saving' };
    return { kind: 'saved', at: this.lastSavedAt };
  }
}
