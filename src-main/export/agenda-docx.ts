// The invitation with its timed agenda as a Word document, in the group's language: data in, .docx bytes out.
import type { Paragraph, Table } from 'docx';
import type { AgendaItem } from '../domain/agenda-model';
import { computeSchedule } from '../domain/agenda-timing';
import type { Group, Meeting, Member, Speaker, Workspace } from '../domain/model';
import {
  dataTable,
  factLines,
  hasVisibleText,
  heading,
  houseDocument,
  longDate,
  packDocx,
  textParagraph,
  timeRange,
  title,
  type TableRowContent,
} from './docx-common';
import { AGENDA_LABELS, type AgendaLabels } from './agenda-labels';

export interface AgendaInvitation {
  group: Pick<Group, 'name' | 'language'>;
  meeting: Meeting;
  items: readonly AgendaItem[];
  members: readonly Pick<Member, 'id' | 'name'>[];
  speakers: readonly Pick<Speaker, 'id' | 'name' | 'organisation'>[];
  /** The agreed talk titles by invitation id; an item linked to one shows it as its topic. */
  talkTopics?: Readonly<Record<string, string>>;
  /** Shown instead of the word "Facilitator" when given. */
  facilitatorName?: string;
}

function responsibleName(item: AgendaItem, input: AgendaInvitation, labels: AgendaLabels): string {
  const responsible = item.responsible;
  switch (responsible.kind) {
    case 'facilitator':
      return input.facilitatorName ?? labels.facilitator;
    case 'member':
      return input.members.find((m) => m.id === responsible.memberId)?.name ?? '';
    case 'speaker': {
      const speaker = input.speakers.find((s) => s.id === responsible.speakerId);
      if (!speaker) return '';
      return speaker.organisation ? `${speaker.name}, ${speaker.organisation}` : speaker.name;
    }
    case 'none':
      return '';
  }
}

function meetingFacts(input: AgendaInvitation, labels: AgendaLabels): Paragraph[] {
  const { meeting } = input;
  const language = input.group.language;
  const schedule = computeSchedule(meeting, []);
  const overnight = meeting.kind === 'overnight';
  const date = overnight
    ? `${longDate(meeting.date, language)} – ${longDate(schedule.meetingEnd.date, language)}`
    : longDate(meeting.date, language);
  const time = overnight
    ? `${meeting.startTime} – ${meeting.endTime} ${labels.nextDay}`
    : timeRange(meeting.startTime, meeting.endTime);
  const extras = (['siteTour', 'dinner', 'jointWithSisterGroup'] as const).filter((flag) => meeting[flag]);
  const facts = factLines([
    [labels.facts.group, input.group.name],
    [labels.facts.date, date],
    [labels.facts.time, time],
    [labels.facts.kind, labels.meetingKind[meeting.kind]],
    [labels.facts.host, meeting.hostOrganisation],
    [labels.facts.address, meeting.address],
    [labels.facts.theme, meeting.theme],
  ]);
  return extras.length > 0 ? [...facts, textParagraph(extras.map((flag) => labels.extras[flag]).join(' · '))] : facts;
}

function agendaTable(input: AgendaInvitation, labels: AgendaLabels): Table {
  const language = input.group.language;
  const schedule = computeSchedule(input.meeting, input.items);
  const spansDays = schedule.items.some((s) => s.start.date !== input.meeting.date);
  const rows: TableRowContent[] = [];
  let currentDate = '';
  for (const { item, start, end } of schedule.items) {
    if (spansDays && start.date !== currentDate) rows.push({ spanning: longDate(start.date, language) });
    currentDate = start.date;
    const topic = item.invitationId ? (input.talkTopics?.[item.invitationId] ?? '') : '';
    rows.push({ cells: [timeRange(start.time, end.time), item.title, responsibleName(item, input, labels), topic] });
  }
  const { columns } = labels;
  return dataTable(
    [
      // Wide enough for "09:00–09:10" on one line.
      { header: columns.time, widthPercent: 19 },
      { header: columns.item, widthPercent: 37 },
      { header: columns.responsible, widthPercent: 22 },
      { header: columns.topic, widthPercent: 22 },
    ],
    rows,
  );
}

/** The invitation as .docx bytes. */
export async function agendaInvitationDocx(input: AgendaInvitation): Promise<Uint8Array> {
  const labels = AGENDA_LABELS[input.group.language];
  const heading1 = hasVisibleText(input.meeting.theme) ? `${labels.documentTitle}: ${input.meeting.theme}` : labels.documentTitle;
  const children = [
    title(heading1),
    ...meetingFacts(input, labels),
    heading(labels.agenda, 1),
    input.items.length > 0 ? agendaTable(input, labels) : textParagraph(labels.noItems, { italics: true }),
  ];
  return packDocx(
    houseDocument({ title: heading1, language: input.group.language, children, pageNumbers: labels.pageNumber }),
  );
}

/**
 * The invitation of one meeting of a group, as the agenda export and the mail to the group attach it: talk titles from
 * the group's invitations, and the facilitator's name (from the profile) where the facilitator is responsible.
 */
export async function meetingInvitationDocx(
  workspace: Pick<Workspace, 'group' | 'members' | 'speakers' | 'invitations'>,
  meeting: Meeting,
  facilitatorName: string,
): Promise<Uint8Array> {
  const talkTopics = Object.fromEntries(
    workspace.invitations.filter((invitation) => invitation.topic.trim() !== '').map((invitation) => [invitation.id, invitation.topic]),
  );
  return agendaInvitationDocx({
    group: workspace.group,
    meeting,
    items: meeting.agenda,
    members: workspace.members,
    speakers: workspace.speakers,
    talkTopics,
    ...(facilitatorName === '' ? {} : { facilitatorName }),
  });
}
