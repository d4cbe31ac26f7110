// Version 3 → 4: the sync section arrived (store/merge/sync-state.ts), so files changed on two devices can be merged.
// An empty section says "everything here is from before stamps existed": each value carries the lowest stamp, which
// any later change outranks and which every device counts as seen. Raising the version also makes an older app refuse
// the file instead of writing it back without its stamps and tombstones.
import type { RawWorkspace } from './raw-workspace';

export function migrateV3ToV4(raw: RawWorkspace): RawWorkspace {
  return { sync: { seen: {}, devices: {}, stamps: {}, deleted: {}, conflicts: [] }, ...raw, schemaVersion: 4 };
}
