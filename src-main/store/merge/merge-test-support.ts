// Test helpers for the merge: a device that holds a replica the way the store does (same stamping, same receive),
// files as the JSON text the store writes, and small sample groups.
import { produce } from 'immer';
import { CURRENT_SCHEMA_VERSION, emptyWorkspaceCollections, workspaceSchema, type Member, type Workspace } from '../../domain/model';
import { HybridClock, type Stamp } from './hlc';
import { applyLocalChange, receive } from './replica';
import { emptySyncState, syncStateSchema, type Conflict, type Replica } from './sync-state';

export function baseWorkspace(): Workspace {
  return {
    ...emptyWorkspaceCollections(),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    group: { id: 'grp-1', name: 'IT-chefer Øst', language: 'da', archived: false, createdAt: '2026-01-05T10:00:00.000Z', description: '' },
    members: [member('m-1', 'Birgitte Kjær'), member('m-2', 'Jens Holm')],
  };
}

export function member(id: string, name: string): Member {
  return { id, name, email: '', phone: '', employments: [], notes: '' };
}

/** A replica as its file's text, and back, through the same schemas the store reads with. */
export function toFile(replica: Replica): string {
  return JSON.stringify({ ...replica.workspace, sync: replica.sync }, null, 2);
}

export function fromFile(text: string): Replica {
  const raw = JSON.parse(text) as Record<string, unknown>;
  return { workspace: workspaceSchema.parse(raw), sync: syncStateSchema.parse(raw.sync ?? {}) };
}

/** One device: a replica in memory, a clock that may be skewed, and its own file. */
export class Device {
  replica: Replica;
  clock: HybridClock;
  offsetMs = 0;
  conflictsSeen: Conflict[] = [];

  constructor(
    readonly id: string,
    start: Replica = { workspace: baseWorkspace(), sync: emptySyncState() },
    private readonly wall: () => number = () => Date.parse('2026-12-02T10:00:00Z'),
  ) {
    this.replica = start;
    this.clock = this.newClock();
  }

  /** Makes a change and returns its stamp (the newest in `seen` for this device). */
  edit(mutate: (draft: Workspace) => void): Stamp | null {
    const next = produce(this.replica.workspace, mutate);
    this.replica = applyLocalChange(this.replica, next, this.clock);
    return this.replica.sync.seen[this.id] ?? null;
  }

  receive(file: Replica, stamped = true): Conflict[] {
    const { merged, newConflicts } = receive(this.replica, file, this.clock, { stamped });
    this.replica = merged;
    this.conflictsSeen.push(...newConflicts);
    return newConflicts;
  }

  /** A restart: memory lost, state read back from its own file, a new clock that must catch up from the stamps. */
  restart(file: Replica): void {
    this.replica = file;
    this.clock = this.newClock();
    this.receive(file);
  }

  private newClock(): HybridClock {
    return new HybridClock(this.id, () => this.wall() + this.offsetMs);
  }
}
