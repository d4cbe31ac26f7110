// What listing found in each snapshot, kept beside the snapshots (`.backups/<group>/summaries.json`) so that a later
// session lists a group's backups with a stat per snapshot instead of decoding every 5 MB file again (~80 ms of CPU
// each, and the list is asked for whenever a group's overview opens). A summary counts only while its snapshot's size
// and modification time are unchanged, and only for the schema version that checked it; a damaged file is ignored.
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION } from '../domain/model';

export const SUMMARIES_FILE_NAME = 'summaries.json';

/** A snapshot's size and modification time when it was checked, and its group, or null when it did not decode. */
export interface SnapshotSummary {
  size: number;
  mtimeMs: number;
  group: { id: string; name: string } | null;
  /** SHA-256 of the snapshot, kept when the store wrote it: tells whether it holds given bytes without reading it. */
  sha256?: string | undefined;
}

const summariesFileSchema = z.object({
  schemaVersion: z.number(),
  snapshots: z.array(
    z.object({
      id: z.string(),
      size: z.number(),
      mtimeMs: z.number(),
      group: z.object({ id: z.string(), name: z.string() }).nullable(),
      sha256: z.string().optional(),
    }),
  ),
});

/** The summaries in a summaries file, by snapshot id; none when the file is unreadable or from another schema version. */
export function decodeSummaries(bytes: Uint8Array): Map<string, SnapshotSummary> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return new Map();
  }
  const file = summariesFileSchema.safeParse(parsed);
  if (!file.success || file.data.schemaVersion !== CURRENT_SCHEMA_VERSION) return new Map();
  return new Map(file.data.snapshots.map(({ id, ...summary }) => [id, summary]));
}

export function encodeSummaries(summaries: ReadonlyMap<string, SnapshotSummary>): string {
  const snapshots = [...summaries].map(([id, summary]) => ({ id, ...summary }));
  return `${JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, snapshots })}\n`;
}
