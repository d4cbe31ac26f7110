// Which bytes of each group file this app has already validated: the hash of what it last wrote or validated, kept
// at close in this device's own state for the folder (folder-state.ts), never in the shared folder. An open whose bytes hash to the recorded value skips validation:
// those exact bytes were checked (or written from checked data) by a store with the same rules, so checking them
// again cannot change the verdict, and it was most of an open's time (~30 ms and a second copy of 5 MB to collect).
// Anything else is validated in full: a file changed since (by anyone), a record from a store with other rules (the
// fingerprint), a missing, damaged or unsigned record. The record is only ever a shortcut, so failing to write it is
// harmless. It is signed with the device's secret (device-identity.ts): a record naming a damaged file's hash would
// skip that file's quarantine and let invalid data into the app, so a record this device did not write (copied,
// edited, from an older version in the shared folder) is never trusted: any doubt means validating in full.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { workspaceSchema } from '../domain/model';
import { durableWrite, type DurableWriteContext } from './durable-write';

/** Where older versions kept the record: in the shared folder. Such a file is never read, and removed at open. */
export const LEGACY_VERIFIED_RECORD_FILE_NAME = '.netvaerk-verified.json';

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
  signature: z.string().regex(/^[0-9a-f]{64}$/),
});

/** File name → SHA-256 of its validated bytes; empty when there is no usable record for these rules and this device. */
export async function readVerifiedRecord(context: DurableWriteContext, recordPath: string, secret: string): Promise<Map<string, string>> {
  try {
    const bytes = await context.fs.readFile(recordPath);
    const record = recordSchema.parse(JSON.parse(Buffer.from(bytes).toString('utf8')));
    const expected = Buffer.from(signatureOf(secret, record.fingerprint, record.files), 'hex');
    if (!timingSafeEqual(expected, Buffer.from(record.signature, 'hex'))) return new Map();
    return record.fingerprint === VALIDATION_FINGERPRINT ? new Map(Object.entries(record.files)) : new Map();
  } catch {
    return new Map();
  }
}

export async function writeVerifiedRecord(
  context: DurableWriteContext,
  recordPath: string,
  secret: string,
  files: ReadonlyMap<string, string>,
): Promise<void> {
  const entries = Object.fromEntries(files);
  const record = { fingerprint: VALIDATION_FINGERPRINT, files: entries, signature: signatureOf(secret, VALIDATION_FINGERPRINT, entries) };
  await durableWrite(recordPath, `${JSON.stringify(record, null, 2)}\n`, context).catch(() => undefined);
}

/** Over the fields in a fixed order, so the same record always has the same signature. */
function signatureOf(secret: string, fingerprint: string, files: Record<string, string>): string {
  const ordered = Object.keys(files)
    .sort()
    .map((name) => [name, files[name]]);
  return createHmac('sha256', secret).update(JSON.stringify([fingerprint, ordered])).digest('hex');
}
