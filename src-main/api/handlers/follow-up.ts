// Follow-up: actions across meetings (done / reopened), the theme backlog with dot votes, and choosing the next theme.
import { classifyActions, proposeFollowUp, setActionDone } from '../../domain/actions';
import { AppError } from '../../domain/errors';
import { followUpGlance } from '../../domain/follow-up-glance';
import { findMeeting, meetingBefore, meetingsInOrder, nextMeeting } from '../../domain/meetings';
import type { Workspace } from '../../domain/model';
import { DOT_BUDGET, type Theme } from '../../domain/minutes-model';
import { peopleOn } from '../../domain/people';
import { localIsoDate } from '../../domain/summaries';
import { chooseTheme, raiseThemes, rankWaitingThemes, setDots, waitingThemeTitled } from '../../domain/themes';
import type { HandlersFor } from '../handlers-type';
import type { followUpOperations } from '../operations/follow-up';
import type { HandlerContext } from './context';

const THEME_ERRORS = {
  themeNotFound: 'themeNotFound',
  themeNotWaiting: 'themeNotWaiting',
  overBudget: 'dotBudgetExceeded',
  invalidDots: 'validation',
} as const;

/** Waiting themes by dots first, then those chosen for a meeting, then those already held. */
function backlogForDisplay(themes: readonly Theme[]): Theme[] {
  return [...rankWaitingThemes(themes), ...themes.filter((theme) => theme.status === 'chosen'), ...themes.filter((theme) => theme.status === 'done')];
}

/**
 * The vote happens at the closing round of the meeting before `targetMeetingId`, so that meeting's minutes record the
 * chosen theme; minutes are started for it if nobody has written any yet.
 */
function recordNextTheme(draft: Workspace, targetMeetingId: string, nextTheme: { text: string; themeId?: string }, updatedAt: string): void {
  const before = meetingBefore(draft.meetings, findMeeting(draft, targetMeetingId));
  if (!before) return;
  before.minutes = before.minutes
    ? { ...before.minutes, nextTheme }
    : { meetingId: before.id, attendance: [], guests: [], notes: [], decisions: [], checkInRound: [], closingRound: [], nextTheme, updatedAt };
}

export function followUpHandlers(context: HandlerContext): HandlersFor<typeof followUpOperations> {
  const today = () => localIsoDate(context.now());
  const updateThemes = async (groupId: string, change: (draft: Workspace) => void): Promise<Theme[]> =>
    backlogForDisplay((await context.store().update(groupId, change)).themes);

  return {
    'followUp.overview': async ({ groupId }) => {
      const workspace = context.store().get(groupId);
      const meetings = meetingsInOrder(workspace.meetings);
      return {
        today: today(),
        dotBudget: DOT_BUDGET,
        members: peopleOn(workspace.members, today()),
        meetings: meetings.map((meeting) => ({ id: meeting.id, date: meeting.date, theme: meeting.theme })),
        actions: classifyActions(workspace.actions, today()),
        themes: backlogForDisplay(workspace.themes),
        nextMeetingId: nextMeeting(workspace.meetings, today())?.id ?? null,
      };
    },
    'followUp.glance': async ({ groupId }) => {
      const workspace = context.store().get(groupId);
      return followUpGlance(workspace.actions, workspace.themes, today());
    },
    'followUp.proposal': async ({ groupId, meetingId }) => {
      const workspace = context.store().get(groupId);
      return proposeFollowUp(workspace.actions, workspace.meetings, findMeeting(workspace, meetingId), today());
    },
    'actions.setDone': async ({ groupId, actionId, done }) => {
      const updated = await context.store().update(groupId, (draft) => {
        const index = draft.actions.findIndex((action) => action.id === actionId);
        const action = draft.actions[index];
        if (!action) throw new AppError('actionNotFound', { actionId });
        draft.actions[index] = setActionDone(action, done, today());
      });
      return updated.actions.find((action) => action.id === actionId)!;
    },
    'themes.raise': async ({ groupId, title, raisedByMemberId, meetingId }) =>
      updateThemes(groupId, (draft) => {
        if (meetingId !== undefined) findMeeting(draft, meetingId);
        draft.themes = raiseThemes(draft.themes, [{ title, ...(raisedByMemberId ? { raisedByMemberId } : {}) }], meetingId, context.newId);
      }),
    'themes.setDots': async ({ groupId, themeId, memberId, dots }) =>
      updateThemes(groupId, (draft) => {
        const result = setDots(draft.themes, themeId, memberId, dots);
        if (!result.ok) throw new AppError(THEME_ERRORS[result.reason], { themeId });
        draft.themes = result.backlog;
      }),
    'themes.choose': async ({ groupId, meetingId, themeId, title }) =>
      updateThemes(groupId, (draft) => {
        const meeting = findMeeting(draft, meetingId);
        let backlog = draft.themes;
        let chosenId = themeId;
        if (title !== undefined) {
          // A title typed at the closing round joins the backlog first, or reuses the waiting theme of that name.
          backlog = raiseThemes(backlog, [{ title }], undefined, context.newId);
          chosenId = waitingThemeTitled(backlog, title)?.id;
        }
        const result = chooseTheme(backlog, chosenId ?? '', meeting);
        if (!result.ok) throw new AppError(result.reason, { themeId: chosenId ?? '' });
        draft.themes = result.chosen.backlog;
        meeting.theme = result.chosen.meeting.theme;
        recordNextTheme(draft, meetingId, result.chosen.nextTheme, context.now().toISOString());
      }),
    'themes.remove': async ({ groupId, themeId }) =>
      updateThemes(groupId, (draft) => {
        if (!draft.themes.some((theme) => theme.id === themeId)) throw new AppError('themeNotFound', { themeId });
        draft.themes = draft.themes.filter((theme) => theme.id !== themeId);
      }),
  };
}
