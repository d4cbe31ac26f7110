// What each name in a workspace folder is: a group file to open, or something the scan must leave alone.
import path from 'node:path';
import { isTempFileName } from './durable-write';
import { fileStamp } from './file-stamps';
import { errorCode, type FsPort } from './fs-port';

const SET_ASIDE = /\.(corrupt|conflict)-[^/\\]*\.json$/i;

export function isGroupFileName(fileName: string): boolean {
  if (!fileName.toLowerCase().endsWith('.json')) return false;
  if (fileName.startsWith('.')) return false; // temp files, the lock, the backups folder, OS files
  return !SET_ASIDE.test(fileName);
}

/**
 * A temp file this old was left by a killed writer: a live one renames its temp file within seconds (or gives up
 * after the ~60 s rename retry). The folder is shared, so a younger one may be another device's write in progress.
 */
export const LEFTOVER_AGE_MS = 10 * 60_000;

/** Removes the temp files killed writers left in `folder` (the folder itself may be missing). */
export async function removeLeftovers(fs: FsPort, folder: string, now: Date): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return;
  }
  for (const fileName of names) {
    if (!isTempFileName(fileName)) continue;
    const filePath = path.join(folder, fileName);
    try {
      if (now.getTime() - (await fs.stat(filePath)).mtimeMs > LEFTOVER_AGE_MS) await fs.unlink(filePath);
    } catch {
      // gone already, or held by another program: the next open tries again
    }
  }
}

/** `netværk.json` → `netværk`. */
export function stemOf(fileName: string): string {
  return fileName.replace(/\.json$/i, '');
}

/** `<stem>.<kind>-<timestamp>.json` in `folder`, never the name of an existing file (a rename would replace it). */
export async function freeAsideName(
  fs: FsPort,
  folder: string,
  fileName: string,
  kind: 'corrupt' | 'conflict',
  now: Date,
): Promise<string> {
  const base = `${stemOf(fileName)}.${kind}-${fileStamp(now)}`;
  for (let counter = 1; ; counter += 1) {
    const candidate = path.join(folder, counter === 1 ? `${base}.json` : `${base}-${counter}.json`);
    try {
      await fs.stat(candidate);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return candidate;
      throw error;
    }
  }
}
