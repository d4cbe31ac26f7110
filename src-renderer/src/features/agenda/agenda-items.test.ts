import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../../src-main/domain/agenda-model';
import { builtInTemplate } from '../../../../src-main/domain/agenda-templates';
import { agendaFromTemplate, newAgendaItem, responsibleFromKey, responsibleKey, withFollowUp } from './agenda-items';

const counter = () => {
  let next = 0;
  return () => `id${++next}`;
};

describe('agenda items', () => {
  it('encode and decode who is responsible', () => {
    for (const responsible of [{ kind: 'none' }, { kind: 'facilitator' }, { kind: 'member', memberId: 'm1' }, { kind: 'speaker', speakerId: 's1' }] as const) {
      expect(responsibleFromKey(responsibleKey(responsible))).toEqual(responsible);
    }
  });

  it('take the full-day template without site tour and dinner when the meeting has neither', () => {
    const items = agendaFromTemplate(builtInTemplate('fullDay', 'da'), { kind: 'fullDay', siteTour: false, dinner: false }, counter());
    expect(items.map((item) => item.kind)).not.toContain('siteTour');
    expect(items.map((item) => item.kind)).not.toContain('dinner');
    expect(items[0]).toMatchObject({ id: 'id1', title: 'Velkomst' });
  });

  it('put the follow-up after the check-in round, or refresh the one already there', () => {
    const items: AgendaItem[] = [
      { ...newAgendaItem('a', 'Velkomst'), kind: 'welcome' },
      { ...newAgendaItem('b', 'Bordet rundt'), kind: 'checkIn' },
      newAgendaItem('c', 'Oplæg'),
    ];
    const proposal = {
      meetingId: 'm2',
      actions: [{ actionId: 'x', text: 'Del strategien', owner: { kind: 'facilitator' as const }, due: '2027-01-10', overdue: false, fromMeetingId: 'm1' }],
    };
    const text = { title: 'Opfølgning', line: (action: { text: string }) => `• ${action.text}` };
    const added = withFollowUp(items, proposal, text, () => 'f');
    expect(added.map((item) => item.id)).toEqual(['a', 'b', 'f', 'c']);
    expect(added[2]).toMatchObject({ kind: 'followUp', notes: '• Del strategien', responsible: { kind: 'facilitator' } });
    const again = withFollowUp(added, { ...proposal, actions: [] }, text, () => 'g');
    expect(again.map((item) => item.id)).toEqual(['a', 'b', 'f', 'c']);
    expect(again[2]?.notes).toBe('');
  });
});
