// The sync section of a group file: what a merge needs to know beyond the data itself. Plain JSON, kept in the same
// file under `sync`, so a file copied anywhere carries its own history:
//   seen       device id → the newest of that device's stamps this file includes (a version vector)
//   devices    device id → the name it goes by, for "who" in the conflict inbox
//   stamps     list name → record id → { created, fields: { field → stamp } }; a record never changed since stamps
//              existed has no entry, a field never changed since the record was created has no field entry
//   deleted    list name → record id → when it was deleted (a tombstone: only this removes a record in a merge)
//   conflicts  the same field changed on two devices, neither knowing of the other: both values, for the user to pick
import { z } from 'zod';
import { workspaceSchema, type Workspace } from '../../domain/model';
import { isStamp, ORIGIN, type Stamp } from './hlc';

export interface RecordStamps {
  created?: Stamp;
  fields?: Record<string, Stamp>;
}

export interface ConflictSide {
  stamp: Stamp;
  /** Absent when the field was empty (removed) on that side. */
  value?: unknown;
}

export interface Conflict {
  /** Stable for the same pair of changes, so both devices record the same conflict once. */
  id: string;
  collection: CollectionName;
  recordId: string;
  field: string;
  /** The value the merge chose (the later stamp); `other` is the value it set aside. */
  kept: ConflictSide;
  other: ConflictSide;
  resolvedAt?: Stamp;
}

export interface SyncState {
  seen: Record<string, Stamp>;
  devices: Record<string, { name: string; at: Stamp }>;
  stamps: Partial<Record<CollectionName, Record<string, RecordStamps>>>;
  deleted: Partial<Record<CollectionName, Record<string, Stamp>>>;
  conflicts: Conflict[];
}

/** A group's data and its sync section: what one device holds, and what one file holds. */
export interface Replica {
  workspace: Workspace;
  sync: SyncState;
}

type WorkspacePart = keyof typeof workspaceSchema.shape;

/** The workspace's lists of records with an id; each is merged record by record. */
export const LIST_NAMES = (Object.keys(workspaceSchema.shape) as WorkspacePart[]).filter((part) => listShape(part) !== null) as ListName[];
export type ListName = Exclude<WorkspacePart, 'schemaVersion' | 'group'>;
/** `group` is merged as one record (with the id `group`), field by field, and can never be deleted. */
export type CollectionName = ListName | 'group';
export const GROUP_RECORD_ID = 'group';
export const COLLECTION_NAMES: readonly CollectionName[] = ['group', ...LIST_NAMES];

export function emptySyncState(): SyncState {
  return { seen: {}, devices: {}, stamps: {}, deleted: {}, conflicts: [] };
}

/** The fields of a record in the schema's order: merged records are built in it, so both devices write the same bytes. */
export function fieldOrderOf(collection: CollectionName): readonly string[] {
  const shape = collection === 'group' ? unwrapObject(workspaceSchema.shape.group) : listShape(collection);
  return shape ? Object.keys(shape) : [];
}

function listShape(part: WorkspacePart): Record<string, unknown> | null {
  const schema = unwrapDefault(workspaceSchema.shape[part] as z.ZodType);
  return schema instanceof z.ZodArray ? unwrapObject(schema.element as z.ZodType) : null;
}

function unwrapObject(schema: z.ZodType): Record<string, unknown> | null {
  const inner = unwrapDefault(schema);
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, unknown>) : null;
}

function unwrapDefault(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
}

const stamp = z.custom<Stamp>(isStamp);
const stampOrOrigin = z.custom<Stamp>((value) => value === ORIGIN || isStamp(value));
const recordId = z.string().min(1).max(64);
const collection = z.enum(COLLECTION_NAMES as [CollectionName, ...CollectionName[]]);
const perCollection = <T extends z.ZodType>(value: T) => z.partialRecord(collection, z.record(recordId, value));
const side = z.object({ stamp: stampOrOrigin, value: z.unknown().optional() });

/** The section as read from a file; anything it cannot trust makes the whole file invalid (quarantined, never merged). */
export const syncStateSchema = z.object({
  seen: z.record(z.string(), stamp).default({}),
  devices: z.record(z.string(), z.object({ name: z.string().max(200), at: stamp })).default({}),
  stamps: perCollection(z.object({ created: stamp.optional(), fields: z.record(z.string(), stamp).optional() })).default({}),
  deleted: perCollection(stamp).default({}),
  conflicts: z
    .array(
      z.object({
        id: z.string().min(1).max(1000),
        collection,
        recordId,
        field: z.string().min(1).max(100),
        kept: side,
        other: side,
        resolvedAt: stamp.optional(),
      }),
    )
    .default([]),
}) satisfies z.ZodType<SyncState, unknown>;
