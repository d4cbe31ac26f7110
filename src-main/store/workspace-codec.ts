// Bytes ⇄ workspace: classifies what is on disk (empty, zeros, not JSON, invalid, newer), migrates and validates it.
import { createHash } from 'node:crypto';
import { CURRENT_SCHEMA_VERSION, workspaceSchema, type Workspace } from '../domain/model';
import { migrateToCurrent, OLDEST_SUPPORTED_VERSION, type RawWorkspace } from './migrations';

export type CorruptReason = 'empty' | 'zeroFilled' | 'notJson' | 'invalidData';

export type DecodedWorkspace =
  | { kind: 'ok'; workspace: Workspace; fromVersion: number }
  | { kind: 'corrupt'; reason: CorruptReason; groupId: string | null }
  | { kind: 'newerVersion'; version: number };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeWorkspace(bytes: Uint8Array): DecodedWorkspace {
  if (bytes.every(isWhitespaceByte)) return corrupt('empty');
  if (bytes.every((byte) => byte === 0 || isWhitespaceByte(byte))) return corrupt('zeroFilled');
  let parsed: unknown;
  try {
    parsed = JSON.parse(strictUtf8.decode(bytes));
  } catch {
    return corrupt('notJson');
  }
  const groupId = groupIdOf(parsed);
  if (!isRawWorkspace(parsed)) return corrupt('invalidData', groupId);
  if (parsed.schemaVersion > CURRENT_SCHEMA_VERSION) return { kind: 'newerVersion', version: parsed.schemaVersion };
  let migrated: RawWorkspace;
  try {
    migrated = migrateToCurrent(parsed);
  } catch {
    return corrupt('invalidData', groupId);
  }
  const result = workspaceSchema.safeParse(migrated);
  if (!result.success) return corrupt('invalidData', groupId);
  return { kind: 'ok', workspace: result.data, fromVersion: parsed.schemaVersion };
}

export function encodeWorkspace(workspace: Workspace): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(workspace, null, 2)}\n`);
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function corrupt(reason: CorruptReason, groupId: string | null = null): DecodedWorkspace {
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
