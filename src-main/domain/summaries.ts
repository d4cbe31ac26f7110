// Derived views of a workspace: what the groups list and the dashboard show.
import type { GroupSummary, Meeting, Workspace } from './model';
import type { Dashboard } from './views';

/** Meetings on or after `today` (an ISO date), earliest first. */
export function upcomingMeetings(meetings: readonly Meeting[], today: string): Meeting[] {
  return meetings
    .filter((meeting) => meeting.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
}

export function summarizeGroup(workspace: Workspace, fileName: string, today: string): GroupSummary {
  return {
    id: workspace.group.id,
    name: workspace.group.name,
    language: workspace.group.language,
    archived: workspace.group.archived,
    memberCount: workspace.members.filter((member) => !member.left || member.left > today).length,
    speakerCount: workspace.speakers.length,
    nextMeetingDate: upcomingMeetings(workspace.meetings, today)[0]?.date ?? null,
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
