// One writer per workspace folder: `<folder>/.netvaerk.lock`, created exclusively; a crashed owner's lock is taken over.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../domain/errors';
import { syncFolder, tempFileNameFor } from './durable-write';
import { errorCode, type FsPort } from './fs-port';

export const LOCK_FILE_NAME = '.netvaerk.lock';

interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
}

export interface FolderLock {
  release(): Promise<void>;
}

export interface FolderLockOptions {
  fs: FsPort;
  clock: () => Date;
  /** Whether a process id is running on this machine; injectable for tests. */
  isProcessAlive?: (pid: number) => boolean;
}

const MAX_TAKEOVER_ATTEMPTS = 5;
const UNREADABLE_LOCK_GRACE_MS = 10_000;

export async function acquireFolderLock(folder: string, options: FolderLockOptions): Promise<FolderLock> {
  const { fs } = options;
  const lockPath = path.join(folder, LOCK_FILE_NAME);
  const isAlive = options.isProcessAlive ?? isProcessAlive;
  const owner: LockOwner = { pid: process.pid, hostname: os.hostname(), startedAt: options.clock().toISOString() };
  const ownContent = JSON.stringify(owner);

  for (let attempt = 0; attempt < MAX_TAKEOVER_ATTEMPTS; attempt += 1) {
    if (await tryCreate(fs, lockPath, ownContent)) {
      await syncFolder(fs, folder);
      return { release: () => releaseIfOurs(fs, lockPath, ownContent) };
    }
    const existing = await readLock(fs, lockPath);
    if (existing === 'missing') continue;
    const holder = parseOwner(existing);
    const stale =
      holder === null
        ? await isAbandonedUnreadableLock(fs, lockPath, options.clock())
        : holder.hostname === owner.hostname && !isAlive(holder.pid);
    if (!stale) throw new AppError('workspaceLocked', { folder, pid: holder?.pid ?? 0 });
    await moveAsideIfUnchanged(fs, lockPath, existing);
  }
  throw new AppError('workspaceLocked', { folder, pid: 0 });
}

/** File systems without hard links (FAT/exFAT drives, some network shares) answer link() with one of these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Creates the lock with its full content in one step: the content is written and flushed to a temp file first and then
 * hard-linked to the lock name, so no other process can ever read a half-written lock and think it stale. Where hard
 * links are not supported, the lock is created exclusively in place ('wx') instead.
 */
async function tryCreate(fs: FsPort, lockPath: string, content: string): Promise<boolean> {
  const temp = tempFileNameFor(lockPath);
  try {
    await writeNew(fs, temp, content);
    try {
      await fs.link(temp, lockPath);
    } catch (error) {
      if (!NO_HARD_LINKS.has(errorCode(error) ?? '')) throw error;
      await writeNew(fs, lockPath, content);
    }
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw new AppError('folderNotUsable', { folder: path.dirname(lockPath), reason: errorCode(error) ?? 'unknown' });
  } finally {
    await fs.unlink(temp).catch(() => undefined);
  }
}

async function writeNew(fs: FsPort, filePath: string, content: string): Promise<void> {
  const handle = await fs.open(filePath, 'wx');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A lock we cannot parse was either damaged or (without hard links) is being written right now by its owner;
 * only an old one is treated as abandoned.
 */
async function isAbandonedUnreadableLock(fs: FsPort, lockPath: string, now: Date): Promise<boolean> {
  try {
    return now.getTime() - (await fs.stat(lockPath)).mtimeMs > UNREADABLE_LOCK_GRACE_MS;
  } catch {
    return false;
  }
}

async function readLock(fs: FsPort, lockPath: string): Promise<string | 'missing'> {
  try {
    return new TextDecoder().decode(await fs.readFile(lockPath));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'missing';
    throw error;
  }
}

/**
 * Removes a stale lock without ever removing a live one: the lock is first renamed to a unique name, and only if the
 * moved file still holds the stale content we judged is it deleted; otherwise (another process took over between our
 * read and our rename) it is put back.
 */
async function moveAsideIfUnchanged(fs: FsPort, lockPath: string, staleContent: string): Promise<void> {
  const aside = `${lockPath}.stale-${randomBytes(4).toString('hex')}`;
  try {
    await fs.rename(lockPath, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  const moved = await readLock(fs, aside);
  if (moved === staleContent) {
    await fs.unlink(aside).catch(() => undefined);
    return;
  }
  await fs.rename(aside, lockPath);
}

async function releaseIfOurs(fs: FsPort, lockPath: string, ownContent: string): Promise<void> {
  const current = await readLock(fs, lockPath).catch(() => 'missing');
  if (current === ownContent) await fs.unlink(lockPath).catch(() => undefined);
}

function parseOwner(content: string): LockOwner | null {
  try {
    const value = JSON.parse(content) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.hostname === 'string') {
      return { pid: value.pid, hostname: value.hostname, startedAt: String(value.startedAt ?? '') };
    }
  } catch {
    // fall through: unreadable
  }
  return null;
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user — still alive.
    return errorCode(error) !== 'ESRCH';
  }
}
