// Rolling snapshots per group in `<folder>/.backups/<group id>/<timestamp>-<label>.json`. Keyed by group id, so a
// renamed group keeps its history. Listing shows only snapshots that still decode to a valid workspace.
import path from 'node:path';
import { isWindowsReservedName } from '../domain/file-names';
import type { Workspace } from '../domain/model';
import type { BackupInfo } from '../domain/views';
import { backupsToPrune, type DatedBackup } from './backup-retention';
import { durableWrite, type DurableWriteContext } from './durable-write';
import { fileStamp, parseFileStamp } from './file-stamps';
import { errorCode } from './fs-port';
import { decodeWorkspace } from './workspace-codec';

export const BACKUPS_FOLDER_NAME = '.backups';

export type BackupLabel = 'open' | 'edit' | 'pre-restore' | 'pre-conflict' | `pre-migration-v${number}`;

export interface ValidBackup {
  info: BackupInfo;
  workspace: Workspace;
}

const BACKUP_FILE = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d+)?-([a-z0-9-]+)\.json$/;

/** The outcome of decoding one snapshot, and the file's size and time when it was decoded. */
interface CheckedSnapshot {
  size: number;
  mtimeMs: number;
  info: BackupInfo | null;
}

export class Backups {
  readonly root: string;
  private readonly checked = new Map<string, CheckedSnapshot>();

  constructor(
    folder: string,
    private readonly context: DurableWriteContext,
  ) {
    this.root = path.join(folder, BACKUPS_FOLDER_NAME);
  }

  /** Saves `bytes` as a new snapshot of `groupKey` (a group id, or a file stem when the id is unknown), then prunes. */
  async save(groupKey: string, bytes: Uint8Array, label: BackupLabel): Promise<string> {
    const folder = this.folderOf(groupKey);
    await this.context.fs.mkdir(folder, { recursive: true });
    const taken = new Set(await this.fileNames(groupKey));
    const stamp = fileStamp(this.context.clock());
    let id = `${stamp}-${label}.json`;
    for (let counter = 2; taken.has(id); counter += 1) id = `${stamp}-${counter}-${label}.json`;
    await durableWrite(path.join(folder, id), bytes, this.context);
    await this.prune(groupKey);
    return id;
  }

  async readBytes(groupKey: string, backupId: string): Promise<Uint8Array | null> {
    if (!BACKUP_FILE.test(backupId)) return null;
    try {
      return await this.context.fs.readFile(path.join(this.folderOf(groupKey), backupId));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  }

  /**
   * What the backups list shows: the snapshots that decode to a valid workspace, newest first. Decoding a 5 MB
   * snapshot blocks the event loop for ~100 ms and the list is asked for whenever a group opens, so a snapshot already
   * checked is not decoded again while its size and modification time are unchanged (snapshots are never rewritten;
   * a file changed by anyone else gets a new stamp and is checked again).
   */
  async listValidInfo(groupKey: string): Promise<BackupInfo[]> {
    const infos: BackupInfo[] = [];
    const current = new Set<string>();
    for (const backup of await this.dated(groupKey)) {
      const key = `${groupKey}/${backup.id}`;
      let stamp: { size: number; mtimeMs: number };
      try {
        stamp = await this.context.fs.stat(path.join(this.folderOf(groupKey), backup.id));
      } catch (error) {
        if (errorCode(error) === 'ENOENT') continue;
        throw error;
      }
      current.add(key);
      let checked = this.checked.get(key);
      if (!checked || checked.size !== stamp.size || checked.mtimeMs !== stamp.mtimeMs) {
        checked = { size: stamp.size, mtimeMs: stamp.mtimeMs, info: (await this.readValid(groupKey, backup.id))?.info ?? null };
        this.checked.set(key, checked);
      }
      if (checked.info) infos.push(checked.info);
    }
    for (const key of this.checked.keys()) if (key.startsWith(`${groupKey}/`) && !current.has(key)) this.checked.delete(key);
    return infos;
  }

  async readValid(groupKey: string, backupId: string): Promise<ValidBackup | null> {
    const bytes = await this.readBytes(groupKey, backupId);
    const createdAt = parseFileStamp(backupId);
    if (!bytes || !createdAt) return null;
    const decoded = decodeWorkspace(bytes);
    if (decoded.kind !== 'ok') return null;
    const { workspace } = decoded;
    return {
      workspace,
      info: {
        id: backupId,
        groupId: workspace.group.id,
        groupName: workspace.group.name,
        createdAt: createdAt.toISOString(),
        sizeBytes: bytes.length,
      },
    };
  }

  async newestValid(groupKey: string): Promise<ValidBackup | null> {
    for (const backup of await this.dated(groupKey)) {
      const found = await this.readValid(groupKey, backup.id);
      if (found) return found;
    }
    return null;
  }

  /** The newest valid snapshot of a group whose name matches `belongs` (used when a corrupt file's id is unknown). */
  async newestValidWhere(belongs: (workspace: Workspace) => boolean): Promise<ValidBackup | null> {
    let best: ValidBackup | null = null;
    for (const groupKey of await this.groupKeys()) {
      const newest = await this.newestValid(groupKey);
      if (newest && belongs(newest.workspace) && (!best || newest.info.createdAt > best.info.createdAt)) best = newest;
    }
    return best;
  }

  async newestBytes(groupKey: string): Promise<Uint8Array | null> {
    const [newest] = await this.dated(groupKey);
    return newest ? this.readBytes(groupKey, newest.id) : null;
  }

  private async prune(groupKey: string): Promise<void> {
    const doomed = backupsToPrune(await this.dated(groupKey), this.context.clock());
    for (const id of doomed) {
      await this.context.fs.unlink(path.join(this.folderOf(groupKey), id)).catch(() => undefined);
    }
  }

  /** Snapshots of a group, newest first, by the time in their names. */
  private async dated(groupKey: string): Promise<DatedBackup[]> {
    const dated: DatedBackup[] = [];
    for (const id of await this.fileNames(groupKey)) {
      const match = BACKUP_FILE.exec(id);
      const createdAt = parseFileStamp(id);
      if (match && createdAt) dated.push({ id, createdAt, label: match[1] ?? '' });
    }
    return dated.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id));
  }

  private async fileNames(groupKey: string): Promise<string[]> {
    return this.readdirOrEmpty(this.folderOf(groupKey));
  }

  private async groupKeys(): Promise<string[]> {
    return this.readdirOrEmpty(this.root);
  }

  private async readdirOrEmpty(folder: string): Promise<string[]> {
    try {
      return await this.context.fs.readdir(folder);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
  }

  private folderOf(groupKey: string): string {
    if (!/^[\p{L}\p{M}\p{N}_-]{1,80}$/u.test(groupKey)) throw new Error('Unsafe backup group key');
    return path.join(this.root, isWindowsReservedName(groupKey) ? `${groupKey}_` : groupKey);
  }
}
