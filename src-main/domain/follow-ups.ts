// The dashboard's "to do today" for speakers: chase unanswered asks, missing materials, and unsent thanks.
import type { Meeting } from './model';
import { enteredStateAt } from './invitations';
import type { GroupPeopleSettings, Invitation } from './speaker-model';

/** How many days before the meeting the speaker's material should be in. */
export const MATERIALS_DUE_DAYS_BEFORE = 7;

export type FollowUp =
  | { kind: 'awaitingAnswer'; invitationId: string; speakerId: string; askedOn: string; daysWaiting: number }
  | {
      kind: 'materialsMissing';
      invitationId: string;
      speakerId: string;
      meetingId: string;
      meetingDate: string;
      daysUntilMeeting: number;
    }
  | { kind: 'thankSpeaker'; invitationId: string; speakerId: string; deliveredOn: string };

export interface FollowUpInput {
  invitations: readonly Invitation[];
  meetings: readonly Meeting[];
  settings: Pick<GroupPeopleSettings, 'followUpAfterDays'>;
  /** ISO date, the user's local day. */
  today: string;
}

const KIND_ORDER: Record<FollowUp['kind'], number> = { materialsMissing: 0, awaitingAnswer: 1, thankSpeaker: 2 };

/**
 * What needs doing today, most urgent kind first and oldest first within a kind.
 * Stamps are read as the calendar day written in them (the app stamps in the user's own offset).
 */
export function followUpsForToday(input: FollowUpInput): FollowUp[] {
  const { invitations, meetings, settings, today } = input;
  const meetingsById = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  const todo: FollowUp[] = [];
  for (const invitation of invitations) {
    const base = { invitationId: invitation.id, speakerId: invitation.speakerId };
    if (invitation.state === 'asked') {
      const askedOn = enteredStateAt(invitation, 'asked')?.slice(0, 10);
      const daysWaiting = askedOn === undefined ? undefined : daysBetween(askedOn, today);
      if (askedOn !== undefined && daysWaiting !== undefined && daysWaiting >= settings.followUpAfterDays) {
        todo.push({ kind: 'awaitingAnswer', ...base, askedOn, daysWaiting });
      }
    } else if (invitation.state === 'confirmed') {
      const meeting = invitation.meetingId === undefined ? undefined : meetingsById.get(invitation.meetingId);
      const daysUntilMeeting = meeting === undefined ? undefined : daysBetween(today, meeting.date);
      const dueSoon = daysUntilMeeting !== undefined && daysUntilMeeting >= 0 && daysUntilMeeting <= MATERIALS_DUE_DAYS_BEFORE;
      if (meeting !== undefined && daysUntilMeeting !== undefined && dueSoon) {
        const { id: meetingId, date: meetingDate } = meeting;
        todo.push({ kind: 'materialsMissing', ...base, meetingId, meetingDate, daysUntilMeeting });
      }
    } else if (invitation.state === 'delivered') {
      const deliveredOn = enteredStateAt(invitation, 'delivered')?.slice(0, 10) ?? today;
      todo.push({ kind: 'thankSpeaker', ...base, deliveredOn });
    }
  }
  return todo.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || urgencyDate(a).localeCompare(urgencyDate(b)));
}

function urgencyDate(followUp: FollowUp): string {
  switch (followUp.kind) {
    case 'awaitingAnswer':
      return followUp.askedOn;
    case 'materialsMissing':
      return followUp.meetingDate;
    case 'thankSpeaker':
      return followUp.deliveredOn;
  }
}

/** Whole days from one ISO date to another; undefined if either is not a date. */
function daysBetween(from: string, to: string): number | undefined {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end)) return undefined;
  return Math.round((end - start) / 86_400_000);
}
