// The problems list outlives a restart: a file set aside as corrupt, or our version kept beside someone else's, is
// still explained (with where its bytes are) the next time the folder opens, until the facilitator dismisses it or
// the kept file is gone. Kept in this device's own state for the folder (folder-state.ts), not in the shared folder:
// another device keeps its own list. It is advisory, so a missing or damaged record only means an empty list, and a
// failed write is tried again with the next change.
import path from 'node:path';
import { z } from 'zod';
import { entityId } from '../domain/text';
import type { WorkspaceProblem } from '../domain/views';
import { durableWrite, type DurableWriteContext } from './durable-write';
import { errorCode } from './fs-port';

/** Where older versions kept the list: in the shared folder. Such a file is ignored. */
export const LEGACY_PROBLEM_RECORD_FILE_NAME = '.netvaerk-problems.json';

// Shaped like what the store itself writes: an edited record must not send a restore to a path the store never uses.
const backupInfoSchema = z.object({
  id: z.string().regex(/^[0-9TZ-]+-[a-z0-9-]+\.json$/),
  groupId: entityId,
  groupName: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number(),
});

const problemSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(['corrupt', 'newerVersion', 'externalConflict']),
  fileName: z.string(),
  keptAt: z.string().nullable(),
  reason: z.string().max(64),
  detectedAt: z.string(),
  newestBackup: backupInfoSchema.nullable(),
});

// Each problem is checked on its own: one edited or damaged entry drops only itself.
const recordSchema = z.object({ version: z.literal(1), problems: z.array(z.unknown()) });

/** The recorded problems whose kept file is still there. */
export async function readProblemRecord(context: DurableWriteContext, recordPath: string, folder: string): Promise<WorkspaceProblem[]> {
  let text: string;
  try {
    text = Buffer.from(await context.fs.readFile(recordPath)).toString('utf8');
  } catch {
    return [];
  }
  let parsed: z.infer<typeof recordSchema>;
  try {
    parsed = recordSchema.parse(JSON.parse(text));
  } catch {
    return [];
  }
  const lasting: WorkspaceProblem[] = [];
  for (const entry of parsed.problems) {
    const checked = problemSchema.safeParse(entry);
    if (!checked.success) continue;
    const problem = checked.data;
    // Only what the store itself keeps in this folder: an edited record cannot point the UI anywhere else.
    const keptHere = problem.keptAt !== null && path.dirname(path.resolve(problem.keptAt)) === path.resolve(folder);
    if (keptHere && (await exists(context, problem.keptAt!))) lasting.push(problem);
  }
  return lasting;
}

/** Writes the list as it is now; writes are serialised and only the latest list matters. */
export function problemRecordWriter(context: DurableWriteContext, recordPath: string) {
  let chain: Promise<void> = Promise.resolve();
  let latest: WorkspaceProblem[] = [];
  let queued = false;
  return {
    save(problems: WorkspaceProblem[]): void {
      latest = problems;
      if (queued) return;
      queued = true;
      chain = chain.then(async () => {
        queued = false;
        const bytes = `${JSON.stringify({ version: 1, problems: latest }, null, 2)}\n`;
        await durableWrite(recordPath, bytes, context).catch(() => undefined);
      });
    },
    /** Resolves when every list handed to save() is on disk (or failed to be). */
    settled: (): Promise<void> => chain,
  };
}

async function exists(context: DurableWriteContext, filePath: string): Promise<boolean> {
  try {
    await context.fs.stat(filePath);
    return true;
  } catch (error) {
    return errorCode(error) !== 'ENOENT';
  }
}
