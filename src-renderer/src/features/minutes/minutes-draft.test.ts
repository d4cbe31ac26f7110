import { describe, expect, it } from 'vitest';
import type { MinutesEditorData } from '../../../../src-main/api/operations/minutes';
import { actionsTouched, defaultDue, GENERAL_ITEM_ID, initialDraft, noteHeadings, withMinutesHeld } from './minutes-draft';

function editorData(overrides: Partial<MinutesEditorData> = {}): MinutesEditorData {
  return {
    language: 'da',
    meeting: {
      id: 'm1', date: '2026-03-12', startTime: '09:30', endTime: '16:00', kind: 'fullDay', hostOrganisation: 'Holmby Kommune',
      address: '', theme: 'AI', siteTour: false, dinner: false, jointWithSisterGroup: false, status: 'held',
    },
    agendaItems: [],
    members: [
      { id: 'anna', name: 'Anna', organisation: 'A' },
      { id: 'bo', name: 'Bo', organisation: 'B' },
    ],
    minutes: null,
    actions: [],
    carriedActions: [],
    nextMeeting: null,
    waitingThemes: [],
    today: '2026-03-12',
    ...overrides,
  };
}

const ids = () => {
  let next = 0;
  return () => `id${++next}`;
};

describe('initialDraft', () => {
  it('starts fresh minutes with everyone present, one note under the general heading and round entries in the room', () => {
    const data = editorData();
    const draft = initialDraft(data, noteHeadings(data.agendaItems, 'Noter'), ids());
    expect(draft.minutes.attendance).toEqual([
      { memberId: 'anna', status: 'present' },
      { memberId: 'bo', status: 'present' },
    ]);
    expect(draft.minutes.notes).toEqual([{ id: 'id1', agendaItemId: GENERAL_ITEM_ID, text: '', level: 'members' }]);
    expect(draft.minutes.checkInRound.map((entry) => entry.level)).toEqual(['room', 'room']);
  });

  it('starts the attendance of fresh minutes from the replies: a member who said no is excused', () => {
    const base = editorData();
    const data = editorData({ meeting: { ...base.meeting, replies: [{ memberId: 'bo', answer: 'notComing' }, { memberId: 'anna', answer: 'coming' }] } });
    expect(initialDraft(data, [], ids()).minutes.attendance).toEqual([
      { memberId: 'anna', status: 'present' },
      { memberId: 'bo', status: 'excused' },
    ]);
  });

  it('keeps stored entries, also of a member who has left, and adds notes for agenda items without one', () => {
    const data = editorData({
      agendaItems: [
        { id: 'talk1', title: 'Oplæg', kind: 'talk' },
        { id: 'talk2', title: 'Oplæg 2', kind: 'talk' },
      ],
      minutes: {
        meetingId: 'm1', attendance: [{ memberId: 'bo', status: 'excused' }], guests: [],
        notes: [{ id: 'n1', agendaItemId: 'talk1', text: 'Skrevet', level: 'shareable' }], decisions: [],
        checkInRound: [{ memberId: 'gone', text: 'Farvel', level: 'members' }], closingRound: [], updatedAt: '2026-03-12T10:00:00Z',
      },
    });
    const draft = initialDraft(data, noteHeadings(data.agendaItems, 'Noter'), ids());
    expect(draft.minutes.attendance).toEqual([{ memberId: 'bo', status: 'excused' }]);
    expect(draft.minutes.notes.map((note) => [note.agendaItemId, note.text])).toEqual([
      ['talk1', 'Skrevet'],
      ['talk2', ''],
    ]);
    expect(draft.minutes.checkInRound.map((entry) => entry.memberId)).toEqual(['anna', 'bo', 'gone']);
  });
});

describe('defaultDue', () => {
  it('is the next meeting, or a quarter later when none is planned', () => {
    expect(defaultDue(editorData({ nextMeeting: { id: 'm2', date: '2026-06-10', theme: '' } }))).toBe('2026-06-10');
    expect(defaultDue(editorData())).toBe('2026-06-11');
  });
});

describe('actionsTouched', () => {
  const action = (id: string, text = id) => ({ id, text, owner: { kind: 'member' as const, memberId: 'anna' }, due: '2026-06-01', status: 'open' as const, level: 'members' as const });

  it('names nothing when the same actions are saved again', () => {
    const actions = [action('a'), action('b')];
    expect(actionsTouched(actions, actions)).toEqual([]);
    expect(actionsTouched(actions, [...actions])).toEqual([]);
  });

  it('names an edited action, a new one and a removed one, but not one left alone', () => {
    const kept = action('a');
    expect(actionsTouched([kept, action('b'), action('c')], [kept, action('b', 'changed'), action('d')])).toEqual(['b', 'd', 'c']);
  });

  it('names an action edited back to its old words: only the save can tell it did not change', () => {
    expect(actionsTouched([action('a')], [action('a')])).toEqual(['a']);
  });
});

describe('withMinutesHeld', () => {
  const summary = (id: string, hasMinutes: boolean) => ({ id, date: '2026-03-12', startTime: '09:30', theme: '', hostOrganisation: '', hasMinutes });

  it('marks the meeting whose minutes were saved for the first time', () => {
    expect(withMinutesHeld([summary('m1', false), summary('m2', false)], 'm2')).toEqual([summary('m1', false), summary('m2', true)]);
  });

  it('keeps the same list when the meeting already had minutes, or is not in it', () => {
    const meetings = [summary('m1', true)];
    expect(withMinutesHeld(meetings, 'm1')).toBe(meetings);
    expect(withMinutesHeld(meetings, 'other')).toBe(meetings);
  });
});
