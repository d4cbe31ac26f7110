// The two things a device does with a replica, shared by the store and the sync harness so the proof runs the
// store's own steps: make a local change (stamped), and take in a file from elsewhere (merged).
import type { Workspace } from '../../domain/model';
import type { HybridClock } from './hlc';
import { mergeReplicas, type MergeResult } from './merge-replicas';
import { stampChanges } from './stamp-changes';
import { COLLECTION_NAMES, type Replica } from './sync-state';
import { stampUnstampedEdits } from './unstamped-edits';

/** `replica` with its data replaced by `next` (made from it), every difference stamped as this device's change. */
export function applyLocalChange(replica: Replica, next: Workspace, clock: HybridClock): Replica {
  if (next === replica.workspace) return replica;
  const sync = stampChanges(replica.workspace, next, replica.sync, clock.tick());
  return { workspace: next, sync };
}

/**
 * Merges a replica read from a file into ours. `base` is the version this device last wrote or read (ours, unless
 * changes are still on their way to disk); `stamped` is false for a file without a sync section (written by an app
 * that knows nothing of stamps). Unstamped edits are found first (see unstamped-edits.ts), then the merge proper.
 */
export function receive(
  ours: Replica,
  theirs: Replica,
  clock: HybridClock,
  { stamped = true, base = ours }: { stamped?: boolean; base?: Replica } = {},
): MergeResult {
  observeAll(theirs, clock);
  const restamped = stampUnstampedEdits({ ours, theirs, base: stamped ? base : ours, stamped }, clock);
  // Equal stamps now mean equal values (the step above saw to it), so the merge need not compare them again.
  const { merged } = mergeReplicas(ours, restamped, { trustStamps: true });
  // Measured against the two inputs as they came: a restamped edit's conflict is new too.
  const known = new Set([...ours.sync.conflicts, ...theirs.sync.conflicts].map((conflict) => conflict.id));
  return { merged, newConflicts: merged.sync.conflicts.filter((conflict) => !known.has(conflict.id)) };
}

function observeAll(replica: Replica, clock: HybridClock): void {
  for (const stamp of Object.values(replica.sync.seen)) clock.observe(stamp);
  // A file's stamps should all be within its `seen`, but a file edited by hand need not keep that promise.
  for (const collection of COLLECTION_NAMES) {
    for (const stamps of Object.values(replica.sync.stamps[collection] ?? {})) {
      clock.observe(stamps.created);
      for (const stamp of Object.values(stamps.fields ?? {})) clock.observe(stamp);
    }
    for (const stamp of Object.values(replica.sync.deleted[collection] ?? {})) clock.observe(stamp);
  }
}
