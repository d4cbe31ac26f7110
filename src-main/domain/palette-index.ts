// What the command palette can find in one group: names and dates only, so the index stays small for large groups.
import { meetingsInOrder } from './meetings';
import type { Workspace } from './model';
import { currentMembers, currentOrganisation } from './people';

export interface PaletteIndexPerson {
  id: string;
  name: string;
  organisation: string;
}

export interface PaletteIndexMeeting {
  id: string;
  date: string;
  theme: string;
  /** True from the meeting's day on: the palette then opens its minutes rather than its plan. */
  started: boolean;
}

export interface PaletteIndexAction {
  id: string;
  text: string;
  due: string;
}

export interface PaletteGroupIndex {
  groupId: string;
  groupName: string;
  members: PaletteIndexPerson[];
  speakers: PaletteIndexPerson[];
  meetings: PaletteIndexMeeting[];
  openActions: PaletteIndexAction[];
  /** The latest meeting that has begun (else the first planned one): "minutes of the latest meeting" opens it. */
  latestMeetingId: string | null;
}

/** Longer texts are cut here: the palette shows one line, and a long action must not swell the index. */
const MAX_ACTION_TEXT = 140;

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0]?.trim() ?? '';
  return line.length > MAX_ACTION_TEXT ? `${line.slice(0, MAX_ACTION_TEXT - 1)}…` : line;
}

/** The group's findable things on `today`: current members, every speaker, meetings in order, open actions by due date. */
export function paletteIndexOf(workspace: Pick<Workspace, 'group' | 'members' | 'speakers' | 'meetings' | 'actions'>, today: string): PaletteGroupIndex {
  const meetings = meetingsInOrder(workspace.meetings).map((meeting) => ({
    id: meeting.id,
    date: meeting.date,
    theme: meeting.theme,
    started: meeting.date <= today,
  }));
  const started = meetings.filter((meeting) => meeting.started);
  return {
    groupId: workspace.group.id,
    groupName: workspace.group.name,
    members: currentMembers(workspace.members, today).map((member) => ({ id: member.id, name: member.name, organisation: currentOrganisation(member) })),
    speakers: workspace.speakers.map((speaker) => ({ id: speaker.id, name: speaker.name, organisation: speaker.organisation })),
    meetings,
    openActions: workspace.actions
      .filter((action) => action.status === 'open')
      .sort((a, b) => a.due.localeCompare(b.due))
      .map((action) => ({ id: action.id, text: firstLine(action.text), due: action.due })),
    latestMeetingId: (started.at(-1) ?? meetings[0])?.id ?? null,
  };
}
