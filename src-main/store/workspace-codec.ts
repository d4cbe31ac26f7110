// Bytes ⇄ workspace: classifies what is on disk (empty, zeros, not JSON, invalid, newer), migrates and validates it.
import { Buffer, isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { CURRENT_SCHEMA_VERSION, workspaceSchema, type Workspace } from '../domain/model';
import { emptySyncState, syncStateSchema, type SyncState } from './merge/sync-state';
import { migrateToCurrent, OLDEST_SUPPORTED_VERSION, type RawWorkspace } from './migrations';
import { parseJsonInPieces } from './json-in-pieces';
import { freezeInSlices, validateInSlices, type DraftValidation } from './validate-changes';
import { encodeWorkspace } from './workspace-encoding';

export type CorruptReason = 'empty' | 'zeroFilled' | 'notJson' | 'invalidData';

export type DecodedWorkspace =
  | {
      kind: 'ok';
      workspace: Workspace;
      fromVersion: number;
      /** The file's sync section (store/merge/), kept apart from the data so the rest of the app never sees it. */
      sync: SyncState;
      /** False when the file had no sync section: written by an app that knows nothing of stamps (see receive()). */
      stamped: boolean;
      /**
       * True when the bytes hold exactly the data validation gave back, so validating them again would change nothing;
       * false when validation cleaned text, filled in defaults or reordered a record's keys (or it is not known). Only
       * bytes that are true here may be recorded as validated (verified-record.ts).
       */
      asValidated: boolean;
    }
  | { kind: 'corrupt'; reason: CorruptReason; groupId: string | null }
  | { kind: 'newerVersion'; version: number };

export function decodeWorkspace(bytes: Uint8Array): DecodedWorkspace {
  const read = readRaw(bytes);
  return read.kind === 'raw' ? verdictOf(read, workspaceSchema.safeParse(read.migrated)) : read;
}

/**
 * decodeWorkspace for a whole file at open: the same verdict, but parsing (one top-level list at a time) and
 * validation (a few milliseconds at a time) hand the event loop back, so other groups' opens and API calls keep
 * flowing: a 5 MB workspace took ~25 ms to parse and ~35 ms to validate in one go.
 */
export async function decodeWorkspaceInSlices(bytes: Uint8Array, options: { validatedBefore?: boolean } = {}): Promise<DecodedWorkspace> {
  const checked = checkBytes(bytes);
  if (checked) return checked;
  let parsed: unknown;
  try {
    parsed = await parseJsonInPieces(bytes, utf8BomLength(bytes), nextTurn);
  } catch {
    return corrupt('notJson');
  }
  const read = readParsed(parsed);
  if (read.kind !== 'raw') return read;
  // Bytes the caller knows were validated in the current version (see verified-record.ts) are taken as they are.
  if (options.validatedBefore && read.fromVersion === CURRENT_SCHEMA_VERSION) {
    return { ...okParts(read, true), workspace: await freezeInSlices(dataOf(read.migrated) as Workspace, nextTurn) };
  }
  // Validation compares each record it gives back with the record as read, and keeps the one read when they match.
  const validation = await validateInSlices(read.migrated, nextTurn, { keepInput: true });
  if (!validation.success) return verdictOf(read, validation);
  const asValidated = read.fromVersion === CURRENT_SCHEMA_VERSION && validation.asInput && sameEntries(dataOf(read.migrated), validation.data);
  return { ...okParts(read, asValidated), workspace: validation.data };
}

/**
 * Whether the file has the top-level entries validation gives back, and no others (validation drops unknown ones and
 * fills in missing lists). Their order is left out: validation puts them in the schema's order, files from elsewhere
 * (and the bench's) may hold them in another, and that changes no value.
 */
function sameEntries(read: Record<string, unknown>, validated: Workspace): boolean {
  const keys = Object.keys(validated);
  return Object.keys(read).length === keys.length && keys.every((key) => Object.hasOwn(read, key));
}

export { encodeWorkspace };

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface RawRead {
  kind: 'raw';
  migrated: RawWorkspace;
  fromVersion: number;
  groupId: string | null;
  sync: SyncState;
  stamped: boolean;
}

/** What the bytes alone tell: nothing there, zeros, or not UTF-8 text. */
function checkBytes(bytes: Uint8Array): Unusable | null {
  if (bytes.every(isWhitespaceByte)) return corrupt('empty');
  if (bytes.every((byte) => byte === 0 || isWhitespaceByte(byte))) return corrupt('zeroFilled');
  // isUtf8 is a strict check in native code (~1 ms for 5 MB, where a fatal TextDecoder took ~12 ms): a flipped bit
  // that breaks a character is caught here instead of becoming a replacement character in someone's name.
  if (!isUtf8(bytes)) return corrupt('notJson');
  return null;
}

/** Everything up to validation: text, JSON, a known version, migrated to the current one. */
function readRaw(bytes: Uint8Array): RawRead | Unusable {
  const checked = checkBytes(bytes);
  if (checked) return checked;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', utf8BomLength(bytes)));
  } catch {
    return corrupt('notJson');
  }
  return readParsed(parsed);
}

/** A parsed file: a workspace of a known version, migrated to the current one. */
function readParsed(parsed: unknown): RawRead | Unusable {
  const groupId = groupIdOf(parsed);
  if (!isRawWorkspace(parsed)) return corrupt('invalidData', groupId);
  if (parsed.schemaVersion > CURRENT_SCHEMA_VERSION) return { kind: 'newerVersion', version: parsed.schemaVersion };
  let migrated: RawWorkspace;
  try {
    migrated = migrateToCurrent(parsed);
  } catch {
    return corrupt('invalidData', groupId);
  }
  const stamped = parsed.sync !== undefined;
  // A section that does not parse cannot be merged with confidence: the file is treated like any invalid one.
  const sync = stamped ? syncStateSchema.safeParse(migrated.sync) : { success: true as const, data: emptySyncState() };
  if (!sync.success) return corrupt('invalidData', groupId);
  return { kind: 'raw', migrated, fromVersion: parsed.schemaVersion, groupId, sync: sync.data, stamped };
}

function verdictOf(read: RawRead, validation: Pick<Extract<DraftValidation, { success: true }>, 'success' | 'data'> | { success: false }): DecodedWorkspace {
  if (!validation.success) return corrupt('invalidData', read.groupId);
  return { ...okParts(read, false), workspace: validation.data };
}

function okParts(read: RawRead, asValidated: boolean) {
  return { kind: 'ok' as const, fromVersion: read.fromVersion, sync: read.sync, stamped: read.stamped, asValidated };
}

/** The workspace without its sync section. */
function dataOf(raw: RawWorkspace): Record<string, unknown> {
  const { sync: _sync, ...data } = raw;
  return data;
}

/** A byte-order mark some editors put first is not part of the JSON (a decoding TextDecoder dropped it too). */
function utf8BomLength(bytes: Uint8Array): number {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

/** SHA-256 of the bytes, given whole or in the pieces they were written in. */
export function contentHash(bytes: Uint8Array | readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const piece of bytes instanceof Uint8Array ? [bytes] : bytes) hash.update(piece);
  return hash.digest('hex');
}

type Unusable = Exclude<DecodedWorkspace, { kind: 'ok' }>;

function corrupt(reason: CorruptReason, groupId: string | null = null): Unusable {
  return { kind: 'corrupt', reason, groupId };
}

function isWhitespaceByte(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

function isRawWorkspace(value: unknown): value is RawWorkspace {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= OLDEST_SUPPORTED_VERSION;
}

/** The group id of a damaged but parseable file, to find its backups. */
function groupIdOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const group = (value as { group?: unknown }).group;
  if (typeof group !== 'object' || group === null) return null;
  const id = (group as { id?: unknown }).id;
  return typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}
