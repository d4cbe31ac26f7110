// Derived views of a workspace: what the groups list and the dashboard show.
import { nextMeeting, upcomingMeetings } from './meetings';
import type { GroupSummary, Workspace } from './model';
import { currentMembers } from './people';
import type { Dashboard } from './views';

export function summarizeGroup(workspace: Workspace, fileName: string, today: string): GroupSummary {
  return {
    id: workspace.group.id,
    name: workspace.group.name,
    language: workspace.group.language,
    archived: workspace.group.archived,
    memberCount: currentMembers(workspace.members, today).length,
    speakerCount: workspace.speakers.length,
    nextMeetingDate: nextMeeting(workspace.meetings, today)?.date ?? null,
    fileName,
  };
}

export function buildDashboard(workspace: Workspace, summary: GroupSummary, today: string): Dashboard {
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
