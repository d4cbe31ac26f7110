// This device's side of merging group files (the engine is in merge/): its clock, the stamping of every change the
// store makes, the merge of a file changed elsewhere, and the conflict inbox as the API sees it.
import type { Workspace } from '../domain/model';
import { recordLabelOf, type SyncConflictSide, type SyncConflictView } from '../domain/sync-conflicts';
import { applyChoice, markResolved, openConflicts, sideOrigin, type ConflictChoice } from './merge/conflict-inbox';
import { HybridClock } from './merge/hlc';
import type { MergeResult } from './merge/merge-replicas';
import { applyLocalChange, receive } from './merge/replica';
import type { Conflict, ConflictSide, Replica, SyncState } from './merge/sync-state';
import { encodeWorkspace } from './workspace-encoding';

export class GroupSync {
  private readonly clock: HybridClock;

  constructor(
    readonly deviceId: string,
    private readonly deviceName: string | null,
    now: () => Date,
  ) {
    this.clock = new HybridClock(deviceId, () => now().getTime());
  }

  /** A file this store opened: its stamps move the clock on, so a restart never stamps below what it wrote before. */
  opened(sync: SyncState): void {
    for (const stamp of Object.values(sync.seen)) this.clock.observe(stamp);
  }

  /** The sync section after the store changed `before` into `next` on this device. */
  stamp(before: Readonly<Workspace>, next: Readonly<Workspace>, sync: SyncState): SyncState {
    const changed = applyLocalChange({ workspace: before as Workspace, sync }, next as Workspace, this.clock).sync;
    return changed === sync ? sync : this.withOwnName(changed);
  }

  /** Ours merged with a file read from disk; see receive() for `stamped` and `base`. */
  merge(ours: Replica, theirs: Replica, options: { stamped: boolean; base: Replica }): MergeResult {
    return receive(ours, theirs, this.clock, options);
  }

  list(replica: Replica): SyncConflictView[] {
    return openConflicts(replica.sync, replica.workspace).map((conflict) => ({
      id: conflict.id,
      collection: conflict.collection,
      recordId: conflict.recordId,
      recordLabel: recordLabelOf(replica.workspace, conflict.collection, conflict.recordId),
      field: conflict.field,
      kept: this.sideView(conflict.kept, replica.sync),
      other: this.sideView(conflict.other, replica.sync),
    }));
  }

  /** The open conflict with this id, or null. */
  find(replica: Replica, conflictId: string): Conflict | null {
    return openConflicts(replica.sync, replica.workspace).find((conflict) => conflict.id === conflictId) ?? null;
  }

  /** For an update's draft: the chosen value goes back in its field, stamped like any edit. */
  choose(draft: Workspace, conflict: Conflict, choice: ConflictChoice): void {
    applyChoice(draft, conflict, choice);
  }

  resolved(sync: SyncState, conflictId: string): SyncState {
    return markResolved(sync, conflictId, this.clock.tick());
  }

  /** Other devices show this device by the name it goes by; kept in the file, updated when it changes. */
  private withOwnName(sync: SyncState): SyncState {
    if (!this.deviceName || sync.devices[this.deviceId]?.name === this.deviceName) return sync;
    return { ...sync, devices: { ...sync.devices, [this.deviceId]: { name: this.deviceName, at: sync.seen[this.deviceId]! } } };
  }

  private sideView(side: ConflictSide, sync: SyncState): SyncConflictSide {
    const origin = sideOrigin(side, sync);
    return { ...(side.value === undefined ? {} : { value: side.value }), deviceName: origin.deviceName, deviceId: origin.device, at: origin.at };
  }
}

/** The bytes of a group file: its data and its sync section. */
export function encodeReplica(replica: Replica): Uint8Array {
  return encodeWorkspace({ ...replica.workspace, sync: replica.sync });
}
