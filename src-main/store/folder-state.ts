// Where this device keeps its own bookkeeping about one workspaces folder: `<userData>/folders/<key>/`, the key taken
// from the folder's real path. The lock, the record of validated files and the problem list live there, not in the
// (possibly synced) folder: they describe this device only, and a sync client mixing versions must not touch them.
import { createHash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import path from 'node:path';

export const FOLDER_STATES_DIR_NAME = 'folders';

export interface FolderStatePaths {
  dir: string;
  lock: string;
  verified: string;
  problems: string;
}

/** The folder's identity on this device: its real path (links resolved), case-folded where the OS ignores case. */
export async function folderKey(folder: string): Promise<string> {
  let real = path.resolve(folder);
  try {
    real = await realpath(folder);
  } catch {
    // not there (yet): its resolved path is the best name it has
  }
  if (process.platform === 'win32' || process.platform === 'darwin') real = real.toLowerCase();
  return createHash('sha256').update(real).digest('hex').slice(0, 24);
}

export async function folderStatePaths(userDataDir: string, folder: string): Promise<FolderStatePaths> {
  const dir = path.join(userDataDir, FOLDER_STATES_DIR_NAME, await folderKey(folder));
  return {
    dir,
    lock: path.join(dir, 'lock.json'),
    verified: path.join(dir, 'verified.json'),
    problems: path.join(dir, 'problems.json'),
  };
}
