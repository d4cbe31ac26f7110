// Derived views of a workspace: what the groups list and the dashboard show.
import { nextMeeting, upcomingMeetings } from './meetings';
import type { Group, GroupSummary, Meeting, Member, Workspace } from './model';
import { currentMembers } from './people';
import type { Dashboard } from './views';

export function summarizeGroup(workspace: Workspace, fileName: string, today: string): GroupSummary {
  return summarizeGroupFacts({ ...workspace, speakerCount: workspace.speakers.length }, fileName, today);
}

/** What a group's summary is made of: all that the groups list needs from its file. */
export interface GroupFacts {
  group: Pick<Group, 'id' | 'name' | 'language' | 'archived'>;
  members: readonly Pick<Member, 'joined' | 'left'>[];
  meetings: readonly Pick<Meeting, 'date' | 'startTime'>[];
  speakerCount: number;
}

/** The summary from its facts alone (as the store lists a group before opening it). */
export function summarizeGroupFacts({ group, members, meetings, speakerCount }: GroupFacts, fileName: string, today: string): GroupSummary {
  return {
    id: group.id,
    name: group.name,
    language: group.language,
    archived: group.archived,
    memberCount: currentMembers(members, today).length,
    speakerCount,
    nextMeetingDate: nextMeeting(meetings, today)?.date ?? null,
    fileName,
  };
}

export function buildDashboard(workspace: Pick<Workspace, 'group' | 'meetings'>, summary: GroupSummary, today: string): Dashboard {
  return {
    group: workspace.group,
    summary,
    memberCount: summary.memberCount,
    speakerCount: summary.speakerCount,
    upcomingMeetings: upcomingMeetings(workspace.meetings, today).slice(0, 4),
  };
}

/** Today's date in the facilitator's own time zone, as the ISO date the model stores. */
export function localIsoDate(now: Date): string {
  const year = now.getFullYear();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** "2026-11-25T14:07:58+01:00": the user's own wall time and offset, so the stamp's date is the user's day. */
export function localTimestamp(now: Date): string {
  const offsetMinutes = -now.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const pad = (value: number) => String(Math.abs(value)).padStart(2, '0');
  const time = `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
  return `${localIsoDate(now)}T${time}${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
}
