// The store's face to the rest of the main process. Only store/ touches workspace files.
import type { GroupSummary, Workspace } from '../domain/model';
import type { DevicePresence } from '../domain/presence';
import type { SyncConflictView } from '../domain/sync-conflicts';
import type { AppEvent, BackupInfo, SaveState, WorkspaceProblem } from '../domain/views';

export interface WorkspaceStore {
  readonly folder: string;
  /** Summaries of every group that opened cleanly, sorted by name (da collation). */
  listGroups(): GroupSummary[];
  /** A deep-frozen snapshot; throws AppError('groupNotFound'). */
  get(groupId: string): Readonly<Workspace>;
  /**
   * The group and its meetings, as the dashboard shows them: from the open group or, while the groups are still being
   * read, from the glance at its file that listed it. Throws AppError('groupNotFound').
   */
  groupAndMeetings(groupId: string): Readonly<Pick<Workspace, 'group' | 'meetings'>>;
  /** Writes a new group file with a safe, unique slug of its name; resolves once durable. */
  create(workspace: Workspace): Promise<GroupSummary>;
  /**
   * Applies `mutate` to a copy, validates the result with the workspace schema, makes it current and resolves
   * once it is durable on disk. A throwing mutate or invalid result changes nothing.
   * If the group's name changed, the file is renamed to the new slug (never colliding).
   * `current` is the state the draft starts from. A list rebuilt from it (`draft.speakers = current.speakers.map(…)`)
   * drafts none of its records, where the same walk over the draft drafts each one (~2 ms for 5,000 speakers).
   */
  update(groupId: string, mutate: (draft: Workspace, current: Readonly<Workspace>) => void): Promise<Readonly<Workspace>>;
  /**
   * Prepares the group's next save while the app is idle (its stored form encoded ahead), so the first edit of a group
   * just shown is answered as fast as the ones after it. Changes nothing; an unknown group is ignored, and a group not
   * yet open while the groups are read is opened next.
   */
  prepareForEdits(groupId: string): void;
  problems(): WorkspaceProblem[];
  dismissProblem(problemId: string): void;
  /** Restores the newest valid backup of a quarantined group; the corrupt copy stays where it was kept. */
  restoreNewestBackup(problemId: string): Promise<GroupSummary>;
  listBackups(groupId: string): Promise<BackupInfo[]>;
  /** The size in bytes of the group's file as this process last read or wrote it. */
  fileSize(groupId: string): number;
  /** Saves the current state as a backup first, so a restore can itself be undone. */
  restoreBackup(groupId: string, backupId: string): Promise<GroupSummary>;
  saveState(): SaveState;
  /** Same-field changes made on two devices without either knowing of the other, not yet resolved (store/merge/). */
  conflicts(groupId: string): SyncConflictView[];
  /** Keeps one side of a conflict: its value goes back in the field as a change made now. Resolves once durable. */
  resolveConflict(groupId: string, conflictId: string, keep: 'kept' | 'other'): Promise<void>;
  /** Other devices that have this folder open now (their presence files, with a recent heartbeat). */
  otherDevices(): Promise<DevicePresence[]>;
  /** Flushes pending writes, stops watchers, releases the folder lock. Further calls reject with 'shuttingDown'. */
  close(): Promise<void>;
}

export type StoreEventListener = (event: AppEvent) => void;
