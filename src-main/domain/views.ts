// Shapes the API returns that are not stored as such: summaries and status built from the workspace files.
import type { Group, GroupSummary, Language, Meeting } from './model';

export type ProblemKind = 'corrupt' | 'newerVersion' | 'externalConflict';

/** A workspace file the app would not open or write, explained to the user. */
export interface WorkspaceProblem {
  id: string;
  kind: ProblemKind;
  /** The file as it was named in the folder. */
  fileName: string;
  /** Where the bad bytes were moved (corrupt) or saved (conflict); absolute path. */
  keptAt: string | null;
  /** Why it failed, as a code the renderer translates: 'empty', 'zeroFilled', 'notJson', 'invalidData', ... */
  reason: string;
  detectedAt: string;
  /** The newest backup that validates, offered for restore. */
  newestBackup: BackupInfo | null;
}

export interface BackupInfo {
  id: string;
  groupId: string;
  groupName: string;
  createdAt: string;
  sizeBytes: number;
}

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'saving' }
  | { kind: 'retrying'; since: string }
  | { kind: 'failed'; code: string };

export interface AppStatus {
  /** The user's chosen language, or null to follow the system. */
  language: Language | null;
  systemLanguage: Language;
  workspacesFolder: string;
  canPickFolder: boolean;
  problems: WorkspaceProblem[];
  saveState: SaveState;
}

export interface Dashboard {
  group: Group;
  summary: GroupSummary;
  memberCount: number;
  speakerCount: number;
  upcomingMeetings: Meeting[];
}

/** Pushed from the main process to every open window. */
export type AppEvent =
  | { type: 'groupsChanged' }
  | { type: 'groupChanged'; groupId: string }
  | { type: 'saveState'; state: SaveState }
  | { type: 'problemsChanged' };
