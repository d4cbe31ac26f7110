// This installation's identity, kept in its user-data folder: a device id (named in the shared folder's presence
// files, so other devices can tell who is there) and a secret that never leaves this device (it signs the record of
// validated files, so a record this device did not write is never trusted). Created once, on first use.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { durableWrite, makeFolderDurable, type DurableWriteContext } from './durable-write';
import { createExclusive } from './exclusive-create';
import { errorCode } from './fs-port';

export const DEVICE_FILE_NAME = 'device.json';

const identitySchema = z.object({
  version: z.literal(1),
  deviceId: z.string().regex(/^[0-9a-f]{16}$/),
  secret: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.string(),
});

export interface DeviceIdentity {
  id: string;
  secret: string;
}

export async function loadDeviceIdentity(context: DurableWriteContext, userDataDir: string): Promise<DeviceIdentity> {
  const filePath = path.join(userDataDir, DEVICE_FILE_NAME);
  // Read first: every start after the first finds it, and creating one costs an fsync.
  const known = await readIdentity(context, filePath);
  if (known) return known;
  await makeFolderDurable(context.fs, userDataDir);
  const fresh = {
    version: 1,
    deviceId: randomBytes(8).toString('hex'),
    secret: randomBytes(32).toString('hex'),
    createdAt: context.clock().toISOString(),
  } as const;
  const content = `${JSON.stringify(fresh, null, 2)}\n`;
  // Two processes starting at once on one user-data folder must end up with the same identity: the first one wins.
  if (await createExclusive(context.fs, filePath, content)) return { id: fresh.deviceId, secret: fresh.secret };
  const existing = await readIdentity(context, filePath);
  if (existing) return existing;
  // A damaged identity file: a new identity only costs a presence file that ages out and one full validation.
  await durableWrite(filePath, content, context);
  return { id: fresh.deviceId, secret: fresh.secret };
}

async function readIdentity(context: DurableWriteContext, filePath: string): Promise<DeviceIdentity | null> {
  try {
    const parsed = identitySchema.parse(JSON.parse(Buffer.from(await context.fs.readFile(filePath)).toString('utf8')));
    return { id: parsed.deviceId, secret: parsed.secret };
  } catch (error) {
    if (errorCode(error) && errorCode(error) !== 'ENOENT') throw error;
    return null;
  }
}

/** The name other devices see: the one chosen in settings, else the OS user's name. */
export function defaultDeviceName(): string {
  try {
    return os.userInfo().username || os.hostname();
  } catch {
    return os.hostname();
  }
}
