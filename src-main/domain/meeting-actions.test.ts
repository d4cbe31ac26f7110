import { describe, expect, it } from 'vitest';
import type { Action } from './minutes-model';
import { withMeetingActions } from './meeting-actions';

const action = (id: string, meetingId: string, text = `Gør ${id}`): Action => ({
  id,
  meetingId,
  text,
  owner: { kind: 'facilitator' },
  due: '2027-03-01',
  level: 'members',
  status: 'open',
});

describe('withMeetingActions', () => {
  const all = [action('a1', 'm1'), action('b1', 'm2'), action('a2', 'm1')];

  it('keeps the list itself when the save changed none of the meeting’s actions', () => {
    expect(withMeetingActions(all, 'm1', [action('a1', 'm1'), action('a2', 'm1')])).toBe(all);
  });

  it('keeps the record of every action the save did not change', () => {
    const next = withMeetingActions(all, 'm1', [action('a1', 'm1'), action('a2', 'm1', 'Ændret')]);
    expect(next).not.toBe(all);
    expect(next.find((entry) => entry.id === 'a1')).toBe(all[0]);
    expect(next.find((entry) => entry.id === 'b1')).toBe(all[1]);
    expect(next.find((entry) => entry.id === 'a2')?.text).toBe('Ændret');
  });

  it('drops the meeting’s actions the save left out and adds new ones, leaving other meetings’ alone', () => {
    const next = withMeetingActions(all, 'm1', [action('a3', 'm1')]);
    expect(next.map((entry) => entry.id)).toEqual(['b1', 'a3']);
    expect(next[0]).toBe(all[1]);
  });

  it('counts a new order of the same actions as a change', () => {
    const next = withMeetingActions(all, 'm1', [action('a2', 'm1'), action('a1', 'm1')]);
    expect(next.map((entry) => entry.id)).toEqual(['b1', 'a2', 'a1']);
  });

  it('saves a meeting with no actions without touching the list', () => {
    expect(withMeetingActions(all, 'm3', [])).toBe(all);
  });
});
