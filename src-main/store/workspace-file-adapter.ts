// lowdb adapter for one group file: read = read + classify + migrate + validate; write = durable write.
// It remembers the hash of the bytes last read or written, so the store can tell its own file from someone else's.
import type { Adapter } from 'lowdb';
import type { Workspace } from '../domain/model';
import { durableWrite, type DurableWriteContext } from './durable-write';
import { contentHash, decodeWorkspace, encodeWorkspace, type DecodedWorkspace } from './workspace-codec';

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

export class WorkspaceFileAdapter implements Adapter<Workspace> {
  /** Hash of the bytes this process last read from or wrote to the file; null before the first. */
  knownHash: string | null = null;
  /** The raw bytes and original version of the last read, for the pre-migration backup. */
  lastRead: ReadDetails | null = null;
  /** Told when a rename of this file is refused and retried (another program holds it). */
  onRenameRetry: (() => void) | undefined;

  constructor(
    public filePath: string,
    private readonly context: DurableWriteContext,
  ) {}

  async read(): Promise<Workspace> {
    const bytes = await this.context.fs.readFile(this.filePath);
    const decoded = decodeWorkspace(bytes);
    if (decoded.kind !== 'ok') throw new UnusableWorkspaceFile(decoded, bytes);
    this.knownHash = contentHash(bytes);
    this.lastRead = { bytes, fromVersion: decoded.fromVersion };
    return decoded.workspace;
  }

  async write(workspace: Workspace): Promise<void> {
    const bytes = encodeWorkspace(workspace);
    await durableWrite(this.filePath, bytes, { ...this.context, onRenameRetry: this.onRenameRetry });
    this.knownHash = contentHash(bytes);
  }
}
