// The renderer's hashed files, read once when the web host starts and then served from memory. At start the host's
// one thread also opens every group (tens of milliseconds of parsing per file on a slow machine), and a file streamed
// from disk waits for a turn of the event loop at every step (stat, open, each 64 kB read); the first page's twenty
// scripts then arrived over ~0.9 s. Held, each is one write. Only `assets/` is held: its names change with their
// content, so a rebuild while the host runs is served from disk under the new names, and index.html always is.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const HELD_FOLDER = 'assets';

/** The files directly in `rendererDir/assets`, by absolute path; none when the folder is missing (a bare test setup). */
export async function readHeldAssets(rendererDir: string): Promise<ReadonlyMap<string, Buffer>> {
  const folder = path.join(rendererDir, HELD_FOLDER);
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(folder, entry.name));
  return new Map(await Promise.all(files.map(async (file) => [file, await readFile(file)] as const)));
}
