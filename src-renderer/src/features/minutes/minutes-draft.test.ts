import { describe, expect, it } from 'vitest';
import type { MinutesEditorData } from '../../../../src-main/api/operations/minutes';
import { defaultDue, GENERAL_ITEM_ID, initialDraft, noteHeadings } from './minutes-draft';

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
