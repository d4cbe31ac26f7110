import { describe, expect, it } from 'vitest';
import { sampleActions, sampleMeeting, sampleNextMeeting } from '../export/fixtures/sample-minutes';
import { classifyActions, filterByOwner, isOverdue, proposeFollowUp, setActionDone } from './actions';
import type { Action } from './minutes-model';

const base: Action = {
  id: 'a',
  meetingId: sampleMeeting.id,
  text: 'Do it',
  owner: { kind: 'facilitator' },
  due: '2026-03-20',
  status: 'open',
  level: 'members',
};

function action(patch: Partial<Action>): Action {
  return { ...base, ...patch };
}

describe('classifyActions', () => {
  const actions = [
    action({ id: 'late', due: '2026-03-01' }),
    action({ id: 'today', due: '2026-03-10' }),
    action({ id: 'later', due: '2026-04-01' }),
    action({ id: 'very-late', due: '2026-02-01' }),
    action({ id: 'done-old', status: 'done', doneAt: '2026-02-15' }),
    action({ id: 'done-new', status: 'done', doneAt: '2026-03-05', due: '2026-01-01' }),
  ];

  it('splits open, overdue and done around today, with due today still open', () => {
    const lists = classifyActions(actions, '2026-03-10');
    expect(lists.open.map((entry) => entry.id)).toEqual(['today', 'later']);
    expect(lists.overdue.map((entry) => entry.id)).toEqual(['very-late', 'late']);
    expect(lists.done.map((entry) => entry.id)).toEqual(['done-new', 'done-old']);
  });

  it('never calls a done action overdue', () => {
    expect(isOverdue(action({ status: 'done', due: '2020-01-01' }), '2026-03-10')).toBe(false);
  });
});

describe('filterByOwner', () => {
  it('tells members apart and keeps the facilitator separate', () => {
    expect(filterByOwner(sampleActions, { kind: 'facilitator' }).map((entry) => entry.id)).toEqual(['act-2', 'act-3']);
    expect(filterByOwner(sampleActions, { kind: 'member', memberId: 'm-jonas' }).map((entry) => entry.id)).toEqual(['act-1']);
    expect(filterByOwner(sampleActions, { kind: 'member', memberId: 'm-nobody' })).toEqual([]);
  });
});

describe('setActionDone', () => {
  it('records the day it was done and forgets it when reopened', () => {
    const done = setActionDone(base, true, '2026-03-12');
    expect(done).toMatchObject({ status: 'done', doneAt: '2026-03-12' });
    const reopened = setActionDone(done, false, '2026-03-13');
    expect(reopened.status).toBe('open');
    expect('doneAt' in reopened).toBe(false);
  });
});

describe('proposeFollowUp', () => {
  const meetings = [sampleMeeting, sampleNextMeeting];

  it('offers the open actions of earlier meetings to the next agenda, overdue ones marked', () => {
    const proposal = proposeFollowUp(sampleActions, meetings, sampleNextMeeting, '2026-03-15');
    expect(proposal?.meetingId).toBe(sampleNextMeeting.id);
    expect(proposal?.actions.map((entry) => [entry.actionId, entry.overdue])).toEqual([
      ['act-3', true],
      ['act-1', false],
    ]);
    expect(proposal?.actions[0]?.fromMeetingId).toBe(sampleMeeting.id);
  });

  it('does not carry actions into the meeting they were agreed at, nor from later meetings', () => {
    expect(proposeFollowUp(sampleActions, meetings, sampleMeeting, '2026-03-15')).toBeNull();
    const fromLater = action({ id: 'future', meetingId: sampleNextMeeting.id });
    const earlier = { ...sampleMeeting, id: 'meet-jan', date: '2026-01-10' };
    expect(proposeFollowUp([fromLater], [...meetings, earlier], earlier, '2026-01-01')).toBeNull();
  });

  it('skips actions already carried and returns null when nothing is open', () => {
    const proposal = proposeFollowUp(sampleActions, meetings, sampleNextMeeting, '2026-03-15', new Set(['act-3']));
    expect(proposal?.actions.map((entry) => entry.actionId)).toEqual(['act-1']);
    const allDone = sampleActions.map((entry) => setActionDone(entry, true, '2026-03-15'));
    expect(proposeFollowUp(allDone, meetings, sampleNextMeeting, '2026-03-15')).toBeNull();
  });

  it('ignores actions whose meeting is unknown', () => {
    expect(proposeFollowUp([action({ meetingId: 'deleted' })], meetings, sampleNextMeeting, '2026-03-15')).toBeNull();
  });
});
