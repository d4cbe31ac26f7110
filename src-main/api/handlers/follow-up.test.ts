// The follow-up handlers through dispatch: actions carried to the next meeting, done with undo, and the theme flow.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callerFor, type Caller } from '../../test-support/caller';
import { startWithDemoGroup, type TestServices } from '../../test-support/test-services';
import type { MinutesMeetingSummary } from '../operations/minutes';

let test: TestServices;
let groupId: string;
let meetings: MinutesMeetingSummary[];

beforeEach(async () => {
  ({ test, groupId, meetings } = await startWithDemoGroup());
});
afterEach(() => test.dispose());

const call: Caller = callerFor(() => test);

const emptyDraft = { attendance: [], guests: [], notes: [], decisions: [], checkInRound: [], closingRound: [] };

/** The actions agreeActions makes; the demo's held meeting has open and done actions of its own beside them. */
const AGREED = new Set(['late', 'open']);
const agreedOnly = <T extends { actionId: string } | { id: string }>(actions: readonly T[] | undefined): T[] =>
  (actions ?? []).filter((action) => AGREED.has('actionId' in action ? action.actionId : action.id));

async function agreeActions(meetingId: string, due: string): Promise<void> {
  await call('minutes.save', {
    groupId,
    meetingId,
    minutes: emptyDraft,
    actions: [
      { id: 'late', text: 'Skriv oplæg', owner: { kind: 'facilitator' }, due: '2000-01-01', status: 'open', level: 'members' },
      { id: 'open', text: 'Find vært', owner: { kind: 'facilitator' }, due, status: 'open', level: 'members' },
    ],
  });
}

describe('action carry-over', () => {
  it('offers the open actions of earlier meetings to the next meeting, until they are done', async () => {
    await agreeActions(meetings[0]!.id, '2099-12-31');
    const proposal = await call('followUp.proposal', { groupId, meetingId: meetings[1]!.id });
    expect(agreedOnly(proposal?.actions).map((action) => [action.actionId, action.overdue])).toEqual([
      ['late', true],
      ['open', false],
    ]);
    // The meeting that agreed them is not offered its own actions (only the held meeting's before it).
    expect(agreedOnly((await call('followUp.proposal', { groupId, meetingId: meetings[0]!.id }))?.actions)).toEqual([]);

    const editor = await call('minutes.get', { groupId, meetingId: meetings[1]!.id });
    expect(agreedOnly(editor.carriedActions).map((action) => action.actionId)).toEqual(['late', 'open']);

    await call('actions.setDone', { groupId, actionId: 'late', done: true });
    const after = await call('followUp.proposal', { groupId, meetingId: meetings[1]!.id });
    expect(agreedOnly(after?.actions).map((action) => action.actionId)).toEqual(['open']);
  });

  it('lists actions as open, overdue and done, and undoes a done', async () => {
    await agreeActions(meetings[0]!.id, '2099-12-31');
    let overview = await call('followUp.overview', { groupId });
    expect(agreedOnly(overview.actions.overdue).map((action) => action.id)).toEqual(['late']);
    expect(agreedOnly(overview.actions.open).map((action) => action.id)).toEqual(['open']);

    const done = await call('actions.setDone', { groupId, actionId: 'open', done: true });
    expect(done).toMatchObject({ status: 'done', doneAt: overview.today });
    overview = await call('followUp.overview', { groupId });
    expect(agreedOnly(overview.actions.done).map((action) => action.id)).toEqual(['open']);

    await call('actions.setDone', { groupId, actionId: 'open', done: false });
    overview = await call('followUp.overview', { groupId });
    expect(agreedOnly(overview.actions.open).map((action) => action.id)).toEqual(['open']);
    expect(agreedOnly(overview.actions.done)).toEqual([]);
  });

  it('gives the overview its follow-up at a glance, from the same lists, and after a change', async () => {
    await agreeActions(meetings[0]!.id, '2099-12-31');
    const overview = await call('followUp.overview', { groupId });
    const glance = await call('followUp.glance', { groupId });
    expect(glance).toEqual({
      openActions: overview.actions.open.length + overview.actions.overdue.length,
      overdueActions: overview.actions.overdue.length,
      themesWaiting: overview.themes.filter((theme) => theme.status === 'waiting').length,
      mostOverdue: { text: overview.actions.overdue[0]!.text, due: overview.actions.overdue[0]!.due },
    });
    await call('actions.setDone', { groupId, actionId: 'late', done: true });
    expect(await call('followUp.glance', { groupId })).toMatchObject({ overdueActions: glance.overdueActions - 1 });
    expect(await test.services.dispatch('followUp.glance', { groupId: 'no-such-group' })).toMatchObject({ ok: false, error: { code: 'groupNotFound' } });
  });

  it('refuses an unknown action', async () => {
    expect(await test.services.dispatch('actions.setDone', { groupId, actionId: 'nope', done: true })).toMatchObject({
      ok: false,
      error: { code: 'actionNotFound' },
    });
  });
});

describe('theme flow', () => {
  it('raises themes in a round, takes dot votes within the budget, and moves the chosen one to the next meeting', async () => {
    const [held, next] = meetings;
    const editor = await call('minutes.get', { groupId, meetingId: held!.id });
    // Two members who have not voted in the demo's theme round, so each has the whole dot budget.
    const voted = new Set((await call('followUp.overview', { groupId })).themes.flatMap((theme) => Object.keys(theme.votes)));
    const [anna, bo] = editor.members.filter((member) => !voted.has(member.id));
    await call('themes.raise', { groupId, title: 'Cloud-økonomi', raisedByMemberId: anna!.id, meetingId: held!.id });
    let themes = await call('themes.raise', { groupId, title: 'Kunstig intelligens' });
    const cloud = themes.find((theme) => theme.title === 'Cloud-økonomi')!;
    expect(cloud).toMatchObject({ raisedByMemberId: anna!.id, raisedAtMeetingId: held!.id, status: 'waiting' });

    themes = await call('themes.setDots', { groupId, themeId: cloud.id, memberId: bo!.id, dots: 3 });
    const other = themes.find((theme) => theme.title === 'Kunstig intelligens')!;
    // Ranked by dots: the voted theme above the one raised with it.
    const rank = (themeId: string) => themes.findIndex((theme) => theme.id === themeId);
    expect(rank(cloud.id)).toBeLessThan(rank(other.id));
    expect(await test.services.dispatch('themes.setDots', { groupId, themeId: other.id, memberId: bo!.id, dots: 1 })).toMatchObject({
      ok: false,
      error: { code: 'dotBudgetExceeded' },
    });

    themes = await call('themes.choose', { groupId, meetingId: next!.id, themeId: cloud.id });
    expect(themes.find((theme) => theme.id === cloud.id)).toMatchObject({ status: 'chosen', meetingId: next!.id });
    const overview = await call('followUp.overview', { groupId });
    expect(overview.meetings.find((meeting) => meeting.id === next!.id)?.theme).toBe('Cloud-økonomi');
    const minutes = await call('minutes.get', { groupId, meetingId: held!.id });
    expect(minutes.minutes?.nextTheme).toEqual({ text: 'Cloud-økonomi', themeId: cloud.id });
    expect(minutes.nextMeeting).toMatchObject({ id: next!.id, theme: 'Cloud-økonomi' });
  });

  it('chooses a title typed at the closing round, and a later autosave keeps it', async () => {
    const [held, next] = meetings;
    const themes = await call('themes.choose', { groupId, meetingId: next!.id, title: 'Sourcing i praksis' });
    expect(themes.filter((theme) => theme.status === 'chosen' && theme.meetingId === next!.id).map((theme) => theme.title)).toEqual(['Sourcing i praksis']);
    await call('minutes.save', { groupId, meetingId: held!.id, minutes: emptyDraft, actions: [] });
    const minutes = await call('minutes.get', { groupId, meetingId: held!.id });
    expect(minutes.minutes?.nextTheme?.text).toBe('Sourcing i praksis');
  });

  it('removes a theme', async () => {
    const before = (await call('followUp.overview', { groupId })).themes;
    const themes = await call('themes.raise', { groupId, title: 'Stavefejl' });
    const typo = themes.find((theme) => theme.title === 'Stavefejl')!;
    expect(await call('themes.remove', { groupId, themeId: typo.id })).toEqual(before);
  });
});
