import { describe, expect, it } from 'vitest';
import { classifyActions } from './actions';
import { followUpGlance } from './follow-up-glance';
import type { Action, Theme } from './minutes-model';

const TODAY = '2026-03-10';

function action(id: string, patch: Partial<Action> = {}): Action {
  return { id, meetingId: 'mt-1', text: `Handling ${id}`, owner: { kind: 'facilitator' }, due: '2026-03-20', status: 'open', level: 'members', ...patch };
}

function theme(id: string, status: Theme['status']): Theme {
  return { id, title: `Tema ${id}`, votes: {}, status };
}

describe('followUpGlance', () => {
  it('is all zero with nothing overdue for a group with no actions or themes', () => {
    expect(followUpGlance([], [], TODAY)).toEqual({ openActions: 0, overdueActions: 0, themesWaiting: 0, mostOverdue: null });
  });

  it('counts an action due today as open, not overdue, and one due yesterday as both', () => {
    expect(followUpGlance([action('today', { due: TODAY })], [], TODAY)).toMatchObject({ openActions: 1, overdueActions: 0, mostOverdue: null });
    expect(followUpGlance([action('yesterday', { due: '2026-03-09' })], [], TODAY)).toMatchObject({
      openActions: 1,
      overdueActions: 1,
      mostOverdue: { text: 'Handling yesterday', due: '2026-03-09' },
    });
  });

  it('names the action overdue the longest, and never a done one however old', () => {
    const actions = [
      action('late', { due: '2026-03-01' }),
      action('done-ancient', { due: '2025-01-01', status: 'done', doneAt: '2025-02-01' }),
      action('very-late', { due: '2026-02-01' }),
      action('later', { due: '2026-04-01' }),
    ];
    expect(followUpGlance(actions, [], TODAY)).toEqual({
      openActions: 3,
      overdueActions: 2,
      themesWaiting: 0,
      mostOverdue: { text: 'Handling very-late', due: '2026-02-01' },
    });
  });

  it('agrees with the action list it summarises', () => {
    const actions = Array.from({ length: 40 }, (_, index) =>
      action(`a${index}`, { due: `2026-03-${String((index % 28) + 1).padStart(2, '0')}`, status: index % 5 === 0 ? 'done' : 'open' }),
    );
    const lists = classifyActions(actions, TODAY);
    const glance = followUpGlance(actions, [], TODAY);
    expect(glance.openActions).toBe(lists.open.length + lists.overdue.length);
    expect(glance.overdueActions).toBe(lists.overdue.length);
    expect(glance.mostOverdue?.text).toBe(lists.overdue[0]?.text);
  });

  it('counts only themes still waiting for a vote, not chosen or held ones', () => {
    const themes = [theme('t1', 'waiting'), theme('t2', 'chosen'), theme('t3', 'done'), theme('t4', 'waiting')];
    expect(followUpGlance([], themes, TODAY).themesWaiting).toBe(2);
  });
});
