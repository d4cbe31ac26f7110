// Which bytes of each group file this app has already validated: the hash of what it last wrote or validated, kept
// at close in a hidden file beside the group files. An open whose bytes hash to the recorded value skips validation:
// those exact bytes were checked (or written from checked data) by a store with the same rules, so checking them
// again cannot change the verdict, and it was most of an open's time (~30 ms and a second copy of 5 MB to collect).
// Anything else is validated in full: a file changed since (by anyone), a record from a store with other rules (the
// fingerprint), a missing or damaged record. The record is only ever a shortcut, so failing to write it is harmless.
// Whoever can write the folder could also name a damaged file's hash in it and so skip its quarantine; the same person
// can already change every group file, so this opens no new way in, but it is why only the store writes the record.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { workspaceSchema } from '../domain/model';
import { durableWrite, type DurableWriteContext } from './durable-write';

export const VERIFIED_RECORD_FILE_NAME = '.netvaerk-verified.json';

/**
 * Raise when a rule changes that the schema's JSON form does not show: what a transform does (text cleaning) or a
 * check inside one (text lengths).
 */
const VALIDATION_REVISION = 1;

/** The rules a recorded hash was validated under: the workspace schema's JSON form and the revision above. */
export const VALIDATION_FINGERPRINT = createHash('sha256')
  .update(JSON.stringify(z.toJSONSchema(workspaceSchema, { io: 'input', unrepresentable: 'any' })))
  .update(`revision ${VALIDATION_REVISION}`)
  .digest('hex');

const recordSchema = z.object({
  fingerprint: z.string(),
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});

/** File name → SHA-256 of its validated bytes; empty when there is no usable record for these rules. */
export async function readVerifiedRecord(context: DurableWriteContext, folder: string): Promise<Map<string, string>> {
  try {
    const bytes = await context.fs.readFile(path.join(folder, VERIFIED_RECORD_FILE_NAME));
    const record = recordSchema.parse(JSON.parse(Buffer.from(bytes).toString('utf8')));
    return record.fingerprint === VALIDATION_FINGERPRINT ? new Map(Object.entries(record.files)) : new Map();
  } catch {
    return new Map();
  }
}

export async function writeVerifiedRecord(context: DurableWriteContext, folder: string, files: ReadonlyMap<string, string>): Promise<void> {
  const record = { fingerprint: VALIDATION_FINGERPRINT, files: Object.fromEntries(files) };
  await durableWrite(path.join(folder, VERIFIED_RECORD_FILE_NAME), `${JSON.stringify(record, null, 2)}\n`, context).catch(() => undefined);
}
