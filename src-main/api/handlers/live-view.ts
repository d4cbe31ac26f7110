// The views live mode reads: which meeting to open, the facilitator's screen, and the projector's (which is built from
// agenda and names only, so no minutes text can reach the projector by mistake).
import { defaultActionDue } from '../../domain/live-meeting-captures';
import { meetingAfter, meetingsInOrder } from '../../domain/meetings';
import type { Meeting, Workspace } from '../../domain/model';
import { peopleOn } from '../../domain/people';
import type { LiveAgendaItem, LiveMeetingChoice, LiveMeetingFacts, LiveOverview, LiveView, PresenterView } from '../operations/live';

export function liveFacts(meeting: Meeting): LiveMeetingFacts {
  const { id, date, startTime, endTime, kind, theme, hostOrganisation } = meeting;
  return { id, date, startTime, endTime, kind, theme, hostOrganisation };
}

export function liveAgenda(meeting: Meeting): LiveAgendaItem[] {
  return meeting.agenda.map(({ id, title, kind, durationMinutes }) => ({ id, title, kind, durationMinutes }));
}

function choiceOf(meeting: Meeting): LiveMeetingChoice {
  return { ...liveFacts(meeting), started: meeting.live !== undefined, finished: meeting.live?.finishedAt !== undefined };
}

export function liveOverview(workspace: Readonly<Workspace>, today: string): LiveOverview {
  const ordered = meetingsInOrder(workspace.meetings);
  return {
    today,
    running: ordered.filter((meeting) => meeting.live && !meeting.live.finishedAt).map(choiceOf),
    todays: ordered.filter((meeting) => meeting.date === today).map(choiceOf),
    next: ordered.filter((meeting) => meeting.date > today).map(choiceOf)[0] ?? null,
  };
}

export function presenterView(workspace: Readonly<Workspace>, meeting: Meeting): PresenterView {
  return {
    language: workspace.group.language,
    groupName: workspace.group.name,
    meeting: liveFacts(meeting),
    agenda: liveAgenda(meeting),
    live: meeting.live ?? null,
    names: Object.fromEntries(workspace.members.map((member) => [member.id, member.name])),
  };
}

const linesOf = (entries: readonly { memberId: string; text: string }[]) => Object.fromEntries(entries.map((entry) => [entry.memberId, entry.text]));

/** The members not in the room according to the minutes' attendance; new rounds leave them out. */
export function awayMemberIds(meeting: Meeting): string[] {
  return (meeting.minutes?.attendance ?? []).filter((entry) => entry.status !== 'present').map((entry) => entry.memberId);
}

export function liveView(workspace: Readonly<Workspace>, meeting: Meeting): LiveView {
  const next = meetingAfter(workspace.meetings, meeting);
  const actions = workspace.actions.filter((action) => action.meetingId === meeting.id);
  return {
    ...presenterView(workspace, meeting),
    members: peopleOn(workspace.members, meeting.date),
    awayMemberIds: awayMemberIds(meeting),
    roundLines: { checkInRound: linesOf(meeting.minutes?.checkInRound ?? []), closingRound: linesOf(meeting.minutes?.closingRound ?? []) },
    decisions: (meeting.minutes?.decisions ?? []).map(({ id, text, agendaItemId }) => ({ id, text, ...(agendaItemId ? { agendaItemId } : {}) })),
    actions: actions.map(({ id, text, due, owner }) => ({ id, text, due, ...(owner.kind === 'member' ? { ownerMemberId: owner.memberId } : {}) })),
    themesRaised: workspace.themes.filter((theme) => theme.raisedAtMeetingId === meeting.id).map(({ id, title }) => ({ id, title })),
    defaultDue: defaultActionDue(meeting.date, next?.date ?? null),
  };
}
