// Values a file changed without stamping them. Stamps are unique to one change, so two files with the same stamp on
// a field must hold the same value there; when they do not, someone changed the file without the app: an editor,
// a script, an app too old to know stamps. Left alone, such a change would tie with ours or lose to it unseen.
//
// - A file with a sync section, compared with the version this device last wrote or read (`base`): a value that
//   differs under the same stamp becomes this device's change, made now (so it wins everywhere), and our value, if
//   different, waits in the inbox.
// - A file with no sync section cannot say which of its values are old and which are new. Compared with ours: where
//   both still carry the stamp from before stamps existed, its value is taken as above; where we changed the value
//   since, ours stays and its value waits in the inbox. Nothing of either is dropped.
import { ORIGIN, type HybridClock, type Stamp } from './hlc';
import { hashText, textOf } from './merge-replicas';
import { sameJson } from '../../domain/same-json';
import { byId } from './stamp-changes';
import { COLLECTION_NAMES, GROUP_RECORD_ID, type CollectionName, type Conflict, type ConflictSide, type RecordStamps, type Replica } from './sync-state';

type AnyRecord = Record<string, unknown>;

interface Inputs {
  ours: Replica;
  theirs: Replica;
  /** What `theirs` is compared with: the version last written or read when stamped, else ours. */
  base: Replica;
  stamped: boolean;
}

/** `theirs` with its unstamped edits stamped now, and the conflicts they make with ours added to its inbox. */
export function stampUnstampedEdits(inputs: Inputs, clock: HybridClock): Replica {
  const { theirs } = inputs;
  const found = new Finds(inputs, clock);
  found.compare('group', GROUP_RECORD_ID, inputs.base.workspace.group as AnyRecord, theirs.workspace.group as AnyRecord);
  for (const collection of COLLECTION_NAMES) {
    if (collection === 'group') continue;
    const reference = inputs.base.workspace[collection] as AnyRecord[];
    const other = theirs.workspace[collection] as AnyRecord[];
    if (reference === other) continue;
    const otherById = byId(other);
    for (const record of byId(reference).values()) {
      const match = otherById.get(record.id as string);
      if (match) found.compare(collection, record.id as string, record, match);
    }
  }
  return found.result();
}

class Finds {
  private stamp: Stamp | null = null;
  private readonly stampsEdit = new Map<CollectionName, Record<string, RecordStamps>>();
  private readonly conflicts: Conflict[] = [];

  constructor(
    private readonly inputs: Inputs,
    private readonly clock: HybridClock,
  ) {}

  compare(collection: CollectionName, id: string, reference: AnyRecord, other: AnyRecord): void {
    // Nearly every record is the same on both sides: one walk that stops at the first difference settles it.
    if (reference === other || sameJson(reference, other)) return;
    const { base, theirs, stamped } = this.inputs;
    for (const field of new Set([...Object.keys(reference), ...Object.keys(other)])) {
      if (sameJson(reference[field], other[field])) continue;
      const referenceStamp = stampOf(base, collection, id, field);
      const otherStamp = stampOf(theirs, collection, id, field);
      if (otherStamp === referenceStamp) this.restamp(collection, id, field, other[field]);
      // Only without a sync section: the base is ours then, and its later stamp is our change since.
      else if (!stamped && referenceStamp > otherStamp) this.setAside(collection, id, field, other[field]);
    }
  }

  result(): Replica {
    const { theirs } = this.inputs;
    if (this.stamp === null && this.conflicts.length === 0) return theirs;
    return {
      workspace: theirs.workspace,
      sync: {
        ...theirs.sync,
        seen: this.stamp === null ? theirs.sync.seen : { ...theirs.sync.seen, [this.clock.device]: this.stamp },
        stamps: { ...theirs.sync.stamps, ...Object.fromEntries(this.stampsEdit) },
        conflicts: [...theirs.sync.conflicts, ...this.conflicts],
      },
    };
  }

  /** Their value becomes a change made now; ours, where it differs, goes to the inbox. */
  private restamp(collection: CollectionName, id: string, field: string, value: unknown): void {
    this.stamp ??= this.clock.tick();
    const stamps = this.stampsEdit.get(collection) ?? { ...this.inputs.theirs.sync.stamps[collection] };
    this.stampsEdit.set(collection, stamps);
    stamps[id] = { ...stamps[id], fields: { ...stamps[id]?.fields, [field]: this.stamp } };
    const ours = currentSide(this.inputs.ours, collection, id, field);
    if (!ours || sameJson(ours.value, value)) return;
    this.conflicts.push({
      id: `${collection}:${id}:${field}:${ours.stamp}:${this.stamp}`,
      collection,
      recordId: id,
      field,
      kept: side(this.stamp, value),
      other: ours,
    });
  }

  /** Their value, with no stamp to name it by, set aside next to ours; named by its content. */
  private setAside(collection: CollectionName, id: string, field: string, value: unknown): void {
    const ours = currentSide(this.inputs.ours, collection, id, field);
    if (!ours) return;
    this.conflicts.push({
      id: `${collection}:${id}:${field}:unstamped-${hashText(textOf(value))}:${ours.stamp}`,
      collection,
      recordId: id,
      field,
      kept: ours,
      other: side(ORIGIN, value),
    });
  }
}

function stampOf(replica: Replica, collection: CollectionName, id: string, field: string): Stamp {
  const stamps = replica.sync.stamps[collection]?.[id];
  return stamps?.fields?.[field] ?? stamps?.created ?? ORIGIN;
}

function currentSide(replica: Replica, collection: CollectionName, id: string, field: string): ConflictSide | null {
  const record =
    collection === 'group'
      ? (replica.workspace.group as AnyRecord)
      : (replica.workspace[collection] as AnyRecord[]).find((one) => one.id === id);
  return record ? side(stampOf(replica, collection, id, field), record[field]) : null;
}

function side(stamp: Stamp, value: unknown): ConflictSide {
  return value === undefined ? { stamp } : { stamp, value };
}
