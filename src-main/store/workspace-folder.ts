// The workspace store: one folder, one JSON file per group, and the only code that writes them. One process per folder
// on this device (the lock and the bookkeeping live in the device's user-data folder); other devices announce
// themselves in the folder (presence.ts) and are never refused.
// Opening scans the folder (migrating, quarantining, refusing newer files); updates go through each group's writer.
import os from 'node:os';
import path from 'node:path';
import { produce } from 'immer';
import { Low } from 'lowdb';
import { AppError } from '../domain/errors';
import { fileNameKey, safeFileStem, uniqueFileName } from '../domain/file-names';
import { CURRENT_SCHEMA_VERSION, workspaceSchema, type GroupSummary, type Workspace } from '../domain/model';
import { localIsoDate, summarizeGroup } from '../domain/summaries';
import type { AppEvent, BackupInfo, SaveState, WorkspaceProblem } from '../domain/views';
import { Backups } from './backups';
import type { DevicePresence } from '../domain/presence';
import { loadDeviceIdentity, type DeviceIdentity } from './device-identity';
import { durableWrite, makeFolderDurable, realSleep, renameWithRetry, type DurableWriteContext } from './durable-write';
import { freeAsideName, isGroupFileName, removeLeftovers, stemOf } from './folder-entries';
import { acquireFolderLock, type FolderLock } from './folder-lock';
import { folderStatePaths, type FolderStatePaths } from './folder-state';
import { Presence } from './presence';
import { errorCode, nodeFsPort, type FolderWatcher, type FsPort } from './fs-port';
import { encodeReplica, GroupSync } from './group-sync';
import { GroupWriter } from './group-writer';
import type { ConflictChoice } from './merge/conflict-inbox';
import type { Replica } from './merge/sync-state';
import { syncCopyOf } from './merge/sync-droppings';
import type { SyncConflictView } from '../domain/sync-conflicts';
import { ProblemList } from './problem-list';
import { problemRecordWriter, readProblemRecord } from './problem-record';
import { LEGACY_VERIFIED_RECORD_FILE_NAME, readVerifiedRecord, writeVerifiedRecord } from './verified-record';
import { SaveStateTracker } from './save-state';
import type { WorkspaceStore } from './types';
import { contentHash, decodeWorkspace, type DecodedWorkspace } from './workspace-codec';
import { warmEncodingCaches } from './workspace-encoding';
import { deepFreeze } from './deep-freeze';
import { glanceAtGroup, type GroupGlance } from './group-glance';
import { shareUnchanged } from './share-unchanged';
import { validateChangedParts } from './validate-changes';
import { UnusableWorkspaceFile, WorkspaceFileAdapter, type StampedRead } from './workspace-file-adapter';
import { workspaceChanges } from '../domain/workspace-changes';

export interface WorkspaceFolderOptions {
  folder: string;
  onEvent?: (event: AppEvent) => void;
  fs?: FsPort;
  clock?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** How long a rename refused by another program's lock is retried before the write fails. */
  renameRetryWindowMs?: number;
  /** At most one snapshot per group in this interval while editing. */
  backupIntervalMs?: number;
  /** After a failed write, the store tries again this often until it succeeds. */
  saveRetryIntervalMs?: number;
  /** How long the folder must be quiet after a change notification before the files are re-checked. */
  watchDebounceMs?: number;
  /** Whether to watch the folder for other programs' changes (the hash check before each write always runs). */
  watch?: boolean;
  isProcessAlive?: (pid: number) => boolean;
  /**
   * This installation: its user-data folder holds the lock and the bookkeeping for the folder, and its name is what
   * other devices see. Without it (tools, most tests) a folder under the OS temp folder stands in for the user-data
   * folder and no presence is written.
   */
  device?: { userDataDir: string; name: string };
  /** How often the lock and the presence file are renewed. */
  heartbeatIntervalMs?: number;
  /** A lock or another device's presence without a heartbeat for this long is stale. */
  staleAfterMs?: number;
}

interface GroupEntry {
  id: string;
  fileName: string;
  /** The group name the file name was made from; a name change that changes the slug renames the file. */
  fileNameFrom: string;
  db: Low<Workspace>;
  adapter: WorkspaceFileAdapter;
  writer: GroupWriter;
  lastBackupAt: number;
  /** Hash of the file's bytes as the latest snapshot holds them, when known: the close snapshot is skipped if equal. */
  snapshotHash: string | null;
  lastSummary: string;
  /** The state the latest change event described: the next durable write's event names what changed since. */
  announced: Workspace;
  /** Our version, set aside after someone else changed the file, until it is durable as `keptAt`. */
  conflictCopy: ConflictCopy | null;
}

interface ConflictCopy {
  bytes: Uint8Array;
  keptAt: string;
  kind: 'externalConflict' | 'newerVersion';
  replacedChange: number;
}

const DEFAULTS = {
  renameRetryWindowMs: 60_000,
  backupIntervalMs: 15 * 60_000,
  saveRetryIntervalMs: 30_000,
  watchDebounceMs: 300,
  heartbeatIntervalMs: 30_000,
  staleAfterMs: 2 * 60_000,
};
/** How long the encoding ahead of a first edit waits after the group is shown, and between its slices of ~4 ms. */
const PREPARE_AFTER_MS = 1_000;
const PREPARE_PAUSE_MS = 4;
/** A timer that does not keep the process alive (the encoding ahead is never worth waiting for at exit). */
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.());
/** The stand-in user-data folder of a store opened without a device (see WorkspaceFolderOptions.device). */
export const UNNAMED_DEVICE_DIR = path.join(os.tmpdir(), `netvaerk-unnamed-device-${safeUserTag()}`);
const FALLBACK_STEM = 'gruppe';
const EXTERNAL_CONFLICT = () => new AppError('saveFailed', { code: 'externalConflict' });

export async function openWorkspaceFolder(options: WorkspaceFolderOptions): Promise<WorkspaceStore> {
  return (await claimWorkspaceFolder(options)).opened;
}

/** A folder made usable and locked for this process, its groups still being read. */
export interface ClaimedWorkspaceFolder {
  folder: string;
  /** The store once every group file is read; on failure the lock is released and the error is an AppError. */
  opened: Promise<WorkspaceStore>;
  /**
   * The store while its groups are read, for the calls that need less than all of them: the list of groups (from
   * each file's glance: its summary parts validated, or its bytes validated before) and one group's own data (that
   * group opened first). Its promises settle only
   * once that much is read; if reading fails, they never do and `opened` rejects.
   */
  early: EarlyStore;
}

export interface EarlyStore {
  store: WorkspaceStore;
  /** Settles once every group can be listed: opened, or summarized from its file's glance. */
  listed(): Promise<void>;
  /** Settles once the group is open (asking for it opens it next), or once every file is read if it is not there. */
  groupOpened(groupId: string): Promise<void>;
}

/**
 * Claims the folder (made, locked) and starts reading its groups without waiting for them. A folder that cannot be
 * used or is locked by someone else fails here, before the app says it is ready; the reading itself (most of a start)
 * can then run while the window loads its page.
 */
export async function claimWorkspaceFolder(options: WorkspaceFolderOptions): Promise<ClaimedWorkspaceFolder> {
  const fs = options.fs ?? nodeFsPort;
  const clock = options.clock ?? (() => new Date());
  const folder = path.resolve(options.folder);
  try {
    // A folder made here is fsynced in its parent, like every folder the store makes.
    await makeFolderDurable(fs, folder);
  } catch (error) {
    throw new AppError('folderNotUsable', { folder, reason: errorCode(error) ?? 'unknown' });
  }
  const context: DurableWriteContext = {
    fs,
    clock,
    sleep: options.sleep ?? realSleep,
    renameRetryWindowMs: options.renameRetryWindowMs ?? DEFAULTS.renameRetryWindowMs,
  };
  const userDataDir = options.device?.userDataDir ?? UNNAMED_DEVICE_DIR;
  let identity: DeviceIdentity;
  let state: FolderStatePaths;
  try {
    identity = await loadDeviceIdentity(context, userDataDir);
    state = await folderStatePaths(userDataDir, folder);
  } catch (error) {
    throw new AppError('folderNotUsable', { folder: userDataDir, reason: errorCode(error) ?? 'unknown' });
  }
  const lock = await acquireFolderLock(state.lock, {
    context,
    folder,
    isProcessAlive: options.isProcessAlive,
    staleAfterMs: options.staleAfterMs ?? DEFAULTS.staleAfterMs,
  });
  const store = new WorkspaceFolderStore(folder, lock, { identity, state }, { ...options, fs, clock });
  const opened = (async () => {
    try {
      await store.load();
    } catch (error) {
      await store.close();
      if (error instanceof AppError) throw error;
      throw new AppError('folderNotUsable', { folder, reason: errorCode(error) ?? 'unknown' });
    }
    if (options.watch ?? true) store.startWatching();
    return store;
  })();
  return {
    folder,
    opened,
    early: { store, listed: () => store.whenReady(() => store.canList()), groupOpened: (groupId) => store.whenReady(() => store.isOpen(groupId), groupId) },
  };
}

/** The next turn of the event loop: reading many files hands it back between them. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

class WorkspaceFolderStore implements WorkspaceStore {
  private readonly groups = new Map<string, GroupEntry>();
  private readonly problemList: ProblemList;
  private readonly problemRecord: ReturnType<typeof problemRecordWriter>;
  /** File name → hash of bytes validated before (verified-record.ts), read at open. */
  private verified = new Map<string, string>();
  /** False until the first scan finished: a store closed after a failed open records nothing. */
  private loaded = false;
  /** File names promised to a group that is being created or renamed, so two cannot pick the same one. */
  private readonly reservedNames = new Set<string>();
  private readonly saveTracker: SaveStateTracker;
  private readonly backups: Backups;
  private readonly context: DurableWriteContext;
  private readonly fs: FsPort;
  private readonly clock: () => Date;
  private readonly settings: typeof DEFAULTS;
  private watcher: FolderWatcher | null = null;
  private watchTimer: ReturnType<typeof setTimeout> | null = null;
  private folderCheck: Promise<void> = Promise.resolve();
  private closing: Promise<void> | null = null;
  /** This device's clock and stamps: every change is stamped, every file changed elsewhere merged (group-sync.ts). */
  private readonly sync: GroupSync;
  /** This device's presence in the folder; null when opened without a device. */
  private readonly presence: Presence | null;
  private heartbeatTimer: ReturnType<typeof setInterval> | null = null;
  private heartbeat: Promise<void> = Promise.resolve();
  /** The stored forms being encoded ahead of a first edit (prepareForEdits), and the groups waiting their turn. */
  private preparing: Promise<void> = Promise.resolve();
  private readonly toPrepare = new Set<string>();
  /** While the groups are read: the group files not yet opened, in the order they will be (see openSoon); null before
   * the folder was listed and every file glanced at. */
  private toOpen: string[] | null = null;
  /** While the groups are read: the file being opened now, taken off `toOpen`. */
  private openingFile: string | null = null;
  /** While the groups are read: files not yet opened, as a glance at their bytes showed them (group-glance.ts). */
  private readonly glanced = new Map<string, GroupGlance>();
  /** While the groups are read: each file's bytes as glanced at, which its opening takes if the file is unchanged. */
  private readonly glancedReads = new Map<string, StampedRead>();
  /** Calls waiting for part of the groups (ClaimedWorkspaceFolder.early), woken after each file. */
  private readonly earlyWaiters = new Set<{ ready: () => boolean; wake: () => void; groupId?: string }>();
  /** Whether the list was given before every group was open: it is announced again once they are. */
  private listedEarly = false;

  constructor(
    readonly folder: string,
    private readonly lock: FolderLock,
    private readonly device: { identity: DeviceIdentity; state: FolderStatePaths },
    private readonly options: WorkspaceFolderOptions & { fs: FsPort; clock: () => Date },
  ) {
    this.fs = options.fs;
    this.clock = options.clock;
    this.settings = {
      renameRetryWindowMs: options.renameRetryWindowMs ?? DEFAULTS.renameRetryWindowMs,
      backupIntervalMs: options.backupIntervalMs ?? DEFAULTS.backupIntervalMs,
      saveRetryIntervalMs: options.saveRetryIntervalMs ?? DEFAULTS.saveRetryIntervalMs,
      watchDebounceMs: options.watchDebounceMs ?? DEFAULTS.watchDebounceMs,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? DEFAULTS.heartbeatIntervalMs,
      staleAfterMs: options.staleAfterMs ?? DEFAULTS.staleAfterMs,
    };
    this.context = {
      fs: this.fs,
      clock: this.clock,
      sleep: options.sleep ?? realSleep,
      renameRetryWindowMs: this.settings.renameRetryWindowMs,
    };
    this.backups = new Backups(folder, this.context);
    this.saveTracker = new SaveStateTracker((state) => this.emit({ type: 'saveState', state }));
    this.sync = new GroupSync(device.identity.id, options.device?.name ?? null, this.clock);
    this.problemRecord = problemRecordWriter(this.context, device.state.problems);
    this.presence = options.device
      ? new Presence({
          context: this.context,
          folder,
          deviceId: device.identity.id,
          name: () => options.device?.name ?? '',
          staleAfterMs: this.settings.staleAfterMs,
        })
      : null;
    this.problemList = new ProblemList(this.clock, () => {
      this.problemRecord.save(this.problemList.list());
      this.emit({ type: 'problemsChanged' });
    });
  }

  // ---- opening ---------------------------------------------------------------------------------------------------

  async load(): Promise<void> {
    const { identity, state } = this.device;
    this.verified = await readVerifiedRecord(this.context, state.verified, identity.secret);
    for (const problem of await readProblemRecord(this.context, state.problems, this.folder)) this.problemList.restore(problem);
    // Older versions kept the record in the shared folder, where a sync client could mix it up; it is never read.
    await this.fs.unlink(path.join(this.folder, LEGACY_VERIFIED_RECORD_FILE_NAME)).catch(() => undefined);
    await removeLeftovers(this.fs, this.folder, this.clock());
    await this.backups.removeLeftovers();
    const listing = (await this.fs.readdir(this.folder)).sort();
    // A sync client's copy of a group file is merged into that group once it is open, not opened as the group.
    const isCopy = (fileName: string) => listing.some((other) => other !== fileName && syncCopyOf(fileName, other));
    const groupFiles = listing.filter((fileName) => isGroupFileName(fileName) && !isCopy(fileName));
    // A single file has no other to be listed ahead of: it is simply opened.
    if (groupFiles.length > 1) await this.glanceAtFiles(groupFiles);
    const toOpen = [...groupFiles];
    this.toOpen = toOpen;
    // Groups asked for while the files were glanced at are opened first.
    for (const waiter of this.earlyWaiters) if (waiter.groupId !== undefined) this.openSoon(waiter.groupId);
    this.wakeEarlyWaiters();
    for (let fileName = toOpen.shift(); fileName !== undefined; fileName = toOpen.shift()) {
      this.openingFile = fileName;
      await this.loadFile(fileName);
      this.openingFile = null;
      this.glanced.delete(fileName);
      this.glancedReads.delete(fileName);
      this.wakeEarlyWaiters();
    }
    for (const fileName of listing.filter(isCopy)) {
      if (isGroupFileName(fileName) && !(await this.takeInSyncCopy(fileName))) await this.loadFile(fileName);
    }
    this.loaded = true;
    this.wakeEarlyWaiters();
    // A list given from summaries may differ from the groups as opened (a file that failed after all, a sync copy).
    if (this.listedEarly) this.emit({ type: 'groupsChanged' });
    // Presence only informs other devices: a folder that cannot take it still opens.
    await this.presence?.announce().catch(() => undefined);
    this.heartbeatTimer = setInterval(() => this.beat(), this.settings.heartbeatIntervalMs);
    this.heartbeatTimer.unref?.();
  }

  /** Summaries of the files in the store's layout, so the groups can be listed before they are open. */
  private async glanceAtFiles(fileNames: readonly string[]): Promise<void> {
    const today = localIsoDate(this.clock());
    for (const fileName of fileNames) {
      try {
        const read = await new WorkspaceFileAdapter(path.join(this.folder, fileName), this.context).readStamped();
        this.glancedReads.set(fileName, read);
        const glance = glanceAtGroup(read.bytes, fileName, today, this.verified.get(fileName) === read.hash);
        if (glance) this.glanced.set(fileName, glance);
      } catch {
        // Unreadable now: the file is opened in its turn, and what is wrong with it is told then.
      }
      await nextTurn();
    }
  }

  /** Whether every group can be listed: each file not yet opened, and the one being opened, has a summary. */
  canList(): boolean {
    if (this.loaded) return true;
    if (!this.toOpen || (this.openingFile !== null && !this.glanced.has(this.openingFile))) return false;
    return this.toOpen.every((fileName) => this.glanced.has(fileName));
  }

  isOpen(groupId: string): boolean {
    return this.loaded || this.groups.has(groupId);
  }

  /** Settles once `ready()` holds, checked after each file is read; `groupId`'s file is opened next. */
  whenReady(ready: () => boolean, groupId?: string): Promise<void> {
    if (ready()) return Promise.resolve();
    if (groupId !== undefined) this.openSoon(groupId);
    return new Promise((resolve) => this.earlyWaiters.add({ ready, wake: () => resolve(), ...(groupId === undefined ? {} : { groupId }) }));
  }

  private wakeEarlyWaiters(): void {
    for (const waiter of this.earlyWaiters) {
      if (!waiter.ready()) continue;
      this.earlyWaiters.delete(waiter);
      waiter.wake();
    }
  }

  /**
   * Moves the file of a group asked for to the front of the files to open. Only past files that have a summary: a
   * file without one could hold the same group, and of two files of one group the first by name is the one opened.
   */
  private openSoon(groupId: string): void {
    const toOpen = this.toOpen;
    if (!toOpen) return;
    const index = toOpen.findIndex((fileName) => this.glanced.get(fileName)?.summary.id === groupId);
    if (index <= 0 || !toOpen.slice(0, index).every((fileName) => this.glanced.has(fileName))) return;
    const [fileName] = toOpen.splice(index, 1);
    toOpen.unshift(fileName!);
  }

  /** Opens one group file: migrates and snapshots a good one, quarantines a bad one, refuses a newer one. */
  private async loadFile(fileName: string): Promise<void> {
    const adapter = new WorkspaceFileAdapter(path.join(this.folder, fileName), this.context);
    const recorded = (hash: string) => this.verified.get(fileName) === hash;
    const earlier = this.glancedReads.get(fileName) ?? null;
    let entry: GroupEntry | null;
    try {
      entry = await this.openGroupFile(fileName, adapter, recorded, earlier).catch((error: unknown) => {
        // Bytes taken on the record's word that still break the app: the record was wrong, so validate in full.
        if (error instanceof UnusableWorkspaceFile || errorCode(error)) throw error;
        return this.openGroupFile(fileName, adapter, () => false, earlier);
      });
    } catch (error) {
      // One bad file is set aside and explained; it never keeps the other groups from opening.
      if (error instanceof UnusableWorkspaceFile) await this.setAsideUnusable(fileName, error.decoded, null);
      else if (errorCode(error) !== 'ENOENT' && errorCode(error) !== 'EISDIR') {
        this.problemList.add({ kind: 'corrupt', fileName, keptAt: adapter.filePath, reason: 'unreadable', newestBackup: null });
      }
      return;
    }
    if (!entry) return;
    const original = adapter.lastRead;
    if (original && original.fromVersion < CURRENT_SCHEMA_VERSION) {
      // The original bytes must be safe before the file is rewritten; if that fails, opening the folder fails.
      await this.backups.save(entry.id, original.bytes, `pre-migration-v${original.fromVersion}`);
      // Written through the writer, so a failure leaves the migrated data in memory and is retried like any save.
      await entry.writer.requestWrite().catch(() => undefined);
    }
    // A snapshot is a safety net, not a condition for opening: a full disk must not lock the user out.
    await this.snapshotOnOpen(entry).catch(() => undefined);
  }

  /** Reads and registers one group file; null when its group is already open. */
  private async openGroupFile(
    fileName: string,
    adapter: WorkspaceFileAdapter,
    validatedBefore: (hash: string) => boolean,
    earlier: StampedRead | null = null,
  ): Promise<GroupEntry | null> {
    const workspace = await adapter.read(validatedBefore, earlier);
    // Two files of one group (copied by hand, or a sync client's duplicate): the first one wins, the other is left alone.
    if (this.groups.has(workspace.group.id)) return null;
    return this.addEntry(workspace, fileName, adapter);
  }

  /** Keeps the file as it was opened, unless the newest snapshot already holds exactly those bytes. */
  private async snapshotOnOpen(entry: GroupEntry): Promise<void> {
    const opened = entry.adapter.lastRead;
    // A file in the current version is kept as read (no re-encoding of 5 MB on the event loop at every start); a
    // migrated one was kept as read before migrating, so its snapshot is the migrated state.
    const keptAsRead = opened?.fromVersion === CURRENT_SCHEMA_VERSION;
    const bytes = keptAsRead ? opened.bytes : encodeReplica(this.replicaOf(entry));
    // The file's hash was taken as it was read: no second pass over 5 MB at every start.
    // Taken before any await: a save during the snapshot (a group that came back mid-session is editable at once)
    // changes the file's hash, not these bytes'.
    const bytesHash = keptAsRead ? entry.adapter.knownHash : null;
    // Bytes the store encoded, or a file read that validation left as it was, hold exactly the data opened.
    const holds = !keptAsRead || entry.adapter.verifiedHash !== null ? entry.db.data : undefined;
    if (!(await this.backups.newestHolds(entry.id, bytes, bytesHash))) {
      await this.backups.save(entry.id, bytes, 'open', entry.db.data.group, { holds, sessionStart: true });
    } else if (holds) {
      // An earlier session's snapshot with these very bytes: restoring it goes back to this start, without a parse.
      this.backups.rememberHeld(entry.id, bytesHash ?? contentHash(bytes), holds, { sessionStart: true });
    }
    entry.lastBackupAt = this.clock().getTime();
    if (keptAsRead) entry.snapshotHash = bytesHash;
  }

  private addEntry(workspace: Workspace, fileName: string, adapter: WorkspaceFileAdapter): GroupEntry {
    const data = deepFreeze(workspace);
    const id = data.group.id;
    const entry: GroupEntry = {
      id,
      fileName,
      fileNameFrom: data.group.name,
      db: new Low<Workspace>(adapter, data),
      adapter,
      writer: new GroupWriter({
        persist: () => this.persist(entry),
        onSaving: () => this.saveTracker.set(id, { kind: 'saving' }),
        onSaved: () => this.saveTracker.saved(id, this.clock()),
        onFailed: (code) => this.saveTracker.set(id, { kind: 'failed', code }),
        retryIntervalMs: this.settings.saveRetryIntervalMs,
      }),
      lastBackupAt: 0,
      snapshotHash: null,
      lastSummary: '',
      announced: data,
      conflictCopy: null,
    };
    adapter.onRenameRetry = () => this.saveTracker.retrying(id, this.clock());
    this.sync.opened(adapter.sync);
    entry.lastSummary = JSON.stringify(this.summaryOf(entry));
    this.groups.set(id, entry);
    return entry;
  }

  // ---- reading ---------------------------------------------------------------------------------------------------

  listGroups(): GroupSummary[] {
    this.assertOpen();
    const summaries = [...this.groups.values()].map((entry) => this.summaryOf(entry));
    if (!this.loaded) {
      // While the groups are read: the ones not yet open from their summaries, the first file of a group only.
      this.listedEarly = true;
      const listed = new Set(summaries.map((summary) => summary.id));
      for (const { summary } of this.glanced.values()) {
        if (listed.has(summary.id)) continue;
        listed.add(summary.id);
        summaries.push(summary);
      }
    }
    return summaries.sort((a, b) => a.name.localeCompare(b.name, 'da') || a.id.localeCompare(b.id));
  }

  get(groupId: string): Readonly<Workspace> {
    this.assertOpen();
    return this.entryOf(groupId).db.data;
  }

  groupAndMeetings(groupId: string): Readonly<Pick<Workspace, 'group' | 'meetings'>> {
    this.assertOpen();
    const entry = this.groups.get(groupId);
    if (entry) return entry.db.data;
    // As listGroups does: of two files of one group, the first glanced at.
    if (!this.loaded) for (const glance of this.glanced.values()) if (glance.summary.id === groupId) return glance;
    throw new AppError('groupNotFound', { groupId });
  }

  prepareForEdits(groupId: string): void {
    // A group shown from its glance is the one the facilitator is about to work in.
    if (!this.groups.has(groupId)) return this.openSoon(groupId);
    // The dashboard asks again after every change to the group: one turn waiting per group is enough.
    if (this.closing || this.toPrepare.has(groupId)) return;
    this.toPrepare.add(groupId);
    // One group at a time, in the order they were shown; a group shown again finds its lists cached and costs nothing.
    // It waits until the page has drawn what it asked for, and then takes half a core at most: on two cores, ~60 ms of
    // encoding at once slowed the browser drawing the group just shown.
    this.preparing = this.preparing
      .then(() => sleep(PREPARE_AFTER_MS))
      .then(() => {
        this.toPrepare.delete(groupId);
        const entry = this.groups.get(groupId);
        return entry && !this.closing ? warmEncodingCaches(entry.db.data, () => sleep(PREPARE_PAUSE_MS)) : undefined;
      })
      .catch(() => undefined);
  }

  problems(): WorkspaceProblem[] {
    this.assertOpen();
    return this.problemList.list();
  }

  saveState(): SaveState {
    this.assertOpen();
    return this.saveTracker.current();
  }

  async listBackups(groupId: string): Promise<BackupInfo[]> {
    this.assertOpen();
    this.entryOf(groupId);
    return this.backups.listValidInfo(groupId);
  }

  fileSize(groupId: string): number {
    this.assertOpen();
    return this.entryOf(groupId).adapter.knownSize;
  }

  async otherDevices(): Promise<DevicePresence[]> {
    this.assertOpen();
    return (await this.presence?.others()) ?? [];
  }

  // ---- changing --------------------------------------------------------------------------------------------------

  async create(workspace: Workspace): Promise<GroupSummary> {
    this.assertOpen();
    const parsed = workspaceSchema.safeParse(workspace);
    if (!parsed.success) throw new AppError('validation');
    if (this.groups.has(parsed.data.group.id)) throw new AppError('validation', { field: 'group.id' });
    const listing = await this.fs.readdir(this.folder);
    this.assertOpen();
    if (this.groups.has(parsed.data.group.id)) throw new AppError('validation', { field: 'group.id' });
    const fileName = this.freeFileName(parsed.data.group.name, listing);
    const entry = this.addEntry(parsed.data, fileName, new WorkspaceFileAdapter(path.join(this.folder, fileName), this.context));
    entry.lastSummary = ''; // announced as a new group once its file is durable
    await entry.writer.requestWrite();
    return this.summaryOf(entry);
  }

  async update(groupId: string, mutate: (draft: Workspace, current: Readonly<Workspace>) => void): Promise<Readonly<Workspace>> {
    this.assertOpen();
    const entry = this.entryOf(groupId);
    const current = entry.db.data;
    // The draft shares every object the mutation does not touch with the current state (immer copies only the path to
    // a change), so a save neither copies 5 MB first nor re-validates or re-encodes what did not change.
    const draft = produce(current as Workspace, (editable) => {
      // An async mutate would change the draft after it was validated and saved: refuse it loudly instead.
      if ((mutate(editable, current) as unknown) instanceof Promise) throw new AppError('internal', { reason: 'asyncMutate' });
    });
    const parsed = validateChangedParts(current, draft);
    if (!parsed.success) throw new AppError('validation');
    if (parsed.data.group.id !== groupId) throw new AppError('validation', { field: 'group.id' });
    const next = deepFreeze(parsed.data);
    entry.adapter.sync = this.sync.stamp(entry.db.data, next, entry.adapter.sync);
    entry.db.data = next;
    await entry.writer.requestWrite();
    return next;
  }

  conflicts(groupId: string): SyncConflictView[] {
    this.assertOpen();
    const entry = this.entryOf(groupId);
    return this.sync.list(this.replicaOf(entry));
  }

  async resolveConflict(groupId: string, conflictId: string, keep: ConflictChoice): Promise<void> {
    this.assertOpen();
    const entry = this.entryOf(groupId);
    const conflict = this.sync.find(this.replicaOf(entry), conflictId);
    if (!conflict) throw new AppError('validation', { field: 'conflictId' });
    // The kept value goes back in its field as a change made now, so every device ends on it.
    await this.update(groupId, (draft) => this.sync.choose(draft, conflict, keep));
    entry.adapter.sync = this.sync.resolved(entry.adapter.sync, conflictId);
    await entry.writer.requestWrite();
  }

  async restoreBackup(groupId: string, backupId: string): Promise<GroupSummary> {
    this.assertOpen();
    const entry = this.entryOf(groupId);
    const backup = await this.backups.readValid(groupId, backupId);
    if (!backup || backup.workspace.group.id !== groupId) throw new AppError('backupNotFound', { backupId });
    await this.snapshotBeforeRestore(entry);
    entry.lastBackupAt = this.clock().getTime();
    // A restore is a change made now: stamped, so other devices take it (records it brings back live again).
    // Records equal to the ones in use stay the same objects: the change event then names only what the backup changes.
    const restored = deepFreeze(shareUnchanged(entry.db.data, backup.workspace));
    entry.adapter.sync = this.sync.stamp(entry.db.data, restored, entry.adapter.sync);
    entry.db.data = restored;
    await entry.writer.requestWrite();
    return this.summaryOf(entry);
  }

  /**
   * Keeps the group as it is before a restore replaces it. When the file is still the store's own last write, that
   * file is the snapshot (a hard link, no 5 MB to encode and write again); otherwise the state is encoded and written.
   */
  private async snapshotBeforeRestore(entry: GroupEntry): Promise<void> {
    const holds = entry.db.data;
    // Taken while no write runs, none is waiting, and the data in memory is the very data the file was last read or
    // written with: a sync client's copy merged in sets the state before its write is asked for.
    const linked = await entry.writer.exclusive(async () => {
      const stamp = entry.adapter.ownValidatedStamp;
      const sha256 = entry.adapter.verifiedHash;
      const base = entry.adapter.base;
      const fileHoldsIt = base?.workspace === holds && base.sync === entry.adapter.sync && entry.db.data === holds;
      if (entry.writer.hasUnsavedChanges() || !stamp || !sha256 || !fileHoldsIt) return null;
      return this.backups.saveByLink(entry.id, entry.adapter.filePath, stamp, 'pre-restore', { group: holds.group, sha256, holds });
    });
    if (linked) return;
    const current = entry.db.data;
    await this.backups.save(entry.id, encodeReplica(this.replicaOf(entry)), 'pre-restore', current.group, { holds: current });
  }

  async restoreNewestBackup(problemId: string): Promise<GroupSummary> {
    this.assertOpen();
    const problem = this.problemList.get(problemId);
    const offered = problem.newestBackup;
    const backup = offered ? await this.backups.readValid(offered.groupId, offered.id) : null;
    if (!offered || !backup) throw new AppError('backupNotFound', { problemId });
    let summary: GroupSummary;
    if (this.groups.has(offered.groupId)) {
      summary = await this.restoreBackup(offered.groupId, offered.id);
    } else {
      const listing = await this.fs.readdir(this.folder);
      const taken = this.takenNames(listing);
      const fileName = taken.has(fileNameKey(problem.fileName))
        ? this.freeFileName(backup.workspace.group.name, listing)
        : problem.fileName;
      const adapter = new WorkspaceFileAdapter(path.join(this.folder, fileName), this.context);
      const entry = this.addEntry(backup.workspace, fileName, adapter);
      entry.lastBackupAt = this.clock().getTime();
      await entry.writer.requestWrite();
      summary = this.summaryOf(entry);
    }
    this.problemList.remove(problemId);
    this.emit({ type: 'groupsChanged' });
    return summary;
  }

  dismissProblem(problemId: string): void {
    this.assertOpen();
    this.problemList.remove(problemId);
  }

  // ---- writing ---------------------------------------------------------------------------------------------------

  /** One durable write of a group's current state; runs inside the group's writer, never two at once per group. */
  private async persist(entry: GroupEntry): Promise<void> {
    await this.saveConflictCopy(entry);
    const onDisk = await entry.adapter.readIfNotOurs();
    if (onDisk) {
      const settled = await this.adoptForeignFile(entry, onDisk, decodeWorkspace(onDisk));
      if (settled) return;
    }
    await this.renameIfNameChanged(entry);
    // An update made while this write runs is not durable yet: it is named by the next write's event, not this one.
    const written = entry.db.data;
    await entry.db.write();
    await this.snapshotWhileEditing(entry);
    const changes = workspaceChanges(entry.announced, written);
    entry.announced = written;
    this.emit({ type: 'groupChanged', groupId: entry.id, changes });
    this.emitGroupsChangedIfSummaryChanged(entry);
  }

  /**
   * Like readIfNotOurs, but a file that does not decode is read again after a quiet moment: a sync client may still be
   * writing it. Returns null while it keeps changing (the next change notification brings us back).
   */
  private async readSettledChange(entry: GroupEntry): Promise<Uint8Array | null> {
    const bytes = await entry.adapter.readIfNotOurs();
    if (!bytes || decodeWorkspace(bytes).kind !== 'corrupt') return bytes;
    await this.context.sleep(this.settings.watchDebounceMs);
    const again = await entry.adapter.readIfNotOurs();
    return again && contentHash(again) === contentHash(bytes) ? again : null;
  }

  private async isMissing(filePath: string): Promise<boolean> {
    try {
      await this.fs.stat(filePath);
      return false;
    } catch (error) {
      return errorCode(error) === 'ENOENT';
    }
  }

  /** False while a new file does not decode and is still changing: a sync client may be writing it right now. */
  private async isSettled(filePath: string): Promise<boolean> {
    const read = () => this.fs.readFile(filePath).catch(() => null);
    const bytes = await read();
    if (!bytes || decodeWorkspace(bytes).kind !== 'corrupt') return true;
    await this.context.sleep(this.settings.watchDebounceMs);
    const again = await read();
    return again !== null && contentHash(again) === contentHash(bytes);
  }

  /**
   * Someone else changed the group's file. Returns true when that settles the group (reloaded, or our version saved
   * aside as a conflict), false when their file was unusable and has been moved aside so our version can be written.
   */
  private async adoptForeignFile(
    entry: GroupEntry,
    bytes: Uint8Array,
    decoded: DecodedWorkspace,
  ): Promise<boolean> {
    if (decoded.kind === 'corrupt') {
      const moved = await this.setAsideUnusable(entry.fileName, decoded, entry.id);
      // Never write over bytes we could not keep; the writer tries again later.
      if (!moved) throw new AppError('saveFailed', { code: 'corruptFileHeld' });
      return false;
    }
    if (decoded.kind === 'ok' && decoded.workspace.group.id === entry.id) {
      // Another device's version, an older copy, an editor's change: merged, whether or not we have unsaved changes.
      const merged = await this.mergeIn(entry, decoded);
      // The file on disk is theirs now; ours is written over it knowingly, unless the merge is exactly their file.
      const theirsAsMerged = Buffer.compare(encodeReplica(merged), bytes) === 0;
      entry.adapter.remember(bytes, { workspace: decoded.workspace, sync: decoded.sync }, null, theirsAsMerged);
      entry.fileNameFrom = decoded.workspace.group.name;
      return theirsAsMerged;
    }
    // The file now holds another group or a newer version: theirs stays as the file, ours is kept next to it and the
    // user is told. The swap is synchronous with taking our copy, so no update made in between can be lost; our copy
    // is held until it is durable, even across a failed attempt.
    const keptAt = await freeAsideName(this.fs, this.folder, entry.fileName, 'conflict', this.clock());
    entry.conflictCopy = {
      bytes: encodeReplica(this.replicaOf(entry)),
      keptAt,
      kind: decoded.kind === 'newerVersion' ? 'newerVersion' : 'externalConflict',
      replacedChange: entry.writer.latestChange(),
    };
    this.forget(entry);
    this.scheduleFolderCheck(); // their file may be another group, to be opened as such
    await this.saveConflictCopy(entry);
    this.emit({ type: 'groupChanged', groupId: entry.id });
    this.emit({ type: 'groupsChanged' });
    return true;
  }

  /**
   * Merges a version of the group read from disk into ours (store/merge/): nothing of either side is lost, same-field
   * changes neither side knew of go to the conflict inbox. Ours is kept as a snapshot first, when the merge changes it.
   */
  private async mergeIn(entry: GroupEntry, theirs: Extract<DecodedWorkspace, { kind: 'ok' }>): Promise<Replica> {
    const ours = this.replicaOf(entry);
    const { merged } = this.sync.merge(ours, theirs, { stamped: theirs.stamped, base: entry.adapter.base ?? ours });
    const before = encodeReplica(ours);
    if (Buffer.compare(encodeReplica(merged), before) === 0) return merged;
    await this.backups.save(entry.id, before, 'pre-merge', ours.workspace.group, { holds: ours.workspace }).catch(() => undefined);
    entry.db.data = deepFreeze(merged.workspace);
    entry.adapter.sync = merged.sync;
    this.emit({ type: 'groupChanged', groupId: entry.id });
    this.emitGroupsChangedIfSummaryChanged(entry);
    return merged;
  }

  /**
   * A sync client's conflict copy of an open group's file (Dropbox, OneDrive, Syncthing; see merge/sync-droppings.ts):
   * merged into the group, then moved into the group's backups. False when it is not one (another group, damaged):
   * then it is treated like any other file in the folder.
   */
  private async takeInSyncCopy(fileName: string): Promise<boolean> {
    const entry = [...this.groups.values()].find((one) => syncCopyOf(fileName, one.fileName) !== null);
    if (!entry) return false;
    const filePath = path.join(this.folder, fileName);
    const bytes = await this.fs.readFile(filePath).catch(() => null);
    const decoded = bytes ? decodeWorkspace(bytes) : null;
    if (!bytes || decoded?.kind !== 'ok' || decoded.workspace.group.id !== entry.id) return false;
    await entry.writer.exclusive(() => this.mergeIn(entry, decoded));
    // Kept before it leaves the folder: if the backup cannot be written, the copy stays where it is.
    await this.backups.save(entry.id, bytes, 'sync-copy', decoded.workspace.group);
    await this.fs.unlink(filePath).catch(() => undefined);
    await entry.writer.requestWrite().catch(() => undefined);
    return true;
  }

  private async saveConflictCopy(entry: GroupEntry): Promise<void> {
    const copy = entry.conflictCopy;
    if (!copy) return;
    await durableWrite(copy.keptAt, copy.bytes, this.context);
    entry.conflictCopy = null;
    const newestBackup = (await this.backups.newestValid(entry.id))?.info ?? null;
    this.problemList.add({ kind: copy.kind, fileName: entry.fileName, keptAt: copy.keptAt, reason: copy.kind, newestBackup });
    entry.writer.abandonUnsaved(copy.replacedChange, EXTERNAL_CONFLICT());
    // Nothing of ours is only in memory any more (it is in the conflict copy), so a failed state is over.
    if (!entry.writer.hasUnsavedChanges()) this.saveTracker.saved(entry.id, this.clock());
  }

  private async renameIfNameChanged(entry: GroupEntry): Promise<void> {
    const name = entry.db.data.group.name;
    if (safeFileStem(name, FALLBACK_STEM) === safeFileStem(entry.fileNameFrom, FALLBACK_STEM)) return;
    const listing = (await this.fs.readdir(this.folder)).filter((fileName) => fileName !== entry.fileName);
    const target = this.freeFileName(name, listing, entry);
    this.reservedNames.add(target);
    try {
      const from = entry.adapter.filePath;
      const to = path.join(this.folder, target);
      try {
        await renameWithRetry(from, to, this.context);
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error;
      }
      entry.fileName = target;
      entry.fileNameFrom = name;
      entry.adapter.filePath = to;
    } finally {
      this.reservedNames.delete(target);
    }
  }

  private async snapshotWhileEditing(entry: GroupEntry): Promise<void> {
    const now = this.clock().getTime();
    if (now - entry.lastBackupAt < this.settings.backupIntervalMs) return;
    entry.lastBackupAt = now;
    // A failed snapshot must not fail the save it follows; the next interval tries again.
    await this.backups.save(entry.id, encodeReplica(this.replicaOf(entry)), 'edit', entry.db.data.group, { holds: entry.db.data }).then(
      () => {
        entry.snapshotHash = entry.adapter.knownHash;
      },
      () => {
        entry.lastBackupAt = 0;
      },
    );
  }

  // ---- problems --------------------------------------------------------------------------------------------------

  /**
   * A corrupt file is moved aside with its bytes intact; a newer one is left where it is. Both become problems.
   * Returns whether the file's name is now free.
   */
  private async setAsideUnusable(
    fileName: string,
    decoded: Exclude<DecodedWorkspace, { kind: 'ok' }>,
    knownGroupId: string | null,
  ): Promise<boolean> {
    const filePath = path.join(this.folder, fileName);
    if (decoded.kind === 'newerVersion') {
      this.problemList.add({ kind: 'newerVersion', fileName, keptAt: filePath, reason: 'newerVersion', newestBackup: null });
      return false;
    }
    let keptAt = await freeAsideName(this.fs, this.folder, fileName, 'corrupt', this.clock());
    try {
      await renameWithRetry(filePath, keptAt, this.context);
    } catch {
      keptAt = filePath; // could not be moved (held by another program): it stays where it is and is still never written
    }
    const groupId = knownGroupId ?? decoded.groupId;
    const newest = groupId
      ? await this.backups.newestValid(groupId)
      : await this.backups.newestValidWhere(
          (workspace) =>
            !this.groups.has(workspace.group.id) &&
            safeFileStem(workspace.group.name, FALLBACK_STEM) === stemOf(fileName).replace(/-\d+$/, ''),
        );
    this.problemList.add({ kind: 'corrupt', fileName, keptAt, reason: decoded.reason, newestBackup: newest?.info ?? null });
    return keptAt !== filePath;
  }

  // ---- other programs' changes -----------------------------------------------------------------------------------

  startWatching(): void {
    try {
      this.watcher = this.fs.watch(this.folder, () => this.scheduleFolderCheck());
    } catch {
      this.watcher = null; // no watching on this file system; the hash check before every write still protects the file
    }
  }

  private scheduleFolderCheck(): void {
    if (this.closing) return;
    if (this.watchTimer) clearTimeout(this.watchTimer);
    this.watchTimer = setTimeout(() => {
      this.watchTimer = null;
      this.folderCheck = this.folderCheck.then(() => this.checkFolder()).catch(() => undefined);
    }, this.settings.watchDebounceMs);
  }

  /** Re-checks every open group's file and opens group files that appeared. */
  private async checkFolder(): Promise<void> {
    if (this.closing) return;
    for (const entry of [...this.groups.values()]) {
      const writeBack = await entry.writer.exclusive(async () => {
        if (this.groups.get(entry.id) !== entry) return false;
        if (await this.isMissing(entry.adapter.filePath)) return true;
        const bytes = await this.readSettledChange(entry);
        if (!bytes) return false;
        // Unsettled: their file was garbage and is now set aside, or merged with ours into something it lacks.
        return !(await this.adoptForeignFile(entry, bytes, decodeWorkspace(bytes)));
      });
      // Written through the writer (the user sees the save, a failure is retried): a merge's result, ours after their
      // file was set aside, or a group whose file another program deleted while open, instead of vanishing at the next
      // start.
      if (writeBack) await entry.writer.requestWrite().catch(() => undefined);
    }
    const known = new Set([...this.groups.values()].map((entry) => fileNameKey(entry.fileName)));
    const refused = this.problemList.refusedFileKeys();
    for (const fileName of await this.fs.readdir(this.folder)) {
      const key = fileNameKey(fileName);
      if (this.closing || !isGroupFileName(fileName) || known.has(key) || refused.has(key)) continue;
      if (this.reservedNames.has(fileName)) continue;
      if (!(await this.isSettled(path.join(this.folder, fileName)))) continue;
      if (await this.takeInSyncCopy(fileName).catch(() => false)) continue;
      const before = this.groups.size;
      await this.loadFile(fileName);
      if (this.groups.size !== before) this.emit({ type: 'groupsChanged' });
    }
  }

  // ---- closing ---------------------------------------------------------------------------------------------------

  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    this.watcher?.close();
    if (this.watchTimer) clearTimeout(this.watchTimer);
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    await this.folderCheck;
    for (const entry of this.groups.values()) {
      entry.writer.stop();
      await entry.writer.flush();
    }
    if (this.loaded) {
      // A failed snapshot must not keep the lock: the close goes on.
      for (const entry of this.groups.values()) await this.snapshotAtClose(entry).catch(() => undefined);
    }
    await this.problemRecord.settled();
    await this.recordVerifiedFiles();
    await this.heartbeat;
    await this.presence?.withdraw();
    await this.lock.release();
  }

  /**
   * The session's last state as a snapshot, so restoring the newest backup after a damaged file brings back the last
   * session too (the open snapshot alone would lose it); skipped when the newest snapshot already holds it.
   */
  private async snapshotAtClose(entry: GroupEntry): Promise<void> {
    // Nothing changed since the latest snapshot: skip encoding and comparing a file of up to several MB at every close.
    if (entry.snapshotHash !== null && entry.snapshotHash === entry.adapter.knownHash) return;
    const bytes = encodeReplica(this.replicaOf(entry));
    if (!(await this.backups.newestHolds(entry.id, bytes))) {
      await this.backups.save(entry.id, bytes, 'close', entry.db.data.group, { holds: entry.db.data });
    }
  }

  /** Renews the lock and the presence file. A renewal that fails is tried again at the next beat. */
  private beat(): void {
    this.heartbeat = this.heartbeat.then(async () => {
      if (this.closing) return;
      await this.lock.renew().catch(() => undefined);
      await this.presence?.beat().catch(() => undefined);
    });
  }

  /** What each group file holds now was validated or written by this store: the next open need not check it again. */
  private async recordVerifiedFiles(): Promise<void> {
    if (!this.loaded || this.groups.size === 0) return;
    const files = new Map<string, string>();
    for (const entry of this.groups.values()) {
      const hash = entry.adapter.verifiedHash;
      if (hash) files.set(entry.fileName, hash);
    }
    await writeVerifiedRecord(this.context, this.device.state.verified, this.device.identity.secret, files);
  }

  // ---- helpers ---------------------------------------------------------------------------------------------------

  private assertOpen(): void {
    if (this.closing) throw new AppError('shuttingDown');
  }

  private entryOf(groupId: string): GroupEntry {
    const entry = this.groups.get(groupId);
    if (!entry) throw new AppError('groupNotFound', { groupId });
    return entry;
  }

  /** The group as its file holds it: the data and its sync section. */
  private replicaOf(entry: GroupEntry): Replica {
    return { workspace: entry.db.data, sync: entry.adapter.sync };
  }

  private forget(entry: GroupEntry): void {
    this.groups.delete(entry.id);
    entry.writer.stop();
    this.saveTracker.set(entry.id, { kind: 'idle' });
  }

  private summaryOf(entry: GroupEntry): GroupSummary {
    return summarizeGroup(entry.db.data, entry.fileName, localIsoDate(this.clock()));
  }

  private emitGroupsChangedIfSummaryChanged(entry: GroupEntry): void {
    const summary = JSON.stringify(this.summaryOf(entry));
    if (summary === entry.lastSummary) return;
    entry.lastSummary = summary;
    this.emit({ type: 'groupsChanged' });
  }

  /** Every name in use, compared case-insensitively: files on disk, open groups, names being claimed right now. */
  private takenNames(listing: readonly string[], except?: GroupEntry): Set<string> {
    const names = [...listing, ...this.reservedNames];
    for (const entry of this.groups.values()) if (entry !== except) names.push(entry.fileName);
    return new Set(names.map(fileNameKey));
  }

  private freeFileName(groupName: string, listing: readonly string[], except?: GroupEntry): string {
    return uniqueFileName(safeFileStem(groupName, FALLBACK_STEM), 'json', this.takenNames(listing, except));
  }

  private emit(event: AppEvent): void {
    try {
      this.options.onEvent?.(event);
    } catch {
      // A listener's bug must not break a save that already happened.
    }
  }
}

/** Keeps two OS users on one machine apart in the shared temp folder. */
function safeUserTag(): string {
  try {
    return os.userInfo().username.replace(/[^A-Za-z0-9_-]/g, '_') || 'user';
  } catch {
    return 'user';
  }
}
