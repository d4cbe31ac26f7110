// What each name in a workspace folder is: a group file to open, or something the scan must leave alone.
import path from 'node:path';
import { isTempFileName } from './durable-write';
import { fileStamp } from './file-stamps';
import { errorCode, type FsPort } from './fs-port';
import { LOCK_FILE_NAME } from './folder-lock';

const SET_ASIDE = /\.(corrupt|conflict)-[^/\\]*\.json$/i;

export function isGroupFileName(fileName: string): boolean {
  if (!fileName.toLowerCase().endsWith('.json')) return false;
  if (fileName.startsWith('.')) return false; // temp files, the lock, the backups folder, OS files
  return !SET_ASIDE.test(fileName);
}

/** Temp files a killed writer left behind; safe to delete once we hold the lock (another opener's lock temp is not). */
export function isOwnLeftover(fileName: string): boolean {
  return isTempFileName(fileName) && !fileName.startsWith(`.${LOCK_FILE_NAME}`);
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
