// Rolling snapshots per group in `<folder>/.backups/<group id>/<timestamp>-<label>.json`. Keyed by group id, so a
// renamed group keeps its history. Listing shows only snapshots that still decode to a valid workspace.
import path from 'node:path';
import { isWindowsReservedName } from '../domain/file-names';
import type { Workspace } from '../domain/model';
import type { BackupInfo } from '../domain/views';
import { backupsToPrune, type DatedBackup } from './backup-retention';
import { decodeSummaries, encodeSummaries, SUMMARIES_FILE_NAME, type SnapshotSummary } from './backup-summaries';
import { durableWrite, makeFolderDurable, syncFolder, type DurableWriteContext } from './durable-write';
import { removeLeftovers } from './folder-entries';
import { fileStamp, parseFileStamp } from './file-stamps';
import { errorCode, sameStamp, type FileStamp } from './fs-port';
import { contentHash, decodeWorkspaceInSlices } from './workspace-codec';

export const BACKUPS_FOLDER_NAME = '.backups';

export type BackupLabel =
  | 'open'
  | 'edit'
  | 'close'
  | 'pre-restore'
  | 'pre-conflict'
  /** Ours, before a file changed elsewhere was merged into it. */
  | 'pre-merge'
  /** A sync client's conflict copy of the group's file, after it was merged in. */
  | 'sync-copy'
  | `pre-migration-v${number}`;

export interface ValidBackup {
  info: BackupInfo;
  workspace: Workspace;
}

interface HeldState {
  sha256: string;
  workspace: Readonly<Workspace>;
  /** The data as the group was opened: what a facilitator most often goes back to ("undo today"). */
  sessionStart: boolean;
}

const BACKUP_FILE = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d+)?-([a-z0-9-]+)\.json$/;

export class Backups {
  readonly root: string;
  /** Per group key: what listing found in each snapshot, read from the summaries file on the first listing. */
  private readonly summaries = new Map<string, Promise<Map<string, SnapshotSummary>>>();
  /**
   * The SHA-256 and the stamp of each snapshot this store wrote in this session whose bytes hold exactly the data it
   * holds (`save`'s `holds`: encoded by the store, or a file read that validation left as it was), by group key and
   * snapshot id. Held in memory only, where nothing else can write: a snapshot read back with the same hash decodes to
   * that data, so a restore takes it without validating it again (~60-120 ms of a restore for a 5 MB group), and one
   * whose stamp is unchanged need not even be read to be known. Not for bytes that became valid only once validation
   * cleaned their text or filled in defaults (a hand-written file at open, a sync client's copy). The summaries' hashes
   * are in the shared folder and are not trusted.
   */
  private readonly writtenValid = new Map<string, { sha256: string; stamp: FileStamp }>();
  /**
   * Per group key, the data of the latest few snapshots known to hold exactly it, by their SHA-256 (see `save`'s
   * `holds` and `rememberHeld`): restoring one of them (the session's start, or the state before a restore) takes that
   * data as it is, with no parse at all. It is the store's own frozen state, mostly shared with the current one, so
   * keeping it costs only the records edited since.
   */
  private readonly held = new Map<string, HeldState[]>();

  constructor(
    folder: string,
    private readonly context: DurableWriteContext,
  ) {
    this.root = path.join(folder, BACKUPS_FOLDER_NAME);
  }

  /**
   * Saves `bytes` as a new snapshot of `groupKey` (a group id, or a file stem when the id is unknown), then prunes.
   * `validOf` names the group when the bytes are known to decode to a valid workspace: the snapshot's summary is kept
   * at once, so even the first listing need not decode it (~200 ms of CPU per 5 MB snapshot, seconds for a day's
   * snapshots). `holds` says more: the bytes hold exactly that data (the store's own frozen, validated state), so a
   * restore of them in this session skips validation (see `writtenValid`), and for the latest few, parsing too.
   */
  async save(
    groupKey: string,
    bytes: Uint8Array,
    label: BackupLabel,
    validOf?: { id: string; name: string },
    { holds, sessionStart = false }: { holds?: Readonly<Workspace>; sessionStart?: boolean } = {},
  ): Promise<string> {
    const { folder, id } = await this.newSnapshotName(groupKey, label);
    const stamp = await durableWrite(path.join(folder, id), bytes, this.context);
    await this.prune(groupKey);
    if (validOf) await this.recordKept(groupKey, id, { group: validOf, sha256: contentHash(bytes), stamp, holds, sessionStart });
    return id;
  }

  /**
   * Keeps the file at `source` as a new snapshot without copying its bytes: a hard link, taken only while the file is
   * still the version `expected` names (the store's own last write, durable already, with SHA-256 `sha256`, holding
   * exactly `holds`). The store replaces a group file by renaming a new one over it, so from the group's next write on,
   * the snapshot is the only name of those bytes. Null when the file is another version by then, or the folder takes
   * no hard links (FAT drives, some shares): the caller writes the bytes instead.
   */
  async saveByLink(
    groupKey: string,
    source: string,
    expected: FileStamp,
    label: BackupLabel,
    kept: { group: { id: string; name: string }; sha256: string; holds: Readonly<Workspace> },
  ): Promise<string | null> {
    const { folder, id } = await this.newSnapshotName(groupKey, label);
    const target = path.join(folder, id);
    try {
      await this.context.fs.link(source, target);
    } catch {
      return null;
    }
    const stamp = await this.context.fs.stat(target).catch(() => null);
    if (!stamp || !sameStamp(stamp, expected)) {
      await this.context.fs.unlink(target).catch(() => undefined);
      return null;
    }
    await syncFolder(this.context.fs, folder);
    await this.prune(groupKey);
    await this.recordKept(groupKey, id, { ...kept, stamp, sessionStart: false });
    return id;
  }

  /** A free name for a new snapshot of `groupKey` (its folder made durable first). */
  private async newSnapshotName(groupKey: string, label: BackupLabel): Promise<{ folder: string; id: string }> {
    const folder = this.folderOf(groupKey);
    await makeFolderDurable(this.context.fs, folder);
    const taken = new Set(await this.fileNames(groupKey));
    const stamp = fileStamp(this.context.clock());
    let id = `${stamp}-${label}.json`;
    for (let counter = 2; taken.has(id); counter += 1) id = `${stamp}-${counter}-${label}.json`;
    return { folder, id };
  }

  private async recordKept(
    groupKey: string,
    id: string,
    kept: { group: { id: string; name: string }; sha256: string; stamp: FileStamp; holds?: Readonly<Workspace>; sessionStart: boolean },
  ): Promise<void> {
    const { group, sha256, stamp, holds, sessionStart } = kept;
    if (holds) {
      this.writtenValid.set(writtenKey(groupKey, id), { sha256, stamp });
      this.rememberHeld(groupKey, sha256, holds, { sessionStart });
    }
    await this.rememberValid(groupKey, id, group, sha256);
  }

  /**
   * Snapshots with these bytes (`sha256`) hold exactly `workspace`, frozen and validated: restored without a parse.
   * The session's start stays held; of the others, only the latest (the state before the latest restore or edit).
   */
  rememberHeld(groupKey: string, sha256: string, workspace: Readonly<Workspace>, { sessionStart = false } = {}): void {
    const others = (this.held.get(groupKey) ?? []).filter((state) => state.sha256 !== sha256);
    const start = sessionStart ? [] : others.filter((state) => state.sessionStart);
    this.held.set(groupKey, [{ sha256, workspace, sessionStart }, ...start]);
  }

  /** A shortcut only: when the summary cannot be kept, the next listing decodes the snapshot instead. */
  private async rememberValid(groupKey: string, backupId: string, group: { id: string; name: string }, sha256: string): Promise<void> {
    try {
      const { size, mtimeMs } = await this.context.fs.stat(path.join(this.folderOf(groupKey), backupId));
      const summaries = await this.summariesOf(groupKey);
      summaries.set(backupId, { size, mtimeMs, group: { id: group.id, name: group.name }, sha256 });
      await this.keepSummaries(groupKey, summaries);
    } catch {
      // The listing checks every snapshot without a summary.
    }
  }

  /** Removes the temp files of snapshots whose writer was killed (e.g. during the snapshot at open). */
  async removeLeftovers(): Promise<void> {
    for (const groupKey of await this.groupKeys()) {
      await removeLeftovers(this.context.fs, path.join(this.root, groupKey), this.context.clock());
    }
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
   * What the backups list shows: the snapshots that decode to a valid workspace, newest first. A snapshot is decoded
   * once: its summary is kept (in memory and in the summaries file) and trusted while its size and modification time
   * are unchanged (snapshots are never rewritten; a file changed by anyone else gets a new stamp and is checked again).
   */
  async listValidInfo(groupKey: string): Promise<BackupInfo[]> {
    const summaries = await this.summariesOf(groupKey);
    const infos: BackupInfo[] = [];
    const present = new Set<string>();
    let changed = false;
    for (const backup of await this.dated(groupKey)) {
      let stamp: { size: number; mtimeMs: number };
      try {
        stamp = await this.context.fs.stat(path.join(this.folderOf(groupKey), backup.id));
      } catch (error) {
        if (errorCode(error) === 'ENOENT') continue;
        throw error;
      }
      present.add(backup.id);
      let summary = summaries.get(backup.id);
      if (!summary || summary.size !== stamp.size || summary.mtimeMs !== stamp.mtimeMs) {
        const info = (await this.readValid(groupKey, backup.id))?.info;
        summary = { size: stamp.size, mtimeMs: stamp.mtimeMs, group: info ? { id: info.groupId, name: info.groupName } : null };
        summaries.set(backup.id, summary);
        changed = true;
      }
      if (summary.group) {
        const { id, name } = summary.group;
        infos.push({ id: backup.id, groupId: id, groupName: name, createdAt: backup.createdAt.toISOString(), sizeBytes: summary.size });
      }
    }
    for (const id of summaries.keys()) {
      if (present.has(id)) continue;
      summaries.delete(id);
      changed = true;
    }
    if (changed) await this.keepSummaries(groupKey, summaries);
    return infos;
  }

  async readValid(groupKey: string, backupId: string): Promise<ValidBackup | null> {
    const createdAt = parseFileStamp(backupId);
    if (!BACKUP_FILE.test(backupId) || !createdAt) return null;
    const known = await this.heldUnread(groupKey, backupId);
    if (known) return validBackup(backupId, createdAt, known.workspace, known.sizeBytes);
    const bytes = await this.readBytes(groupKey, backupId);
    if (!bytes) return null;
    const sha256 = contentHash(bytes);
    let workspace = this.heldWith(groupKey, sha256);
    if (!workspace) {
      const validatedBefore = this.writtenValid.get(writtenKey(groupKey, backupId))?.sha256 === sha256;
      // In slices: a 5 MB snapshot validated in one go blocked the event loop for ~70 ms.
      const decoded = await decodeWorkspaceInSlices(bytes, { validatedBefore });
      if (decoded.kind !== 'ok') return null;
      workspace = decoded.workspace;
    }
    return validBackup(backupId, createdAt, workspace, bytes.length);
  }

  /**
   * The held data of a snapshot this store wrote in this session, known without reading it: its stamp is the one it
   * was written with (a rewrite or replacement changes it, and then the bytes are read and checked).
   */
  private async heldUnread(groupKey: string, backupId: string): Promise<{ workspace: Readonly<Workspace>; sizeBytes: number } | null> {
    const written = this.writtenValid.get(writtenKey(groupKey, backupId));
    const workspace = written && this.heldWith(groupKey, written.sha256);
    if (!written || !workspace) return null;
    const stamp = await this.context.fs.stat(path.join(this.folderOf(groupKey), backupId)).catch(() => null);
    return stamp && sameStamp(stamp, written.stamp) ? { workspace, sizeBytes: stamp.size } : null;
  }

  private heldWith(groupKey: string, sha256: string): Readonly<Workspace> | undefined {
    return this.held.get(groupKey)?.find((state) => state.sha256 === sha256)?.workspace;
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

  /**
   * Whether the newest snapshot holds exactly `bytes` (asked at every open and close of every group): by the hash kept
   * when the store wrote it, while its size and modification time are unchanged; otherwise by reading it. `knownHash`
   * is the bytes' SHA-256 when the caller has it already (the file as opened).
   */
  async newestHolds(groupKey: string, bytes: Uint8Array, knownHash: string | null = null): Promise<boolean> {
    const [newest] = await this.dated(groupKey);
    if (!newest) return false;
    const summary = (await this.summariesOf(groupKey)).get(newest.id);
    if (summary?.sha256) {
      const stamp = await this.context.fs.stat(path.join(this.folderOf(groupKey), newest.id)).catch(() => null);
      if (stamp && stamp.size === summary.size && stamp.mtimeMs === summary.mtimeMs) {
        return stamp.size === bytes.length && summary.sha256 === (knownHash ?? contentHash(bytes));
      }
    }
    const held = await this.readBytes(groupKey, newest.id);
    return held !== null && Buffer.compare(held, bytes) === 0;
  }

  private async prune(groupKey: string): Promise<void> {
    const doomed = backupsToPrune(await this.dated(groupKey), this.context.clock());
    for (const id of doomed) {
      await this.context.fs.unlink(path.join(this.folderOf(groupKey), id)).catch(() => undefined);
      this.writtenValid.delete(writtenKey(groupKey, id));
    }
  }

  private summariesOf(groupKey: string): Promise<Map<string, SnapshotSummary>> {
    let summaries = this.summaries.get(groupKey);
    if (!summaries) {
      summaries = this.context.fs.readFile(path.join(this.folderOf(groupKey), SUMMARIES_FILE_NAME)).then(decodeSummaries, () => new Map());
      this.summaries.set(groupKey, summaries);
    }
    return summaries;
  }

  /** The summaries file is only a shortcut: when it cannot be written (a read-only folder), listing decodes again. */
  private async keepSummaries(groupKey: string, summaries: ReadonlyMap<string, SnapshotSummary>): Promise<void> {
    await durableWrite(path.join(this.folderOf(groupKey), SUMMARIES_FILE_NAME), encodeSummaries(summaries), this.context).catch(() => undefined);
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

function validBackup(id: string, createdAt: Date, workspace: Readonly<Workspace>, sizeBytes: number): ValidBackup {
  return {
    workspace,
    info: { id, groupId: workspace.group.id, groupName: workspace.group.name, createdAt: createdAt.toISOString(), sizeBytes },
  };
}

function writtenKey(groupKey: string, backupId: string): string {
  return `${groupKey}/${backupId}`;
}
