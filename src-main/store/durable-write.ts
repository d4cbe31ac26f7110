// Atomic, durable file replacement: unique temp file in the same folder → fsync → rename over → fsync the folder.
// A reader (or a crash) sees the old bytes or the new bytes, never a mix, an empty file or zeros.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { errorCode, nodeFsPort, type FileHandlePort, type FileStamp, type FsPort } from './fs-port';

export interface DurableWriteContext {
  fs: FsPort;
  clock: () => Date;
  sleep: (ms: number) => Promise<void>;
  /** How long a rename refused by a lock holder (antivirus, sync client) is retried. */
  renameRetryWindowMs: number;
  /** Told once per refused rename attempt, so the UI can show "retrying". */
  onRenameRetry?: (error: unknown) => void;
}

/** Codes Windows gives while another program holds the file open; they go away when it lets go. */
const TRANSIENT_RENAME_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** Codes with which an OS refuses to fsync a folder (Windows cannot open one); the rename is still atomic there. */
const FOLDER_SYNC_UNSUPPORTED_CODES = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'EACCES']);

const FIRST_RETRY_DELAY_MS = 50;
const MAX_RETRY_DELAY_MS = 2_000;

export function tempFileNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export function isTempFileName(fileName: string): boolean {
  return fileName.startsWith('.') && fileName.endsWith('.tmp');
}

/** What a durable write takes: text, bytes, or bytes in pieces (written in order with one writev). */
export type WriteData = string | Uint8Array | readonly Uint8Array[];

/** Returns the stamp of the file written: the rename keeps inode, size and modification time. */
export async function durableWrite(target: string, data: WriteData, context: DurableWriteContext): Promise<FileStamp> {
  const { fs } = context;
  const temp = tempFileNameFor(target);
  let handle: FileHandlePort | undefined;
  let stamp: FileStamp;
  try {
    handle = await fs.open(temp, 'wx');
    await writeAll(handle, data);
    await handle.sync();
    stamp = await handle.stat();
    const closing = handle;
    handle = undefined;
    await closing.close();
    await renameWithRetry(temp, target, context);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(fs, path.dirname(target));
  return stamp;
}

async function writeAll(handle: FileHandlePort, data: WriteData): Promise<void> {
  if (typeof data === 'string' || data instanceof Uint8Array) return handle.writeFile(data);
  const pieces = [...data];
  const total = pieces.reduce((sum, piece) => sum + piece.byteLength, 0);
  const { bytesWritten } = await handle.writev(pieces);
  // A short write (a full disk usually fails instead) is finished from where it stopped.
  if (bytesWritten < total) await handle.writeFile(Buffer.concat(pieces).subarray(bytesWritten));
}

/** rename, retried with backoff (50 ms doubling to 2 s) while a lock holder refuses it, for up to the window. */
export async function renameWithRetry(from: string, to: string, context: DurableWriteContext): Promise<void> {
  const startedAt = context.clock().getTime();
  let delay = FIRST_RETRY_DELAY_MS;
  for (;;) {
    try {
      await context.fs.rename(from, to);
      return;
    } catch (error) {
      const code = errorCode(error);
      const elapsed = context.clock().getTime() - startedAt;
      if (code === undefined || !TRANSIENT_RENAME_CODES.has(code) || elapsed >= context.renameRetryWindowMs) throw error;
      context.onRenameRetry?.(error);
      await context.sleep(Math.min(delay, context.renameRetryWindowMs - elapsed));
      delay = Math.min(delay * 2, MAX_RETRY_DELAY_MS);
    }
  }
}

/** Makes a rename in `folder` itself durable. Skipped silently where the OS refuses to open a folder for sync. */
export async function syncFolder(fs: FsPort, folder: string): Promise<void> {
  let handle: FileHandlePort;
  try {
    handle = await fs.open(folder, 'r');
  } catch (error) {
    if (FOLDER_SYNC_UNSUPPORTED_CODES.has(errorCode(error) ?? '')) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED_CODES.has(errorCode(error) ?? '')) throw error;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * mkdir -p that survives a power cut: each folder it creates is fsynced in its parent, since a file fsynced inside a
 * folder whose own entry was never made durable can vanish with that folder.
 */
export async function makeFolderDurable(fs: FsPort, folder: string): Promise<void> {
  const target = path.resolve(folder);
  const first = await fs.mkdir(target, { recursive: true });
  // Node answers the first folder it created, or undefined when all of them existed.
  if (typeof first !== 'string') return;
  const created: string[] = [];
  for (let level = target; ; level = path.dirname(level)) {
    created.push(level);
    if (level === path.resolve(first) || path.dirname(level) === level) break;
  }
  for (const level of created.reverse()) await syncFolder(fs, path.dirname(level));
}

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The durable write with the real file system and clock, for callers outside the store (saved exports). */
export async function writeFileDurably(target: string, data: WriteData): Promise<void> {
  await durableWrite(target, data, { fs: nodeFsPort, clock: () => new Date(), sleep: realSleep, renameRetryWindowMs: 60_000 });
}
