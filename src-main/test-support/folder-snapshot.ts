// A fingerprint of every file under a folder, to prove that an operation wrote nothing.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export async function snapshotFolder(root: string): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    snapshot[path.relative(root, full)] = createHash('sha256').update(await readFile(full)).digest('hex');
  }
  return snapshot;
}
