// Minutes: the editor's data for one meeting, the whole-minutes autosave, and the Word exports per version.
import { proposeFollowUp } from '../../domain/actions';
import { AppError } from '../../domain/errors';
import type { Meeting, Member, Workspace } from '../../domain/model';
import type { Action, Minutes, MinutesVersion } from '../../domain/minutes-model';
import { localIsoDate } from '../../domain/summaries';
import { rankWaitingThemes } from '../../domain/themes';
import { meetingMinutesOf, type MinutesExportInput } from '../../export/minutes-docx';
import { MINUTES_LABELS } from '../../export/minutes-labels';
import type { Handlers } from '../handlers-type';
import type { ActionDraft, MinutesDraft, MinutesPerson } from '../operations/minutes';
import type { HandlerContext } from './context';
import { deliverFile } from './deliver';

type MinutesHandlers = Pick<Handlers, 'minutes.meetings' | 'minutes.get' | 'minutes.save' | 'minutes.export'>;

export function findMeeting(workspace: Readonly<Workspace>, meetingId: string): Meeting {
  const meeting = workspace.meetings.find((candidate) => candidate.id === meetingId);
  if (!meeting) throw new AppError('meetingNotFound', { meetingId });
  return meeting;
}

function byDate(a: Meeting, b: Meeting): number {
  return a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime);
}

/** The meeting after `meeting` in date order: the one its closing round chooses a theme for. */
export function meetingAfter(meetings: readonly Meeting[], meeting: Meeting): Meeting | null {
  const sorted = [...meetings].sort(byDate);
  return sorted[sorted.indexOf(meeting) + 1] ?? null;
}

/** The organisation a member is with now: the open employment, else the latest. */
function organisationOf(member: Member): string {
  const current = member.employments.find((employment) => !employment.to) ?? member.employments[member.employments.length - 1];
  return current?.organisation ?? '';
}

/** The members of the group on `date`: joined by then (or joined at an unknown date) and not yet left. */
export function peopleOf(workspace: Readonly<Workspace>, date: string): MinutesPerson[] {
  return workspace.members
    .filter((member) => (!member.joined || member.joined <= date) && (!member.left || member.left > date))
    .map((member) => ({ id: member.id, name: member.name, organisation: organisationOf(member) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

const hasWords = (entry: { text: string }) => entry.text.trim() !== '';

/** The stored minutes for a draft: empty entries dropped, the next theme kept as the theme commands left it. */
function minutesFromDraft(meetingId: string, draft: MinutesDraft, previous: Minutes | undefined, updatedAt: string): Minutes {
  return {
    meetingId,
    attendance: draft.attendance,
    guests: draft.guests.filter((guest) => guest.name.trim() !== ''),
    notes: draft.notes.filter(hasWords),
    decisions: draft.decisions.filter(hasWords),
    checkInRound: draft.checkInRound.filter(hasWords),
    closingRound: draft.closingRound.filter(hasWords),
    ...(previous?.nextTheme ? { nextTheme: previous.nextTheme } : {}),
    updatedAt,
  };
}

/** A saved action keeps the day it was done; an action just marked done is done today. */
function actionFromDraft(meetingId: string, draft: ActionDraft, previous: Action | undefined, today: string): Action {
  const base = { id: draft.id, meetingId, text: draft.text, owner: draft.owner, due: draft.due, level: draft.level };
  if (draft.status === 'open') return { ...base, status: 'open' };
  return { ...base, status: 'done', doneAt: previous?.doneAt ?? today };
}

function exportInput(workspace: Readonly<Workspace>, version: MinutesVersion, scope: { kind: 'meeting'; meetingId: string } | { kind: 'year'; year: number }): MinutesExportInput {
  const base = { group: workspace.group, members: workspace.members, version };
  if (scope.kind === 'meeting') {
    const meeting = findMeeting(workspace, scope.meetingId);
    return { ...base, meetings: [meetingMinutesOf(meeting, workspace.actions)] };
  }
  return { ...base, year: scope.year, meetings: workspace.meetings.map((meeting) => meetingMinutesOf(meeting, workspace.actions)) };
}

export function minutesHandlers(context: HandlerContext): MinutesHandlers {
  return {
    'minutes.meetings': async ({ groupId }) =>
      [...context.store().get(groupId).meetings].sort(byDate).map((meeting) => ({
        id: meeting.id,
        date: meeting.date,
        startTime: meeting.startTime,
        theme: meeting.theme,
        hostOrganisation: meeting.hostOrganisation,
        hasMinutes: meeting.minutes !== undefined,
      })),
    'minutes.get': async ({ groupId, meetingId }) => {
      const workspace = context.store().get(groupId);
      const meeting = findMeeting(workspace, meetingId);
      const today = localIsoDate(context.now());
      const { minutes, agenda, ...facts } = meeting;
      const kindOf = new Map(agenda.map((item) => [item.id, item.kind]));
      const next = meetingAfter(workspace.meetings, meeting);
      return {
        language: workspace.group.language,
        meeting: facts,
        agendaItems: meetingMinutesOf(meeting, workspace.actions).agendaItems.map((item) => ({
          ...item,
          kind: kindOf.get(item.id) ?? 'other',
        })),
        members: peopleOf(workspace, meeting.date),
        minutes: minutes ?? null,
        actions: workspace.actions.filter((action) => action.meetingId === meetingId),
        carriedActions: proposeFollowUp(workspace.actions, workspace.meetings, meeting, today)?.actions ?? [],
        nextMeeting: next ? { id: next.id, date: next.date, theme: next.theme } : null,
        waitingThemes: rankWaitingThemes(workspace.themes),
        today,
      };
    },
    'minutes.save': async ({ groupId, meetingId, minutes, actions }) => {
      const updatedAt = context.now().toISOString();
      const today = localIsoDate(context.now());
      await context.store().update(groupId, (draft) => {
        const meeting = findMeeting(draft, meetingId);
        meeting.minutes = minutesFromDraft(meetingId, minutes, meeting.minutes, updatedAt);
        const previous = new Map(draft.actions.map((action) => [action.id, action]));
        // An id that belongs to another meeting's action is not this meeting's to overwrite.
        const saved = actions
          .filter((action) => hasWords(action) && (previous.get(action.id)?.meetingId ?? meetingId) === meetingId)
          .map((action) => actionFromDraft(meetingId, action, previous.get(action.id), today));
        draft.actions = [...draft.actions.filter((action) => action.meetingId !== meetingId), ...saved];
      });
      return { updatedAt };
    },
    'minutes.export': async ({ groupId, version, scope, letterheadBase64 }) => {
      const workspace = context.store().get(groupId);
      const input = exportInput(workspace, version, scope);
      const bytes = letterheadBase64
        ? await context.exports.run('minutesOnLetterhead', { template: Uint8Array.from(Buffer.from(letterheadBase64, 'base64')), input })
        : await context.exports.run('minutesDocx', input);
      const labels = MINUTES_LABELS[workspace.group.language];
      const what = scope.kind === 'meeting' ? `${labels.documentTitle} ${input.meetings[0]?.meeting.date ?? ''}` : labels.yearTitle(scope.year);
      return deliverFile(context, {
        title: `${what} ${workspace.group.name} – ${labels.versionLabel[version]}`,
        extension: 'docx',
        bytes,
      });
    },
  };
}
