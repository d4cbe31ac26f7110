// What the conflict inbox shows: one field changed on two devices, neither knowing of the other, with both values.
// The store keeps the conflicts in the group's file; this is the view the API hands the renderer.
import type { Workspace } from './model';

export type SyncConflictCollection = 'group' | 'members' | 'speakers' | 'meetings' | 'invitations' | 'agendaTemplates' | 'actions' | 'themes';

export interface SyncConflictSide {
  /** The value as stored; undefined when the field was empty on that side. */
  value?: unknown;
  /** The device's name as it gave it (null if it never did), and its id. */
  deviceName: string | null;
  deviceId: string;
  /** When the change was made by that device's clock (ISO), or null for a value from before stamps existed. */
  at: string | null;
}

export interface SyncConflictView {
  id: string;
  collection: SyncConflictCollection;
  recordId: string;
  /** A name the facilitator recognises: the member's or speaker's name, the meeting's date, the theme's title. */
  recordLabel: string;
  field: string;
  /** The value the app kept (it is in the data now) and the value it set aside. */
  kept: SyncConflictSide;
  other: SyncConflictSide;
}

/** The record's human name, for the inbox; the id when it has none. */
export function recordLabelOf(workspace: Readonly<Workspace>, collection: SyncConflictCollection, recordId: string): string {
  if (collection === 'group') return workspace.group.name;
  const record = (workspace[collection] as readonly Record<string, unknown>[]).find((one) => one.id === recordId);
  if (!record) return recordId;
  for (const key of ['name', 'title', 'date', 'text']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return recordId;
}

/** How many conflicts wait in one group's inbox: for the badge that says there is something to choose. */
export interface SyncConflictCount {
  groupId: string;
  groupName: string;
  count: number;
}
