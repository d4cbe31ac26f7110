// Creates a small file with its full content in one step, or reports that it exists: the lock and the device identity
// both need "first one wins, and nobody ever reads it half-written".
import { tempFileNameFor } from './durable-write';
import { errorCode, type FsPort } from './fs-port';

/** File systems without hard links (FAT/exFAT drives, some network shares) answer link() with one of these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * True when the file was created with `content`, false when a file of that name exists. The content is written and
 * flushed to a temp file first and then hard-linked to the name, so no other process can read a half-written file;
 * where hard links are not supported, the file is created exclusively in place ('wx') instead. Other errors throw.
 */
export async function createExclusive(fs: FsPort, filePath: string, content: string): Promise<boolean> {
  const temp = tempFileNameFor(filePath);
  try {
    await writeNew(fs, temp, content);
    try {
      await fs.link(temp, filePath);
    } catch (error) {
      if (!NO_HARD_LINKS.has(errorCode(error) ?? '')) throw error;
      await writeNew(fs, filePath, content);
    }
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
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
