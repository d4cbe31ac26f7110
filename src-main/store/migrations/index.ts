// Chains the one-step migrations so a file of any older version reaches CURRENT_SCHEMA_VERSION, one step at a time.
import { CURRENT_SCHEMA_VERSION } from '../../domain/model';
import type { Migration, RawWorkspace } from './raw-workspace';
import { migrateV1ToV2 } from './v1-to-v2';
import { migrateV2ToV3 } from './v2-to-v3';
import { migrateV3ToV4 } from './v3-to-v4';

/** MIGRATIONS[n] turns a version n file into a version n + 1 file. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: migrateV1ToV2,
  2: migrateV2ToV3,
  3: migrateV3ToV4,
};

export const OLDEST_SUPPORTED_VERSION = 1;

/** Migrates `raw` to the current version; throws if a step is missing (the file is then treated as invalid data). */
export function migrateToCurrent(raw: RawWorkspace): RawWorkspace {
  let current = raw;
  while (current.schemaVersion < CURRENT_SCHEMA_VERSION) {
    const step = MIGRATIONS[current.schemaVersion];
    if (!step) throw new Error(`No migration from schema version ${current.schemaVersion}`);
    const next = step(current);
    if (next.schemaVersion !== current.schemaVersion + 1) throw new Error('A migration must raise the version by one');
    current = next;
  }
  return current;
}

export type { RawWorkspace } from './raw-workspace';
