// One process per workspaces folder on this device. The lock lives in the device's own user-data folder
// (folder-state.ts), never in the shared folder: other devices are not locked out, they are merged with. A lock can
// never lock anyone out for ever: its owner renews it every heartbeat, and a lock from a dead process, from another
// machine (a copied or roaming user-data folder) or without a recent heartbeat (a hung process, or a reused PID) is
// taken over.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../domain/errors';
import { durableWrite, makeFolderDurable, syncFolder, type DurableWriteContext } from './durable-write';
import { createExclusive } from './exclusive-create';
import { errorCode, type FsPort } from './fs-port';

interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
  heartbeatAt: string;
  /** Tells our lock from a later owner's, even one with the same PID. */
  token: string;
}

export interface FolderLock {
  /** Renews the heartbeat; false when the lock is no longer ours (taken over after we stopped answering). */
  renew(): Promise<boolean>;
  release(): Promise<void>;
}

export interface FolderLockOptions {
  context: DurableWriteContext;
  /** The shared folder the lock is for, named in the refusal. */
  folder: string;
  /** Whether a process id is running on this machine; injectable for tests. */
  isProcessAlive?: (pid: number) => boolean;
  /** A lock whose heartbeat is older than this is stale even if its PID runs. */
  staleAfterMs: number;
}

const MAX_TAKEOVER_ATTEMPTS = 5;
const UNREADABLE_LOCK_GRACE_MS = 10_000;

export async function acquireFolderLock(lockPath: string, options: FolderLockOptions): Promise<FolderLock> {
  const { context, folder } = options;
  const { fs } = context;
  const isAlive = options.isProcessAlive ?? isProcessAlive;
  const now = context.clock().toISOString();
  let owner: LockOwner = { pid: process.pid, hostname: os.hostname(), startedAt: now, heartbeatAt: now, token: randomBytes(8).toString('hex') };
  let ownContent = JSON.stringify(owner);
  try {
    await makeFolderDurable(fs, path.dirname(lockPath));
  } catch (error) {
    throw new AppError('folderNotUsable', { folder, reason: errorCode(error) ?? 'unknown' });
  }

  for (let attempt = 0; attempt < MAX_TAKEOVER_ATTEMPTS; attempt += 1) {
    if (await tryCreate(fs, lockPath, ownContent, folder)) {
      await syncFolder(fs, path.dirname(lockPath));
      return {
        renew: async () => {
          if ((await readLock(fs, lockPath).catch(() => 'missing')) !== ownContent) return false;
          owner = { ...owner, heartbeatAt: context.clock().toISOString() };
          const next = JSON.stringify(owner);
          await durableWrite(lockPath, next, context);
          ownContent = next;
          return true;
        },
        release: () => releaseIfOurs(fs, lockPath, ownContent),
      };
    }
    const existing = await readLock(fs, lockPath);
    if (existing === 'missing') continue;
    const holder = parseOwner(existing);
    const stale =
      holder === null
        ? await isAbandonedUnreadableLock(fs, lockPath, context.clock())
        : isStale(holder, owner, context.clock(), options.staleAfterMs, isAlive);
    if (!stale) throw new AppError('workspaceLocked', { folder, pid: holder?.pid ?? 0 });
    await moveAsideIfUnchanged(fs, lockPath, existing);
  }
  throw new AppError('workspaceLocked', { folder, pid: 0 });
}

function isStale(holder: LockOwner, self: LockOwner, now: Date, staleAfterMs: number, isAlive: (pid: number) => boolean): boolean {
  if (holder.hostname !== self.hostname) return true;
  if (!isAlive(holder.pid)) return true;
  const heartbeat = Date.parse(holder.heartbeatAt);
  // Also a heartbeat far in the future (the clock was set back): no reading of the clock may keep a lock for ever.
  return !Number.isFinite(heartbeat) || Math.abs(now.getTime() - heartbeat) > staleAfterMs;
}

async function tryCreate(fs: FsPort, lockPath: string, content: string, folder: string): Promise<boolean> {
  try {
    return await createExclusive(fs, lockPath, content);
  } catch (error) {
    throw new AppError('folderNotUsable', { folder, reason: errorCode(error) ?? 'unknown' });
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
      return {
        pid: value.pid,
        hostname: value.hostname,
        startedAt: String(value.startedAt ?? ''),
        heartbeatAt: String(value.heartbeatAt ?? ''),
        token: String(value.token ?? ''),
      };
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
