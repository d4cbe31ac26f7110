// Minutes: the editor's data for one meeting, the whole-minutes autosave, and the Word exports per version.
import { proposeFollowUp } from '../../domain/actions';
import { anonymiseMeetingMinutes, namesStillFound } from '../../domain/chatham-house';
import { meetingMinutesIn } from '../../domain/confidentiality';
import { withMeetingActions } from '../../domain/meeting-actions';
import { AppError } from '../../domain/errors';
import { withoutRegisterStatus } from '../../domain/decision-register';
import { findMeeting, itemsWithMinutes, meetingAfter, meetingMinutesOf, meetingsInOrder } from '../../domain/meetings';
import { facilitatorNameOf } from '../../domain/facilitator-profile';
import { peopleSettingsOf, type Workspace } from '../../domain/model';
import type { Action, Minutes, MinutesVersion } from '../../domain/minutes-model';
import { peopleOn } from '../../domain/people';
import { localIsoDate } from '../../domain/summaries';
import { rankWaitingThemes } from '../../domain/themes';
import { withUnseenEntries } from '../../domain/unseen-entries';
import type { MinutesExportInput } from '../../export/minutes-docx';
import { MINUTES_LABELS } from '../../export/minutes-labels';
import { FILE_NAME_LABELS } from '../../export/file-name-labels';
import type { HandlersFor } from '../handlers-type';
import type { ActionDraft, MinutesDraft, minutesOperations } from '../operations/minutes';
import type { HandlerContext } from './context';
import { deliverFile } from './deliver';

const hasWords = (entry: { text: string }) => entry.text.trim() !== '';

/**
 * What a stored decision holds beyond the editor's fields (its status in the decision register, say), so that saving
 * the minutes keeps it. The editor's own fields always come from the draft, also when it left one out.
 */
function fieldsTheEditorLacks(stored: Minutes['decisions'][number] | undefined): object {
  if (!stored) return {};
  const { id: _id, text: _text, level: _level, agendaItemId: _item, ...rest } = stored;
  return rest;
}

/** The stored minutes for a draft: empty entries dropped, the next theme kept as the theme commands left it. */
function minutesFromDraft(meetingId: string, draft: MinutesDraft, previous: Minutes | undefined, updatedAt: string): Minutes {
  const storedDecisions = new Map(previous?.decisions.map((decision) => [decision.id, decision]));
  return {
    meetingId,
    attendance: draft.attendance,
    guests: draft.guests.filter((guest) => guest.name.trim() !== ''),
    notes: draft.notes.filter(hasWords),
    decisions: draft.decisions.filter(hasWords).map((decision) => ({ ...fieldsTheEditorLacks(storedDecisions.get(decision.id)), ...decision })),
    checkInRound: draft.checkInRound.filter(hasWords),
    closingRound: draft.closingRound.filter(hasWords),
    ...(previous?.nextTheme ? { nextTheme: previous.nextTheme } : {}),
    updatedAt,
  };
}

/** The sent draft with the stored entries it never held added back (see withUnseenEntries). */
function keepingUnseen(
  minutes: MinutesDraft,
  actions: ActionDraft[],
  stored: Minutes | undefined,
  storedActions: readonly Action[],
  meetingId: string,
  seen: readonly string[] | undefined,
): { minutes: MinutesDraft; actions: ActionDraft[] } {
  if (!seen || !stored) return { minutes, actions };
  const ofMeeting = storedActions
    .filter((action) => action.meetingId === meetingId)
    .map(({ id, text, owner, due, status, level }): ActionDraft => ({ id, text, owner, due, status, level }));
  const kept = withUnseenEntries({ ...minutes, actions }, { ...stored, actions: ofMeeting }, new Set(seen));
  return {
    minutes: {
      ...minutes,
      notes: [...kept.notes],
      decisions: [...kept.decisions],
      checkInRound: [...kept.checkInRound],
      closingRound: [...kept.closingRound],
    },
    actions: [...kept.actions],
  };
}

/**
 * A saved action keeps the day it was done; an action just marked done is done today. Its keys follow the schema's
 * order, the order a record read from the file has: an unchanged action then compares equal to its stored record and
 * keeps it (withMeetingActions), and the save's change event does not name it.
 */
function actionFromDraft(meetingId: string, draft: ActionDraft, previous: Action | undefined, today: string): Action {
  const { id, text, owner, due, level } = draft;
  if (draft.status === 'open') return { id, meetingId, text, owner, due, status: 'open', level };
  return { id, meetingId, text, owner, due, status: 'done', doneAt: previous?.doneAt ?? today, level };
}

function exportInput(workspace: Readonly<Workspace>, version: MinutesVersion, scope: { kind: 'meeting'; meetingId: string } | { kind: 'year'; year: number }): MinutesExportInput {
  // The remembered letterhead template is not part of the minutes; leaving it out keeps the worker's message small.
  const { letterhead: _letterhead, ...group } = workspace.group;
  const base = { group, members: workspace.members, version };
  if (scope.kind === 'meeting') {
    const meeting = findMeeting(workspace, scope.meetingId);
    return { ...base, meetings: [meetingMinutesOf(meeting, workspace.actions)] };
  }
  return { ...base, year: scope.year, meetings: workspace.meetings.map((meeting) => meetingMinutesOf(meeting, workspace.actions)) };
}

export function minutesHandlers(context: HandlerContext): HandlersFor<typeof minutesOperations> {
  return {
    'minutes.meetings': async ({ groupId }) =>
      meetingsInOrder(context.store().get(groupId).meetings).map((meeting) => ({
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
      const { minutes, agenda: _agenda, ...facts } = meeting;
      const next = meetingAfter(workspace.meetings, meeting);
      return {
        language: workspace.group.language,
        meeting: facts,
        agendaItems: itemsWithMinutes(meeting),
        members: peopleOn(workspace.members, meeting.date),
        minutes: minutes ? { ...minutes, decisions: minutes.decisions.map(withoutRegisterStatus) } : null,
        actions: workspace.actions.filter((action) => action.meetingId === meetingId),
        carriedActions: proposeFollowUp(workspace.actions, workspace.meetings, meeting, today)?.actions ?? [],
        nextMeeting: next ? { id: next.id, date: next.date, theme: next.theme } : null,
        waitingThemes: rankWaitingThemes(workspace.themes),
        today,
      };
    },
    'minutes.save': async ({ groupId, meetingId, minutes: sent, actions: sentActions, seen }) => {
      const updatedAt = context.now().toISOString();
      const today = localIsoDate(context.now());
      await context.store().update(groupId, (draft) => {
        const meeting = findMeeting(draft, meetingId);
        const { minutes, actions } = keepingUnseen(sent, sentActions, meeting.minutes, draft.actions, meetingId, seen);
        meeting.minutes = minutesFromDraft(meetingId, minutes, meeting.minutes, updatedAt);
        const previous = new Map(draft.actions.map((action) => [action.id, action]));
        // An id that belongs to another meeting's action is not this meeting's to overwrite.
        const saved = actions
          .filter((action) => hasWords(action) && (previous.get(action.id)?.meetingId ?? meetingId) === meetingId)
          .map((action) => actionFromDraft(meetingId, action, previous.get(action.id), today));
        const actionsAfter = withMeetingActions(draft.actions, meetingId, saved);
        if (actionsAfter !== draft.actions) draft.actions = actionsAfter;
      });
      return { updatedAt };
    },
    'minutes.chathamHouseCheck': async ({ groupId, scope }) => {
      const workspace = context.store().get(groupId);
      const { meetings, members, group } = exportInput(workspace, 'shareable', scope);
      // The same meetings, levels and replacement the export prints, so the check sees exactly the document.
      const shared = meetings
        .filter((entry) => scope.kind === 'meeting' || entry.meeting.date.startsWith(`${scope.year}-`))
        .map((entry) => anonymiseMeetingMinutes(meetingMinutesIn(entry, 'shareable'), members, group.language));
      return namesStillFound(shared, members);
    },
    'minutes.export': async ({ groupId, version, scope, letterheadBase64, chathamHouse }) => {
      const workspace = context.store().get(groupId);
      // Roles replace names only in what may be shared; the members' version is for the members, who know each other.
      if (chathamHouse && version !== 'shareable') throw new AppError('validation');
      const facilitatorName = facilitatorNameOf(context.settings.get().facilitatorProfile, peopleSettingsOf(workspace.group).facilitatorName);
      const input = { ...exportInput(workspace, version, scope), ...(chathamHouse ? { chathamHouse } : {}), facilitatorName };
      const bytes = letterheadBase64
        ? await context.exports.run('minutesOnLetterhead', {
            template: Uint8Array.from(Buffer.from(letterheadBase64, 'base64')),
            input,
            // The device's facilitator profile signs, else the name the group's mail settings give.
            extras: { facilitator: facilitatorNameOf(context.settings.get().facilitatorProfile, peopleSettingsOf(workspace.group).facilitatorName) },
          })
        : await context.exports.run('minutesDocx', input);
      const labels = MINUTES_LABELS[workspace.group.language];
      const names = FILE_NAME_LABELS[workspace.group.language];
      const [kind, date] =
        scope.kind === 'meeting' ? [names.minutes, input.meetings[0]?.meeting.date] : [names.minutesOfYear, String(scope.year)];
      return deliverFile(context, {
        name: { kind, date, version: chathamHouse ? labels.chathamHouse.label : labels.versionLabel[version], group: workspace.group.name },
        extension: 'docx',
        bytes,
      });
    },
  };
}
