// The merge of two replicas of one group (ours and a file's): record by record (by id), field by field, the later
// stamp wins. Pure, and commutative, associative and idempotent on the content, so whichever order two devices
// receive each other's files in, they end on the same bytes (merge-replicas.test.ts checks the three laws).
//
// - A record missing on one side is kept: only a tombstone removes it, and only the incarnation created before it.
// - A field changed on both sides where the side with the later stamp had not seen the other change (its `seen`
//   vector does not cover the stamp) is a conflict: the later stamp still wins, and both values go to the inbox.
// - An older copy of a file holds only stamps this device has seen and no tombstones it lacks: it merges as nothing.
import type { Workspace } from '../../domain/model';
import { deviceOf, maxStamp, ORIGIN, type Stamp } from './hlc';
import { sameJson } from '../../domain/same-json';
import { byId } from './stamp-changes';
import {
  COLLECTION_NAMES,
  fieldOrderOf,
  GROUP_RECORD_ID,
  type CollectionName,
  type Conflict,
  type ConflictSide,
  type RecordStamps,
  type Replica,
  type SyncState,
} from './sync-state';

type AnyRecord = Record<string, unknown>;

export interface MergeResult {
  merged: Replica;
  /** Conflicts neither side had recorded before. */
  newConflicts: Conflict[];
}

/**
 * `trustStamps`: the caller has made sure equal stamps mean equal values (receive() does, before merging a file), so
 * a record whose stamps are equal on both sides is taken without comparing it: a 5 MB merge then walks the data once.
 */
export function mergeReplicas(a: Replica, b: Replica, { trustStamps = false } = {}): MergeResult {
  const found = new Map<string, Conflict>();
  const deleted = mergeDeleted(a.sync.deleted, b.sync.deleted);
  const stamps: SyncState['stamps'] = {};
  const workspace = { ...a.workspace } as AnyRecord;
  for (const collection of COLLECTION_NAMES) {
    const merger = new CollectionMerge(collection, a, b, deleted[collection] ?? {}, found, trustStamps);
    if (collection === 'group') workspace.group = merger.record(GROUP_RECORD_ID, a.workspace.group, b.workspace.group);
    else workspace[collection] = merger.list(a.workspace[collection] as AnyRecord[], b.workspace[collection] as AnyRecord[]);
    if (Object.keys(merger.stamps).length > 0) stamps[collection] = merger.stamps;
  }
  const known = new Set([...a.sync.conflicts, ...b.sync.conflicts].map((conflict) => conflict.id));
  const sync: SyncState = {
    seen: mergeMaps(a.sync.seen, b.sync.seen, (x, y) => maxStamp(x, y)!),
    devices: mergeMaps(a.sync.devices, b.sync.devices, (x, y) => (x.at < y.at || (x.at === y.at && x.name < y.name) ? y : x)),
    stamps,
    deleted,
    conflicts: mergeConflicts([...a.sync.conflicts, ...b.sync.conflicts, ...found.values()]),
  };
  return {
    merged: { workspace: workspace as Workspace, sync },
    newConflicts: sync.conflicts.filter((conflict) => !known.has(conflict.id)),
  };
}

class CollectionMerge {
  readonly stamps: Record<string, RecordStamps> = {};
  private readonly fieldOrder: readonly string[];
  private readonly stampsA: Record<string, RecordStamps>;
  private readonly stampsB: Record<string, RecordStamps>;

  constructor(
    private readonly collection: CollectionName,
    private readonly a: Replica,
    private readonly b: Replica,
    private readonly tombstones: Record<string, Stamp>,
    private readonly found: Map<string, Conflict>,
    private readonly trustStamps: boolean,
  ) {
    this.fieldOrder = fieldOrderOf(collection);
    this.stampsA = a.sync.stamps[collection] ?? {};
    this.stampsB = b.sync.stamps[collection] ?? {};
  }

  list(listA: readonly AnyRecord[], listB: readonly AnyRecord[]): AnyRecord[] {
    const fromA = byId(listA);
    const fromB = byId(listB);
    const merged: { record: AnyRecord; created: Stamp; id: string }[] = [];
    for (const id of new Set([...fromA.keys(), ...fromB.keys()])) {
      const record = this.record(id, this.alive(id, fromA.get(id), this.stampsA), this.alive(id, fromB.get(id), this.stampsB));
      if (record) merged.push({ record, created: this.stamps[id]?.created ?? ORIGIN, id });
    }
    // One order for both devices: by creation, then id (records from before stamps existed come first, by id).
    merged.sort((x, y) => (x.created < y.created ? -1 : x.created > y.created ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    return merged.map((entry) => entry.record);
  }

  /** A side's record unless a tombstone deleted it: a record counts as deleted when it was created before the deletion. */
  private alive(id: string, record: AnyRecord | undefined, stamps: Record<string, RecordStamps>): AnyRecord | undefined {
    const tombstone = this.tombstones[id];
    if (!record || tombstone === undefined) return record;
    return (stamps[id]?.created ?? ORIGIN) > tombstone ? record : undefined;
  }

  record<T extends object>(id: string, recordA: T | undefined, recordB: T | undefined): T | undefined {
    const stampsA = this.stampsA[id];
    const stampsB = this.stampsB[id];
    if (!recordB || !recordA) {
      const only = recordA ?? recordB;
      const stamps = recordA ? stampsA : stampsB;
      if (only && stamps) this.stamps[id] = stamps;
      return only;
    }
    if (sameStamps(stampsA, stampsB) && (recordA === recordB || this.trustStamps || sameJson(recordA, recordB))) {
      if (stampsA) this.stamps[id] = stampsA;
      return recordA;
    }
    return this.mergeFields(id, recordA as AnyRecord, recordB as AnyRecord, stampsA, stampsB) as T;
  }

  private mergeFields(id: string, recordA: AnyRecord, recordB: AnyRecord, stampsA?: RecordStamps, stampsB?: RecordStamps): AnyRecord {
    const createdA = stampsA?.created ?? ORIGIN;
    const createdB = stampsB?.created ?? ORIGIN;
    const created = maxStamp(createdA, createdB)!;
    const fields = new Set([
      ...this.fieldOrder,
      ...Object.keys(recordA),
      ...Object.keys(recordB),
      ...Object.keys(stampsA?.fields ?? {}),
      ...Object.keys(stampsB?.fields ?? {}),
    ]);
    const record: AnyRecord = {};
    const fieldStamps: Record<string, Stamp> = {};
    for (const field of [...this.fieldOrder, ...[...fields].filter((name) => !this.fieldOrder.includes(name)).sort()]) {
      const sideA = { stamp: stampsA?.fields?.[field] ?? createdA, value: recordA[field] };
      const sideB = { stamp: stampsB?.fields?.[field] ?? createdB, value: recordB[field] };
      const winner = this.pick(id, field, sideA, sideB);
      if (winner.value !== undefined) record[field] = winner.value;
      if (winner.stamp !== created) fieldStamps[field] = winner.stamp;
    }
    if (created !== ORIGIN || Object.keys(fieldStamps).length > 0) {
      this.stamps[id] = { ...(created !== ORIGIN ? { created } : {}), ...(Object.keys(fieldStamps).length > 0 ? { fields: fieldStamps } : {}) };
    }
    return record;
  }

  /** The later stamp's side; a conflict is recorded when the values differ and that side had not seen the other's. */
  private pick(id: string, field: string, sideA: ConflictSide, sideB: ConflictSide): ConflictSide {
    if (sideA.value === sideB.value || sameJson(sideA.value, sideB.value)) return sideA.stamp >= sideB.stamp ? sideA : sideB;
    if (sideA.stamp === sideB.stamp) {
      // Two files that differ under the same stamp (both from before stamps existed, or one edited by hand and not
      // restamped): one value by its text, the same on both devices, and the other to the inbox.
      const [kept, other] = textOf(sideA.value) >= textOf(sideB.value) ? [sideA, sideB] : [sideB, sideA];
      this.conflict(id, field, kept, other);
      return kept;
    }
    const [kept, other, keptSeen] = sideA.stamp > sideB.stamp ? [sideA, sideB, this.a.sync.seen] : [sideB, sideA, this.b.sync.seen];
    if (!covers(keptSeen, other.stamp)) this.conflict(id, field, kept, other);
    return kept;
  }

  private conflict(recordId: string, field: string, kept: ConflictSide, other: ConflictSide): void {
    const pair = kept.stamp === other.stamp ? `${kept.stamp}:${hashText(textOf(kept.value) + '\u0000' + textOf(other.value))}` : `${other.stamp}:${kept.stamp}`;
    const id = `${this.collection}:${recordId}:${field}:${pair}`;
    this.found.set(id, { id, collection: this.collection, recordId, field, kept: sideOf(kept), other: sideOf(other) });
  }
}

/** Whether a replica that has seen `seen` has seen the change stamped `stamp`. */
export function covers(seen: Record<string, Stamp>, stamp: Stamp): boolean {
  if (stamp === ORIGIN) return true;
  const newest = seen[deviceOf(stamp)];
  return newest !== undefined && newest >= stamp;
}

function sideOf(side: ConflictSide): ConflictSide {
  return side.value === undefined ? { stamp: side.stamp } : { stamp: side.stamp, value: side.value };
}

function sameStamps(a: RecordStamps | undefined, b: RecordStamps | undefined): boolean {
  return a === b || sameJson(a ?? {}, b ?? {});
}

function mergeDeleted(a: SyncState['deleted'], b: SyncState['deleted']): SyncState['deleted'] {
  const merged: SyncState['deleted'] = {};
  for (const collection of COLLECTION_NAMES) {
    const x = a[collection];
    const y = b[collection];
    if (!x && !y) continue;
    merged[collection] = mergeMaps(x ?? {}, y ?? {}, (one, two) => maxStamp(one, two)!);
  }
  return merged;
}

/** Union of two maps; `pick` chooses when both have a key. Keys sorted, so both devices write the same bytes. */
function mergeMaps<V>(a: Record<string, V>, b: Record<string, V>, pick: (x: V, y: V) => V): Record<string, V> {
  const merged: Record<string, V> = {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const x = a[key];
    const y = b[key];
    merged[key] = x === undefined ? y! : y === undefined ? x : pick(x, y);
  }
  return merged;
}

/** One entry per conflict id; resolved if either side resolved it (the later resolution is kept). */
function mergeConflicts(conflicts: readonly Conflict[]): Conflict[] {
  const byConflict = new Map<string, Conflict>();
  for (const conflict of conflicts) {
    const known = byConflict.get(conflict.id);
    const resolvedAt = maxStamp(known?.resolvedAt, conflict.resolvedAt);
    const base = known ?? conflict;
    byConflict.set(conflict.id, resolvedAt === undefined ? base : { ...base, resolvedAt });
  }
  return [...byConflict.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

export function textOf(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value);
}

/** FNV-1a: a short, stable name for a pair of values (no security needed, only the same answer on every device). */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
