// The conflict inbox: same-field changes made on two devices without either knowing of the other. The merge keeps
// one value (the later stamp) and records both; the user looks at them side by side and keeps one.
import type { Workspace } from '../../domain/model';
import { deviceOf, wallTimeOf, type Stamp } from './hlc';
import { GROUP_RECORD_ID, type Conflict, type ConflictSide, type SyncState } from './sync-state';

export type ConflictChoice = 'kept' | 'other';

/** Unresolved conflicts whose record still exists, newest first. */
export function openConflicts(sync: SyncState, workspace: Readonly<Workspace>): Conflict[] {
  return sync.conflicts
    .filter((conflict) => conflict.resolvedAt === undefined && recordOf(workspace, conflict) !== undefined)
    .sort((a, b) => (maxOf(a) < maxOf(b) ? 1 : maxOf(a) > maxOf(b) ? -1 : 0));
}

/** Who and when, for showing a side: the device that made the change and the wall time it carries. */
export function sideOrigin(side: ConflictSide, sync: SyncState): { device: string; deviceName: string | null; at: string | null } {
  const device = deviceOf(side.stamp);
  return { device, deviceName: sync.devices[device]?.name ?? null, at: wallTimeOf(side.stamp) || null };
}

/** Puts the chosen side's value in its field; meant for an update's draft, so the choice is stamped like any edit. */
export function applyChoice(draft: Workspace, conflict: Conflict, choice: ConflictChoice): void {
  const record = recordOf(draft, conflict);
  if (!record) return;
  const value = conflict[choice].value;
  if (value === undefined) delete record[conflict.field];
  else record[conflict.field] = structuredClone(value);
}

/** The sync section with the conflict marked resolved at `stamp` (a resolution travels to other devices too). */
export function markResolved(sync: SyncState, conflictId: string, stamp: Stamp): SyncState {
  const device = deviceOf(stamp);
  const seen = sync.seen[device];
  return {
    ...sync,
    seen: seen !== undefined && seen > stamp ? sync.seen : { ...sync.seen, [device]: stamp },
    conflicts: sync.conflicts.map((conflict) => (conflict.id === conflictId ? { ...conflict, resolvedAt: stamp } : conflict)),
  };
}

function recordOf(workspace: Readonly<Workspace>, conflict: Conflict): Record<string, unknown> | undefined {
  if (conflict.collection === 'group') return conflict.recordId === GROUP_RECORD_ID ? (workspace.group as Record<string, unknown>) : undefined;
  const list = workspace[conflict.collection] as readonly Record<string, unknown>[];
  return list.find((record) => record.id === conflict.recordId);
}

function maxOf(conflict: Conflict): Stamp {
  return conflict.kept.stamp > conflict.other.stamp ? conflict.kept.stamp : conflict.other.stamp;
}
