// lowdb adapter for one group file: read = read + classify + migrate + validate; write = durable write.
// It remembers which version of the file is its own (the bytes last read or written, and the file's stamp), so the
// store can tell its own file from someone else's: by the stamp when it can (no read), by the content hash otherwise.
import type { Adapter } from 'lowdb';
import type { Workspace } from '../domain/model';
import { durableWrite, type DurableWriteContext } from './durable-write';
import { errorCode, sameStamp, type FileStamp } from './fs-port';
import { emptySyncState, type Replica, type SyncState } from './merge/sync-state';
import { contentHash, decodeWorkspaceInSlices, type DecodedWorkspace } from './workspace-codec';
import { encodeWorkspacePieces } from './workspace-encoding';

/** A file's bytes with their hash and the stamp the file had just before they were read. */
export interface StampedRead {
  stamp: FileStamp | null;
  bytes: Uint8Array;
  hash: string;
}

/** Thrown by read() when the file is not a usable workspace; carries the bytes so they can be kept. */
export class UnusableWorkspaceFile extends Error {
  constructor(
    readonly decoded: Exclude<DecodedWorkspace, { kind: 'ok' }>,
    readonly bytes: Uint8Array,
  ) {
    super(`Unusable workspace file: ${decoded.kind}`);
    this.name = 'UnusableWorkspaceFile';
  }
}

export interface ReadDetails {
  bytes: Uint8Array;
  fromVersion: number;
}

interface OwnVersion {
  /** The file's bytes, in the pieces they were read or written in. */
  pieces: readonly Uint8Array[];
  /** The file's stamp while it held these bytes; null when unknown (then the next check compares content). */
  stamp: FileStamp | null;
  /** Computed when first needed: most saves are checked by stamp alone and never need it. */
  hash: string | null;
  /** Whether the bytes hold exactly validated data: written by this store, or read and unchanged by validation. */
  asValidated: boolean;
}

export class WorkspaceFileAdapter implements Adapter<Workspace> {
  /** The raw bytes and original version of the last read, for the pre-migration backup. */
  lastRead: ReadDetails | null = null;
  /** Told when a rename of this file is refused and retried (another program holds it). */
  onRenameRetry: (() => void) | undefined;
  /** The sync section that goes with lowdb's data: read with it, written with it (see store/merge/). */
  sync: SyncState = emptySyncState();
  /** The data and sync section of this process's own version of the file: what a merge finds unstamped edits against. */
  base: Replica | null = null;
  private own: OwnVersion | null = null;

  constructor(
    public filePath: string,
    private readonly context: DurableWriteContext,
  ) {}

  /** Hash of the bytes this process last read from or wrote to the file; null before the first. */
  get knownHash(): string | null {
    if (!this.own) return null;
    this.own.hash ??= contentHash(this.own.pieces);
    return this.own.hash;
  }

  /**
   * The hash of the bytes last read or written, if they hold exactly validated data (see verified-record.ts); null
   * for bytes that validation had to clean or fill in, which must be validated again at the next open.
   */
  get verifiedHash(): string | null {
    return this.own?.asValidated ? this.knownHash : null;
  }

  /**
   * The file's stamp while it holds exactly validated data this process last read or wrote; null when unknown or when
   * validation had to clean those bytes.
   */
  get ownValidatedStamp(): FileStamp | null {
    return this.own?.asValidated ? this.own.stamp : null;
  }

  /** The size of the bytes last read or written; 0 before the first. */
  get knownSize(): number {
    return this.own?.pieces.reduce((sum, piece) => sum + piece.byteLength, 0) ?? 0;
  }

  /**
   * Records `bytes` (holding `replica`) as this process's own version of the file, e.g. after merging someone else's.
   * `asValidated`: the bytes are exactly what this store would write for that data (its own writes are).
   */
  remember(bytes: Uint8Array | readonly Uint8Array[], replica: Replica | null, stamp: FileStamp | null = null, asValidated = true): void {
    this.own = { pieces: bytes instanceof Uint8Array ? [bytes] : bytes, stamp, hash: null, asValidated };
    this.base = replica;
  }

  /** The file's bytes and their hash, stamped before reading: if it changes in between, the stamp is stale. */
  async readStamped(): Promise<StampedRead> {
    const stamp = await this.stampOnDisk();
    const bytes = await this.context.fs.readFile(this.filePath);
    return { stamp, bytes, hash: contentHash(bytes) };
  }

  /**
   * lowdb's read. `validatedBefore` tells whether bytes with a given hash were validated before (verified-record.ts);
   * such bytes are not validated again. `earlier`, bytes read a moment ago (to list the group), are taken if the file
   * still has the stamp they were read under, instead of reading and hashing it again.
   */
  async read(validatedBefore: (hash: string) => boolean = () => false, earlier: StampedRead | null = null): Promise<Workspace> {
    const stampNow = earlier?.stamp ? await this.stampOnDisk() : null;
    const { stamp, bytes, hash } = earlier?.stamp && stampNow && sameStamp(stampNow, earlier.stamp) ? earlier : await this.readStamped();
    const decoded = await decodeWorkspaceInSlices(bytes, { validatedBefore: validatedBefore(hash) });
    if (decoded.kind !== 'ok') throw new UnusableWorkspaceFile(decoded, bytes);
    this.own = { pieces: [bytes], stamp, hash, asValidated: decoded.asValidated };
    this.lastRead = { bytes, fromVersion: decoded.fromVersion };
    this.sync = decoded.sync;
    this.base = { workspace: decoded.workspace, sync: decoded.sync };
    return decoded.workspace;
  }

  async write(workspace: Workspace): Promise<void> {
    const pieces = encodeWorkspacePieces({ ...workspace, sync: this.sync });
    const sync = this.sync;
    const stamp = await durableWrite(this.filePath, pieces, { ...this.context, onRenameRetry: this.onRenameRetry });
    this.remember(pieces, { workspace, sync }, stamp);
  }

  /** The file's bytes if someone other than this process wrote them since it last read or wrote; null if ours or gone. */
  async readIfNotOurs(): Promise<Uint8Array | null> {
    const stamp = await this.stampOnDisk();
    if (stamp === null) return null; // deleted while open: the coming write puts it back
    if (this.own?.stamp && sameStamp(stamp, this.own.stamp)) return null;
    let bytes: Uint8Array;
    try {
      bytes = await this.context.fs.readFile(this.filePath);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    if (contentHash(bytes) !== this.knownHash) return bytes;
    // Same content under a new stamp (touched, or copied back): ours still; check by stamp from now on.
    if (this.own) this.own.stamp = stamp;
    return null;
  }

  private async stampOnDisk(): Promise<FileStamp | null> {
    try {
      const { ino, size, mtimeMs } = await this.context.fs.stat(this.filePath);
      return { ino, size, mtimeMs };
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  }
}

