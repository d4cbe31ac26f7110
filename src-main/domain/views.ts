// Shapes the API returns that are not stored as such: summaries and status built from the workspace files.
import type { Group, GroupSummary, Language, Meeting } from './model';
import type { ColorSchemeChoice } from './appearance';
import type { WorkspaceChanges } from './workspace-changes';

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
  /** Light, dark, or following the system ('auto'). */
  colorScheme: ColorSchemeChoice;
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
  /** `changes` names the records a durable write touched; absent, anything may have changed (a merge, a reload). */
  | { type: 'groupChanged'; groupId: string; changes?: WorkspaceChanges }
  | { type: 'saveState'; state: SaveState }
  | { type: 'problemsChanged' };

/**
 * What became of a document the facilitator exported. In the Electron app the main process saves it where the user
 * chose; in a browser tab (web host) the bytes come back and the renderer hands them to the browser as a download.
 */
export type ExportResult =
  | { kind: 'saved'; fileName: string; path: string }
  | { kind: 'cancelled' }
  | { kind: 'download'; fileName: string; mimeType: string; base64: string };

/** A mail draft or link: opened by the app where it can, otherwise handed to the renderer to open itself. */
export type OpenExternalResult = { kind: 'opened' } | { kind: 'openInRenderer'; url: string };
