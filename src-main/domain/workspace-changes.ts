// Which records one durable change of a group touched, so a change event can name them and each view refreshes only
// when something it shows changed (and a view that already applied a write's result can skip its refetch).
import { alignedChanges } from './aligned-changes';
import type { Workspace } from './model';

/** The parts of a group's file a view may depend on: the group record and each list of records. */
export type WorkspacePart = Exclude<keyof Workspace, 'schemaVersion'>;

/** Per part, the ids of the records that were added, changed or removed; a part that did not change is absent. */
export type WorkspaceChanges = Partial<Record<WorkspacePart, string[]>>;

const LIST_PARTS = ['members', 'speakers', 'meetings', 'invitations', 'agendaTemplates', 'actions', 'themes'] as const satisfies readonly WorkspacePart[];

function changedIds(before: readonly { id: string }[], after: readonly { id: string }[]): string[] {
  const aligned = alignedChanges(before, after);
  // A list copied with nothing changed in place counts as touched throughout, as one put in another order does below.
  if (aligned) return aligned.length === 0 ? after.map((record) => record.id) : aligned.map((index) => after[index]!.id);
  const previous = new Map(before.map((record) => [record.id, record]));
  const changed = new Set<string>();
  for (const record of after) {
    if (previous.get(record.id) !== record) changed.add(record.id);
    previous.delete(record.id);
  }
  for (const id of previous.keys()) changed.add(id);
  // The same records in another order: the order is what changed, so every record counts as touched.
  return changed.size === 0 ? after.map((record) => record.id) : [...changed];
}

/**
 * Compares two states of a group by reference (the store's updates share every untouched record, so this costs one
 * look-up per record, not a walk of the data). A record copied without a change counts as changed: that only costs a
 * view one refresh too many, never a missed one.
 */
export function workspaceChanges(before: Workspace, after: Workspace): WorkspaceChanges {
  const changes: WorkspaceChanges = {};
  if (before.group !== after.group) changes.group = [after.group.id];
  for (const part of LIST_PARTS) {
    if (before[part] !== after[part]) changes[part] = changedIds(before[part], after[part]);
  }
  return changes;
}

/** True when `changes` (absent: anything may have changed) touches one of `parts`. */
export function touchesParts(changes: WorkspaceChanges | undefined, parts: readonly WorkspacePart[]): boolean {
  return changes === undefined || parts.some((part) => changes[part] !== undefined);
}
