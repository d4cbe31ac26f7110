// The agenda's words in Danish and English, shared by the Word invitation and the calendar file's description.
import type { Language, Meeting } from '../domain/model';
import type { PageNumberLabels } from './docx-common';

export interface AgendaLabels {
  documentTitle: string;
  facts: { group: string; date: string; time: string; kind: string; host: string; address: string; theme: string };
  meetingKind: Record<Meeting['kind'], string>;
  nextDay: string;
  extras: { siteTour: string; dinner: string; jointWithSisterGroup: string };
  agenda: string;
  columns: { time: string; item: string; responsible: string; topic: string };
  facilitator: string;
  noItems: string;
  pageNumber: PageNumberLabels;
}

// Both catalogues have the same keys, so the type checks that no label is missing in either language.
export const AGENDA_LABELS: Record<Language, AgendaLabels> = {
  da: {
    documentTitle: 'Invitation til netværksmøde',
    facts: { group: 'Netværk', date: 'Dato', time: 'Tid', kind: 'Mødeform', host: 'Vært', address: 'Adresse', theme: 'Tema' },
    meetingKind: { fullDay: 'Heldagsmøde', halfDay: 'Halvdagsmøde', overnight: 'Døgnmøde med overnatning' },
    nextDay: 'næste dag',
    extras: { siteTour: 'Rundvisning hos værten', dinner: 'Middag', jointWithSisterGroup: 'Fællesmøde med søstergruppen' },
    agenda: 'Dagsorden',
    columns: { time: 'Tid', item: 'Punkt', responsible: 'Ansvarlig', topic: 'Emne' },
    facilitator: 'Facilitator',
    noItems: 'Dagsordenen er endnu ikke lagt.',
    pageNumber: { before: 'Side ', between: ' af ' },
  },
  en: {
    documentTitle: 'Invitation to the network meeting',
    facts: { group: 'Network', date: 'Date', time: 'Time', kind: 'Format', host: 'Host', address: 'Address', theme: 'Theme' },
    meetingKind: { fullDay: 'Full-day meeting', halfDay: 'Half-day meeting', overnight: 'Overnight meeting' },
    nextDay: 'the next day',
    extras: { siteTour: "Site tour at the host's", dinner: 'Dinner', jointWithSisterGroup: 'Joint meeting with the sister group' },
    agenda: 'Agenda',
    columns: { time: 'Time', item: 'Item', responsible: 'Responsible', topic: 'Topic' },
    facilitator: 'Facilitator',
    noItems: 'The agenda has not been set yet.',
    pageNumber: { before: 'Page ', between: ' of ' },
  },
};
