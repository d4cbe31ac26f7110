// Live mode: each step asks the live-meeting domain for the meeting's next state and stores it with the meeting, so
// every window (and a restarted app) sees the same item and clocks. Captures go into the minutes and the backlog.
import { AppError } from '../../domain/errors';
import {
  extendCurrentItem,
  finishLiveMeeting,
  nextItem,
  parkItem,
  startLiveMeeting,
  takeUpParked,
  undoLastMove,
  updateCurrentItem,
} from '../../domain/live-meeting';
import { capturedAction, emptyMinutes, withDecision, withRoundLine } from '../../domain/live-meeting-captures';
import type { LiveMeeting, LiveStep } from '../../domain/live-meeting-model';
import { advanceSpeaker, previousSpeaker, roundOfItemKind, startRound } from '../../domain/live-meeting-rounds';
import { agendaWithActualDurations, pacingReport } from '../../domain/live-meeting-timing';
import { templateFromAgenda } from '../../domain/agenda-templates';
import { findMeeting, meetingAfter } from '../../domain/meetings';
import type { Meeting, Workspace } from '../../domain/model';
import { peopleOn } from '../../domain/people';
import { localIsoDate } from '../../domain/summaries';
import { raiseThemes } from '../../domain/themes';
import type { HandlersFor } from '../handlers-type';
import type { LiveCapture, liveOperations } from '../operations/live';
import type { HandlerContext } from './context';
import { awayMemberIds, liveAgenda, liveFacts, liveOverview, liveView, presenterView } from './live-view';

function accepted(step: LiveStep): LiveMeeting {
  if (!step.ok) throw new AppError('liveStepRefused', { reason: step.reason });
  return step.live;
}

function runningLive(meeting: Meeting): LiveMeeting {
  if (!meeting.live) throw new AppError('liveStepRefused', { reason: 'notStarted' });
  return meeting.live;
}

function agendaItemOf(meeting: Meeting, agendaItemId: string) {
  const item = meeting.agenda.find((candidate) => candidate.id === agendaItemId);
  if (!item) throw new AppError('liveStepRefused', { reason: 'itemNotFound' });
  return item;
}

export function liveHandlers(context: HandlerContext): HandlersFor<typeof liveOperations> {
  const now = () => context.now().toISOString();

  /** Applies `change` to the meeting inside one store update and answers with the fresh live screen. */
  async function changeMeeting(groupId: string, meetingId: string, change: (meeting: Meeting, draft: Workspace) => void) {
    const saved = await context.store().update(groupId, (draft) => change(findMeeting(draft, meetingId), draft));
    return liveView(saved, findMeeting(saved, meetingId));
  }

  const step = (groupId: string, meetingId: string, next: (live: LiveMeeting, meeting: Meeting, draft: Workspace) => LiveStep) =>
    changeMeeting(groupId, meetingId, (meeting, draft) => {
      meeting.live = accepted(next(runningLive(meeting), meeting, draft));
    });

  function capture(draft: Workspace, meeting: Meeting, agendaItemId: string, input: LiveCapture, at: string): void {
    if (input.kind === 'decision') {
      meeting.minutes = withDecision(meeting.minutes ?? emptyMinutes(meeting.id, at), { id: context.newId(), text: input.text, agendaItemId }, at);
    } else if (input.kind === 'action') {
      const owner = input.ownerMemberId ? { kind: 'member' as const, memberId: input.ownerMemberId } : undefined;
      const next = meetingAfter(draft.meetings, meeting);
      const action = capturedAction({ id: context.newId(), meetingId: meeting.id, text: input.text, ...(owner ? { owner } : {}), ...(input.due ? { due: input.due } : {}) }, meeting.date, next?.date ?? null);
      draft.actions.push(action);
    } else {
      draft.themes = raiseThemes(draft.themes, [{ title: input.text }], meeting.id, context.newId);
    }
  }

  return {
    'live.overview': async ({ groupId }) => liveOverview(context.store().get(groupId), localIsoDate(context.now())),
    'live.get': async ({ groupId, meetingId }) => {
      const workspace = context.store().get(groupId);
      return liveView(workspace, findMeeting(workspace, meetingId));
    },
    'live.presenter': async ({ groupId, meetingId }) => {
      const workspace = context.store().get(groupId);
      return presenterView(workspace, findMeeting(workspace, meetingId));
    },
    'live.start': async ({ groupId, meetingId }) =>
      changeMeeting(groupId, meetingId, (meeting) => {
        // Starting twice (a double press, a second window) keeps the meeting that is already running.
        meeting.live ??= accepted(startLiveMeeting(meeting.agenda, now()));
      }),
    'live.next': async ({ groupId, meetingId }) => step(groupId, meetingId, (live, meeting) => nextItem(live, meeting.agenda, now())),
    'live.park': async ({ groupId, meetingId }) => step(groupId, meetingId, (live, meeting) => parkItem(live, meeting.agenda, now())),
    'live.undoMove': async ({ groupId, meetingId }) => step(groupId, meetingId, (live) => undoLastMove(live)),
    'live.extend': async ({ groupId, meetingId }) => step(groupId, meetingId, (live) => extendCurrentItem(live)),
    'live.takeUp': async ({ groupId, meetingId, agendaItemId }) => step(groupId, meetingId, (live) => takeUpParked(live, agendaItemId, now())),
    'live.setSecondsPerPerson': async ({ groupId, meetingId, seconds }) =>
      step(groupId, meetingId, (live) => ({ ok: true, live: { ...live, secondsPerPerson: seconds } })),
    'live.roundStart': async ({ groupId, meetingId, order }) =>
      step(groupId, meetingId, (live, meeting, draft) =>
        updateCurrentItem(live, (item) => {
          if (!roundOfItemKind(agendaItemOf(meeting, item.agendaItemId).kind)) return { ok: false, reason: 'notARoundItem' };
          const away = new Set(awayMemberIds(meeting));
          const present = peopleOn(draft.members, meeting.date).filter((person) => !away.has(person.id));
          // The seed only has to differ between rounds; the moment the round starts does that and is stored with it.
          return startRound(item, present.map((person) => person.id), order, Date.parse(now()) >>> 0, now());
        }),
      ),
    'live.roundAdvance': async ({ groupId, meetingId, outcome }) =>
      step(groupId, meetingId, (live) => updateCurrentItem(live, (item) => advanceSpeaker(item, outcome, now()))),
    'live.roundBack': async ({ groupId, meetingId }) => step(groupId, meetingId, (live) => updateCurrentItem(live, (item) => previousSpeaker(item, now()))),
    'live.roundLine': async ({ groupId, meetingId, agendaItemId, memberId, text }) => {
      const at = now();
      await context.store().update(groupId, (draft) => {
        const meeting = findMeeting(draft, meetingId);
        const round = roundOfItemKind(agendaItemOf(meeting, agendaItemId).kind);
        if (!round) throw new AppError('liveStepRefused', { reason: 'notARoundItem' });
        if (!draft.members.some((member) => member.id === memberId)) throw new AppError('memberNotFound', { memberId });
        meeting.minutes = withRoundLine(meeting.minutes ?? emptyMinutes(meetingId, at), round, memberId, text, at);
      });
      return { updatedAt: at };
    },
    'live.capture': async ({ groupId, meetingId, agendaItemId, capture: input }) =>
      changeMeeting(groupId, meetingId, (meeting, draft) => {
        agendaItemOf(meeting, agendaItemId);
        capture(draft, meeting, agendaItemId, input, now());
      }),
    'live.finish': async ({ groupId, meetingId }) => step(groupId, meetingId, (live) => finishLiveMeeting(live, now())),
    'live.pacing': async ({ groupId, meetingId }) => {
      const workspace = context.store().get(groupId);
      const meeting = findMeeting(workspace, meetingId);
      return {
        language: workspace.group.language,
        meeting: liveFacts(meeting),
        report: pacingReport(liveAgenda(meeting), runningLive(meeting), now()),
        templates: workspace.agendaTemplates.filter((template) => template.meetingKind === meeting.kind).map(({ id, name }) => ({ id, name })),
      };
    },
    'live.carryDurations': async ({ groupId, meetingId, target }) => {
      let carried: { id: string; name: string } | undefined;
      await context.store().update(groupId, (draft) => {
        const meeting = findMeeting(draft, meetingId);
        const agenda = agendaWithActualDurations(meeting.agenda, runningLive(meeting), now());
        if (target.kind === 'new') {
          const template = templateFromAgenda(agenda, { id: context.newId(), name: target.name, meetingKind: meeting.kind });
          draft.agendaTemplates.push(template);
          carried = { id: template.id, name: template.name };
          return;
        }
        const index = draft.agendaTemplates.findIndex((template) => template.id === target.templateId);
        const existing = draft.agendaTemplates[index];
        if (!existing) throw new AppError('liveStepRefused', { reason: 'templateNotFound' });
        draft.agendaTemplates[index] = templateFromAgenda(agenda, existing);
        carried = { id: existing.id, name: existing.name };
      });
      return carried!;
    },
    'live.openPresenter': async ({ groupId, meetingId }) => {
      findMeeting(context.store().get(groupId), meetingId);
      const hash = `#/present/${groupId}/${meetingId}`;
      return (await context.host.openWindow?.(hash)) ? { kind: 'opened' } : { kind: 'openInRenderer', hash };
    },
  };
}
