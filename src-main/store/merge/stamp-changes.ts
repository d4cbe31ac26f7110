// Records what an update changed in the sync section: new records get a `created` stamp, changed fields a field
// stamp, removed records a tombstone. Found by comparing the states before and after, not from immer's patches:
// the store's drafts share every untouched record with the state before, so a record that is the same object is
// skipped at the cost of one comparison; patches name list positions, and a filter or a reassigned list arrives as
// one "replace the whole list" that would have to be compared like this anyway.
import { alignedChanges } from '../../domain/aligned-changes';
import type { Workspace } from '../../domain/model';
import { deviceOf, type Stamp } from './hlc';
import { sameJson } from '../../domain/same-json';
import { GROUP_RECORD_ID, LIST_NAMES, type CollectionName, type RecordStamps, type SyncState } from './sync-state';

type AnyRecord = Record<string, unknown>;

export function stampChanges(before: Readonly<Workspace>, after: Readonly<Workspace>, sync: SyncState, stamp: Stamp): SyncState {
  const edit = new SyncEdit(sync);
  if (before.group !== after.group) {
    for (const field of changedFields(before.group, after.group)) edit.stampField('group', GROUP_RECORD_ID, field, stamp);
  }
  for (const list of LIST_NAMES) {
    const previous = before[list] as readonly AnyRecord[];
    const next = after[list] as readonly AnyRecord[];
    if (previous === next) continue;
    const aligned = alignedChanges(previous, next);
    if (aligned) {
      // The same records in the same places: each changed one is compared with the record it replaced.
      for (const index of aligned) {
        for (const field of changedFields(previous[index]!, next[index]!)) edit.stampField(list, next[index]!.id as string, field, stamp);
      }
      continue;
    }
    const previousById = byId(previous);
    const present = new Set<string>();
    for (const record of next) {
      const id = record.id as string;
      if (present.has(id)) continue;
      present.add(id);
      const old = previousById.get(id);
      if (!old) edit.created(list, id, stamp);
      else if (old !== record) for (const field of changedFields(old, record)) edit.stampField(list, id, field, stamp);
    }
    for (const id of previousById.keys()) if (!present.has(id)) edit.deleted(list, id, stamp);
  }
  return edit.result(stamp);
}

/** The first record with each id (a second one with the same id is not a record of its own to the merge). */
export function byId<T extends AnyRecord>(records: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const record of records) if (!map.has(record.id as string)) map.set(record.id as string, record);
  return map;
}

function changedFields(before: object, after: object): string[] {
  const a = before as AnyRecord;
  const b = after as AnyRecord;
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...fields].filter((field) => field !== 'id' && a[field] !== b[field] && !sameJson(a[field], b[field]));
}

/** Copy-on-write changes to a sync section: only the maps that change are copied. */
class SyncEdit {
  private readonly stamps: SyncState['stamps'];
  private readonly deletedMaps: SyncState['deleted'];
  private readonly copied = new Set<string>();
  private changed = false;

  constructor(private readonly sync: SyncState) {
    this.stamps = { ...sync.stamps };
    this.deletedMaps = { ...sync.deleted };
  }

  created(collection: CollectionName, id: string, stamp: Stamp): void {
    // Made again after a deletion (a restored backup): its creation is later than the tombstone, so it lives.
    this.stampsOf(collection)[id] = { created: stamp };
  }

  stampField(collection: CollectionName, id: string, field: string, stamp: Stamp): void {
    const map = this.stampsOf(collection);
    const current: RecordStamps = map[id] ?? {};
    map[id] = { ...current, fields: { ...current.fields, [field]: stamp } };
  }

  deleted(collection: CollectionName, id: string, stamp: Stamp): void {
    const map = this.stampsOf(collection);
    delete map[id];
    if (!this.copied.has(`deleted:${collection}`)) {
      this.copied.add(`deleted:${collection}`);
      this.deletedMaps[collection] = { ...this.deletedMaps[collection] };
    }
    this.deletedMaps[collection]![id] = stamp;
  }

  result(stamp: Stamp): SyncState {
    if (!this.changed) return this.sync;
    return { ...this.sync, seen: { ...this.sync.seen, [deviceOf(stamp)]: stamp }, stamps: this.stamps, deleted: this.deletedMaps };
  }

  private stampsOf(collection: CollectionName): Record<string, RecordStamps> {
    this.changed = true;
    if (!this.copied.has(collection)) {
      this.copied.add(collection);
      this.stamps[collection] = { ...this.stamps[collection] };
    }
    return this.stamps[collection]!;
  }
}
