// The two things a device does with a replica, shared by the store and the sync harness so the proof runs the
// store's own steps: make a local change (stamped), and take in a file from elsewhere (merged).
import type { Workspace } from '../../domain/model';
import { ORIGIN, type HybridClock, type Stamp } from './hlc';
import { mergeReplicas, type MergeResult } from './merge-replicas';
import { sameJson } from './same-json';
import { byId, stampChanges } from './stamp-changes';
import { COLLECTION_NAMES, GROUP_RECORD_ID, type CollectionName, type Conflict, type RecordStamps, type Replica } from './sync-state';

type AnyRecord = Record<string, unknown>;

/** `replica` with its data replaced by `next` (made from it), every difference stamped as this device's change. */
export function applyLocalChange(replica: Replica, next: Workspace, clock: HybridClock): Replica {
  if (next === replica.workspace) return replica;
  const sync = stampChanges(replica.workspace, next, replica.sync, clock.tick());
  return { workspace: next, sync };
}

/**
 * Merges a replica read from a file into ours. First, values the file changed without stamping them (an editor, or a
 * program that knows nothing of stamps) become this device's changes, made now, with ours kept in the inbox: they
 * would otherwise tie with our stamps. Then the merge proper.
 */
export function receive(ours: Replica, theirs: Replica, clock: HybridClock): MergeResult {
  observeAll(theirs, clock);
  const restamped = restampUnstampedEdits(ours, theirs, clock);
  const { merged } = mergeReplicas(ours, restamped);
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

function restampUnstampedEdits(ours: Replica, theirs: Replica, clock: HybridClock): Replica {
  let stamp: Stamp | null = null;
  const stampsEdit = new Map<CollectionName, Record<string, RecordStamps>>();
  const conflicts: Conflict[] = [];
  const visit = (collection: CollectionName, id: string, mine: AnyRecord, other: AnyRecord) => {
    if (mine === other) return;
    const myStamps = ours.sync.stamps[collection]?.[id];
    const otherStamps = theirs.sync.stamps[collection]?.[id];
    for (const field of new Set([...Object.keys(mine), ...Object.keys(other)])) {
      const myStamp = myStamps?.fields?.[field] ?? myStamps?.created ?? ORIGIN;
      const otherStamp = otherStamps?.fields?.[field] ?? otherStamps?.created ?? ORIGIN;
      if (myStamp !== otherStamp || sameJson(mine[field], other[field])) continue;
      stamp ??= clock.tick();
      const edited = stampsEdit.get(collection) ?? { ...theirs.sync.stamps[collection] };
      stampsEdit.set(collection, edited);
      const current = edited[id] ?? {};
      edited[id] = { ...current, fields: { ...current.fields, [field]: stamp } };
      const keptValue = other[field];
      const ourValue = mine[field];
      conflicts.push({
        id: `${collection}:${id}:${field}:${myStamp}:${stamp}`,
        collection,
        recordId: id,
        field,
        kept: keptValue === undefined ? { stamp } : { stamp, value: keptValue },
        other: ourValue === undefined ? { stamp: myStamp } : { stamp: myStamp, value: ourValue },
      });
    }
  };
  visit('group', GROUP_RECORD_ID, ours.workspace.group as AnyRecord, theirs.workspace.group as AnyRecord);
  for (const collection of COLLECTION_NAMES) {
    if (collection === 'group') continue;
    const mine = ours.workspace[collection] as AnyRecord[];
    const other = theirs.workspace[collection] as AnyRecord[];
    if (mine === other) continue;
    const otherById = byId(other);
    for (const record of byId(mine).values()) {
      const match = otherById.get(record.id as string);
      if (match) visit(collection, record.id as string, record, match);
    }
  }
  if (stamp === null) return theirs;
  const newStamp: Stamp = stamp;
  return {
    workspace: theirs.workspace,
    sync: {
      ...theirs.sync,
      seen: { ...theirs.sync.seen, [clock.device]: newStamp },
      stamps: { ...theirs.sync.stamps, ...Object.fromEntries(stampsEdit) },
      conflicts: [...theirs.sync.conflicts, ...conflicts],
    },
  };
}
