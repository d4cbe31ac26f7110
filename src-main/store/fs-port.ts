// The slice of the file system the store uses, as one injectable object: tests wrap it to watch the order of calls
// and to inject faults (ENOSPC, a rename held by an antivirus). Everything here is asynchronous.
import { watch as watchFolder } from 'node:fs';
import * as fsp from 'node:fs/promises';

/** What tells one version of a file from another without reading it: a replacement has another inode, a rewrite in
 * place another modification time (nanosecond-based on the file systems the app targets) or size. */
export interface FileStamp {
  ino: number;
  size: number;
  mtimeMs: number;
}

export interface FileHandlePort {
  writeFile(data: string | Uint8Array): Promise<void>;
  /** Writes the buffers in order from the current position; resolves with how many bytes went out. */
  writev(buffers: Uint8Array[]): Promise<{ bytesWritten: number }>;
  stat(): Promise<FileStamp>;
  /** fsync: the bytes (and the size) reach the disk before this resolves. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FolderWatcher {
  close(): void;
}

export interface FsPort {
  open(path: string, flags: 'wx' | 'r'): Promise<FileHandlePort>;
  rename(from: string, to: string): Promise<void>;
  /** Hard link; fails with EEXIST if `to` exists, which makes it an atomic "create with this content". */
  link(existing: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<FileStamp & { isDirectory(): boolean }>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  /** Calls `onChange` when something in the folder may have changed; the store debounces and re-checks itself. */
  watch(folder: string, onChange: () => void): FolderWatcher;
}

export const nodeFsPort: FsPort = {
  open: (path, flags) => fsp.open(path, flags),
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, to) => fsp.link(existing, to),
  unlink: (path) => fsp.unlink(path),
  readFile: (path) => fsp.readFile(path),
  readdir: (path) => fsp.readdir(path),
  stat: (path) => fsp.stat(path),
  mkdir: (path, options) => fsp.mkdir(path, options),
  watch: (folder, onChange) => {
    const watcher = watchFolder(folder, { persistent: false }, () => onChange());
    // A watcher error (folder removed, too many watches) must not crash the app; the hash check before writes remains.
    watcher.on('error', () => watcher.close());
    return watcher;
  },
};

/** A zero inode means the file system has none to give (some network and FAT drives): then the stamp proves nothing. */
export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.ino !== 0 && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** The error code of a Node system error, or undefined. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}
