// A simulated co-facilitation: two devices, each with its own folder, joined by a sync client that copies files late,
// out of order or not at all, puts back older copies, leaves conflict copies under Dropbox, OneDrive and Syncthing
// names, and goes offline. Each device handles its folder the way the store does: a changed file is merged into its
// replica (the store's own `receive`), a conflict copy is merged in and cleared away, and anything new is written back.
//
// Alongside, the world keeps the truth the merge must respect: every acknowledged change (on disk in its device's
// folder), and what its device had seen when it made it. `verify()` checks the end state against that.
import { expect } from 'vitest';
import type { Workspace } from '../../domain/model';
import { applyChoice, markResolved, openConflicts, type ConflictChoice } from './conflict-inbox';
import { Device, fromFile, toFile } from './merge-test-support';
import { syncCopyName, syncCopyOf, type SyncClient } from './sync-droppings';
import type { CollectionName } from './sync-state';

const FILE_NAME = 'it-chefer-øst.json';
export const DEVICE_IDS = ['mette-laptop', 'lars-desktop'] as const;
type DeviceId = (typeof DEVICE_IDS)[number];

/** A version of a file as the sync client carries it, with the changes it includes (for the oracle only). */
interface FileVersion {
  text: string;
  knows: ReadonlySet<number>;
}

interface Folder {
  current: FileVersion;
  history: FileVersion[];
  droppings: Map<string, FileVersion>;
}

interface Copy {
  from: DeviceId;
  to: DeviceId;
  version: FileVersion;
}

/** One acknowledged change of a field; `context` is every change its device had seen before making it. */
interface FieldWrite {
  id: number;
  collection: CollectionName;
  recordId: string;
  field: string;
  value: unknown;
  stamp: string;
  context: ReadonlySet<number>;
}

export class SyncWorld {
  now = Date.parse('2026-12-02T10:00:00Z');
  readonly devices = new Map<DeviceId, Device>();
  readonly folders = new Map<DeviceId, Folder>();
  readonly online = new Map<DeviceId, boolean>();
  readonly knows = new Map<DeviceId, Set<number>>();
  inFlight: Copy[] = [];
  readonly writes: FieldWrite[] = [];
  readonly added: { collection: CollectionName; recordId: string }[] = [];
  readonly deletedIds = new Set<string>();
  private sequence = 0;

  constructor() {
    const seed = new Device('seed');
    for (const id of DEVICE_IDS) {
      const device = new Device(id, fromFile(toFile(seed.replica)), () => this.now);
      this.devices.set(id, device);
      const version = { text: toFile(device.replica), knows: new Set<number>() };
      this.folders.set(id, { current: version, history: [version], droppings: new Map() });
      this.online.set(id, true);
      this.knows.set(id, new Set());
    }
  }

  // ---- edits, as a facilitator makes them -------------------------------------------------------------------------

  addRecord(on: DeviceId, collection: 'members' | 'themes'): void {
    const recordId = `${on}-${this.next()}`;
    this.edit(on, (draft) => {
      if (collection === 'members') draft.members.push({ id: recordId, name: 'Ny', email: '', phone: '', employments: [], notes: '' });
      else draft.themes.push({ id: recordId, title: 'Tema', votes: {}, status: 'waiting' });
    });
    this.added.push({ collection, recordId });
  }

  setField(on: DeviceId, collection: 'members' | 'themes' | 'group', pick: number, field: string, empty = false): void {
    const workspace = this.device(on).replica.workspace;
    const records: readonly { id: string }[] = collection === 'group' ? [{ id: 'group' }] : workspace[collection];
    if (records.length === 0) return;
    const recordId = records[pick % records.length]!.id;
    // Valid as an id and as text, and never the same twice: a lost change cannot hide behind an equal value.
    const value = empty ? undefined : `${on}-v${this.sequence + 1}`;
    this.edit(on, (draft) => {
      const record = (collection === 'group' ? draft.group : draft[collection].find((one) => one.id === recordId)) as Record<string, unknown>;
      if (value === undefined) delete record[field];
      else record[field] = value;
    }, { collection, recordId, field, value });
  }

  deleteRecord(on: DeviceId, collection: 'members' | 'themes', pick: number): void {
    const records = this.device(on).replica.workspace[collection];
    if (records.length === 0) return;
    const recordId = records[pick % records.length]!.id;
    this.deletedIds.add(recordId);
    this.edit(on, (draft) => void ((draft as Record<string, unknown>)[collection] = draft[collection].filter((one) => one.id !== recordId)));
  }

  resolveConflict(on: DeviceId, pick: number, choice: ConflictChoice): void {
    const device = this.device(on);
    const open = openConflicts(device.replica.sync, device.replica.workspace);
    if (open.length === 0) return;
    const conflict = open[pick % open.length]!;
    this.edit(on, (draft) => applyChoice(draft, conflict, choice), {
      collection: conflict.collection,
      recordId: conflict.recordId,
      field: conflict.field,
      value: conflict[choice].value,
    });
    device.replica = { ...device.replica, sync: markResolved(device.replica.sync, conflict.id, device.clock.tick()) };
    this.writeOwnFile(on);
  }

  // ---- the sync client --------------------------------------------------------------------------------------------

  /** Copies in flight arrive in any order: `pick` chooses which. */
  deliver(pick: number, as: 'replace' | SyncClient = 'replace'): void {
    const deliverable = this.inFlight.filter((copy) => this.online.get(copy.from) && this.online.get(copy.to));
    if (deliverable.length === 0) return;
    const copy = deliverable[pick % deliverable.length]!;
    this.inFlight.splice(this.inFlight.indexOf(copy), 1);
    const folder = this.folders.get(copy.to)!;
    if (as === 'replace') {
      folder.current = copy.version;
      folder.history.push(copy.version);
      this.takeIn(copy.to, copy.version);
    } else {
      folder.droppings.set(syncCopyName(as, FILE_NAME, copy.from === 'mette-laptop' ? 'Mette' : 'LAPTOP', new Date(this.now)), copy.version);
      this.scanDroppings(copy.to);
    }
  }

  drop(pick: number): void {
    if (this.inFlight.length > 0) this.inFlight.splice(pick % this.inFlight.length, 1);
  }

  /** An older version of the file comes back (a sync client's stale copy, a restore from the client's history). */
  putBackOlder(on: DeviceId, pick: number): void {
    const folder = this.folders.get(on)!;
    const older = folder.history[pick % folder.history.length]!;
    folder.current = older;
    this.takeIn(on, older);
  }

  setOnline(on: DeviceId, online: boolean): void {
    this.online.set(on, online);
  }

  advance(ms: number): void {
    this.now += ms;
  }

  skew(on: DeviceId, offsetMs: number): void {
    this.device(on).offsetMs = offsetMs;
  }

  /** The app restarts: memory gone, state read back from its own file, a clock that starts from nothing. */
  restart(on: DeviceId): void {
    const folder = this.folders.get(on)!;
    this.device(on).restart(fromFile(folder.current.text));
    this.knows.set(on, new Set(folder.current.knows));
  }

  /** The sync client catches up: everything delivered, then each side's latest copied over until both files agree. */
  settle(): void {
    for (const id of DEVICE_IDS) this.setOnline(id, true);
    for (let guard = 0; this.inFlight.length > 0; guard += 1) {
      if (guard > 500) throw new Error('sync never settled');
      this.deliver(0);
    }
    for (let round = 0; round < 4; round += 1) {
      const [a, b] = DEVICE_IDS.map((id) => this.folders.get(id)!.current);
      if (a!.text === b!.text) break;
      this.inFlight = [];
      this.inFlight.push({ from: DEVICE_IDS[0], to: DEVICE_IDS[1], version: a! });
      this.deliver(0);
      this.inFlight = [];
      this.inFlight.push({ from: DEVICE_IDS[1], to: DEVICE_IDS[0], version: this.folders.get(DEVICE_IDS[1])!.current });
      this.deliver(0);
      this.inFlight = [];
    }
  }

  // ---- the proof --------------------------------------------------------------------------------------------------

  verify(): void {
    const [a, b] = DEVICE_IDS.map((id) => this.device(id));
    // Both replicas equal, in memory and on disk.
    expect(toFile(a!.replica)).toBe(toFile(b!.replica));
    expect(this.folders.get(DEVICE_IDS[0])!.current.text).toBe(this.folders.get(DEVICE_IDS[1])!.current.text);
    const final = a!.replica;
    // No conflict copy is left in either folder.
    for (const id of DEVICE_IDS) expect([...this.folders.get(id)!.droppings.keys()]).toEqual([]);
    // Every record added and not deleted by someone is there.
    for (const { collection, recordId } of this.added) {
      if (this.deletedIds.has(recordId)) continue;
      expect(recordsOf(final.workspace, collection).some((record) => record.id === recordId), `${recordId} lost`).toBe(true);
    }
    for (const write of this.writes) {
      if (this.deletedIds.has(write.recordId)) continue;
      const record = recordsOf(final.workspace, write.collection).find((one) => one.id === write.recordId);
      if (!record) continue; // its record was created in the seed and deleted: covered by deletedIds
      const same = this.writes.filter((other) => other !== write && sameField(other, write));
      const supersededKnowingly = same.some((other) => other.context.has(write.id));
      if (record[write.field] === write.value || supersededKnowingly) continue;
      // Neither current nor knowingly replaced: its value must be waiting in the inbox.
      const inInbox = final.sync.conflicts.some(
        (conflict) =>
          sameFieldOf(conflict, write) &&
          [conflict.kept, conflict.other].some((side) => side.stamp === write.stamp && side.value === write.value),
      );
      expect(inInbox, `change ${write.stamp} to ${write.recordId}.${write.field} lost`).toBe(true);
    }
    // And the inbox holds only true conflicts: neither side's change had seen the other.
    for (const conflict of final.sync.conflicts) {
      const kept = this.writes.find((write) => write.stamp === conflict.kept.stamp && sameFieldOf(conflict, write));
      const other = this.writes.find((write) => write.stamp === conflict.other.stamp && sameFieldOf(conflict, write));
      if (!kept || !other) continue;
      expect(kept.context.has(other.id) || other.context.has(kept.id), `spurious conflict ${conflict.id}`).toBe(false);
    }
  }

  // ---- how a device handles its folder ----------------------------------------------------------------------------

  private edit(on: DeviceId, mutate: (draft: Workspace) => void, write?: Omit<FieldWrite, 'id' | 'stamp' | 'context'>): void {
    const device = this.device(on);
    const before = device.replica.sync.seen[on];
    const stamp = device.edit(mutate);
    if (stamp && stamp !== before) {
      const id = this.next();
      if (write) this.writes.push({ ...write, id, stamp, context: new Set(this.knows.get(on)) });
      this.knows.get(on)!.add(id);
    }
    this.writeOwnFile(on);
  }

  /** The file in the device's folder changed: merge it in, and write back what it lacks. */
  private takeIn(on: DeviceId, version: FileVersion): void {
    this.device(on).receive(fromFile(version.text));
    for (const id of version.knows) this.knows.get(on)!.add(id);
    this.writeOwnFile(on);
  }

  /** A folder scan: conflict copies of the group file are merged in and moved away (into the backups). */
  private scanDroppings(on: DeviceId): void {
    const folder = this.folders.get(on)!;
    for (const [name, version] of [...folder.droppings]) {
      if (!syncCopyOf(name, FILE_NAME)) continue;
      this.device(on).receive(fromFile(version.text));
      for (const id of version.knows) this.knows.get(on)!.add(id);
      folder.droppings.delete(name);
    }
    this.writeOwnFile(on);
  }

  /** Acknowledged = in the device's own folder. The sync client picks up every new version. */
  private writeOwnFile(on: DeviceId): void {
    const folder = this.folders.get(on)!;
    const text = toFile(this.device(on).replica);
    if (text === folder.current.text) return;
    const version = { text, knows: new Set(this.knows.get(on)) };
    folder.current = version;
    folder.history.push(version);
    const other = DEVICE_IDS.find((id) => id !== on)!;
    this.inFlight.push({ from: on, to: other, version });
  }

  private device(id: DeviceId): Device {
    return this.devices.get(id)!;
  }

  private next(): number {
    this.sequence += 1;
    return this.sequence;
  }
}

function recordsOf(workspace: Workspace, collection: CollectionName): Record<string, unknown>[] {
  return (collection === 'group' ? [{ ...workspace.group, id: 'group' }] : workspace[collection]) as Record<string, unknown>[];
}

function sameField(a: FieldWrite, b: FieldWrite): boolean {
  return a.collection === b.collection && a.recordId === b.recordId && a.field === b.field;
}

function sameFieldOf(conflict: { collection: string; recordId: string; field: string }, write: FieldWrite): boolean {
  return conflict.collection === write.collection && conflict.recordId === write.recordId && conflict.field === write.field;
}
