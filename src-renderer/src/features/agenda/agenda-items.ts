// Pure helpers of the agenda editor: encoding who is responsible, new and follow-up items, templates for a meeting.
import type { CarriedAction, FollowUpProposal } from '../../../../src-main/domain/actions';
import type { AgendaItem, AgendaResponsible, AgendaTemplate } from '../../../../src-main/domain/agenda-model';
import { instantiateTemplate, itemsForMeeting } from '../../../../src-main/domain/agenda-templates';
import type { Meeting } from '../../../../src-main/domain/model';

/** One string per choice, for a select: 'none', 'facilitator', 'member:<id>' or 'speaker:<id>'. */
export function responsibleKey(responsible: AgendaResponsible): string {
  switch (responsible.kind) {
    case 'member':
      return `member:${responsible.memberId}`;
    case 'speaker':
      return `speaker:${responsible.speakerId}`;
    default:
      return responsible.kind;
  }
}

export function responsibleFromKey(key: string): AgendaResponsible {
  if (key.startsWith('member:')) return { kind: 'member', memberId: key.slice('member:'.length) };
  if (key.startsWith('speaker:')) return { kind: 'speaker', speakerId: key.slice('speaker:'.length) };
  return key === 'facilitator' ? { kind: 'facilitator' } : { kind: 'none' };
}

export function newAgendaItem(id: string, title: string): AgendaItem {
  return { id, kind: 'other', title, durationMinutes: 15, responsible: { kind: 'none' }, notes: '' };
}

/** The template's items that suit this meeting (no site tour without one, dinner only if planned), with fresh ids. */
export function agendaFromTemplate(template: AgendaTemplate, meeting: Pick<Meeting, 'kind' | 'siteTour' | 'dinner'>, newId: () => string): AgendaItem[] {
  return instantiateTemplate({ items: itemsForMeeting(template, meeting) }, newId);
}

/**
 * The agenda with the open actions as its follow-up item: an existing follow-up item gets the list as its notes,
 * otherwise a new one goes in after the check-in round (or first, when there is none).
 */
export function withFollowUp(
  items: readonly AgendaItem[],
  proposal: FollowUpProposal,
  text: { title: string; line: (action: CarriedAction) => string },
  newId: () => string,
): AgendaItem[] {
  const notes = proposal.actions.map(text.line).join('\n');
  const existing = items.findIndex((item) => item.kind === 'followUp');
  if (existing >= 0) return items.map((item, index) => (index === existing ? { ...item, notes } : item));
  const followUp: AgendaItem = { id: newId(), kind: 'followUp', title: text.title, durationMinutes: 15, responsible: { kind: 'facilitator' }, notes };
  const checkIn = items.findIndex((item) => item.kind === 'checkIn');
  const at = checkIn >= 0 ? checkIn + 1 : 0;
  return [...items.slice(0, at), followUp, ...items.slice(at)];
}
