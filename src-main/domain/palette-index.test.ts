import { describe, expect, it } from 'vitest';
import type { Workspace } from './model';
import { paletteIndexOf } from './palette-index';

const base: Pick<Workspace, 'group' | 'members' | 'speakers' | 'meetings' | 'actions'> = {
  group: { id: 'g', name: 'CIO Øst', language: 'da', archived: false, createdAt: '2026-01-01T00:00:00.000Z', description: '' },
  members: [
    { id: 'm1', name: 'Lars Bech', email: '', phone: '', employments: [{ organisation: 'Holmby Kommune', title: 'CIO', sector: 'municipality' }], notes: '' },
    { id: 'm2', name: 'Gone Away', email: '', phone: '', left: '2026-03-01', employments: [], notes: '' },
  ],
  speakers: [{ id: 's1', name: 'Eva Holst', title: '', organisation: 'Kystbanen', email: '', phone: '', topics: [], bio: '', notes: '' }],
  meetings: [
    { id: 'late', date: '2026-09-01', startTime: '09:00', endTime: '16:00', kind: 'fullDay', hostOrganisation: '', address: '', theme: 'AI', siteTour: false, dinner: false, jointWithSisterGroup: false, status: 'planned', agenda: [] },
    { id: 'early', date: '2026-03-01', startTime: '09:00', endTime: '16:00', kind: 'fullDay', hostOrganisation: '', address: '', theme: 'NIS2', siteTour: false, dinner: false, jointWithSisterGroup: false, status: 'held', agenda: [] },
  ],
  actions: [
    { id: 'a1', meetingId: 'early', text: 'Send slides\nwith notes', owner: { kind: 'facilitator' }, due: '2026-05-01', status: 'open', level: 'members' },
    { id: 'a0', meetingId: 'early', text: 'Book room', owner: { kind: 'facilitator' }, due: '2026-04-01', status: 'open', level: 'members' },
    { id: 'a2', meetingId: 'early', text: 'Done already', owner: { kind: 'facilitator' }, due: '2026-04-01', status: 'done', level: 'members' },
  ],
};

describe('paletteIndexOf', () => {
  it('lists current members with their organisation, speakers, meetings in date order and open actions by due date', () => {
    const index = paletteIndexOf(base, '2026-06-01');
    expect(index.members).toEqual([{ id: 'm1', name: 'Lars Bech', organisation: 'Holmby Kommune' }]);
    expect(index.speakers.map((speaker) => speaker.name)).toEqual(['Eva Holst']);
    expect(index.meetings.map((meeting) => [meeting.id, meeting.started])).toEqual([['early', true], ['late', false]]);
    expect(index.openActions.map((action) => [action.id, action.text])).toEqual([['a0', 'Book room'], ['a1', 'Send slides']]);
  });

  it('points "the latest meeting" at the last one that has begun, else at the first planned one, else at none', () => {
    expect(paletteIndexOf(base, '2026-06-01').latestMeetingId).toBe('early');
    expect(paletteIndexOf(base, '2026-09-01').latestMeetingId).toBe('late');
    expect(paletteIndexOf(base, '2026-01-01').latestMeetingId).toBe('early');
    expect(paletteIndexOf({ ...base, meetings: [] }, '2026-01-01').latestMeetingId).toBeNull();
  });

  it('cuts a very long action to one short line', () => {
    const long = { ...base.actions[0]!, text: 'x'.repeat(500) };
    const [action] = paletteIndexOf({ ...base, actions: [long] }, '2026-06-01').openActions;
    expect(action?.text.length).toBe(140);
    expect(action?.text.endsWith('…')).toBe(true);
  });
});
