// The words of the minutes document in each group language. Both catalogues have the same keys, checked by the type.
import type { Language } from '../domain/model';
import type { AttendanceStatus, MinutesVersion } from '../domain/minutes-model';
import type { PageNumberLabels } from './docx-common';

export interface MinutesLabels {
  documentTitle: string;
  yearTitle: (year: number) => string;
  versionLabel: Record<MinutesVersion, string>;
  versionNote: Record<MinutesVersion, string>;
  /** The shareable version with members as neutral roles (see domain/chatham-house.ts). */
  chathamHouse: { label: string; note: string; role: string };
  facts: { date: string; time: string; place: string; host: string; theme: string };
  attendance: string;
  attendanceColumns: { name: string; organisation: string; status: string };
  attendanceStatus: Record<AttendanceStatus, string>;
  guests: string;
  checkInRound: string;
  agenda: string;
  noNotes: string;
  otherNotes: string;
  decisions: string;
  decisionItem: (title: string) => string;
  actions: string;
  actionColumns: { what: string; who: string; when: string; status: string };
  actionStatus: { open: string; done: string };
  facilitator: string;
  closingRound: string;
  nextTheme: string;
  noMinutes: string;
  unknownMember: string;
  /** Around the page fields in the footer: before + current page + between + number of pages. */
  pageNumber: PageNumberLabels;
}

const da: MinutesLabels = {
  documentTitle: 'Referat',
  yearTitle: (year) => `Referater ${year}`,
  versionLabel: { members: 'Til medlemmerne', shareable: 'Kan deles' },
  versionNote: {
    members: 'Denne version er kun til gruppens medlemmer. Den må ikke sendes videre.',
    shareable: 'Denne version kan deles med medlemmernes organisationer.',
  },
  chathamHouse: {
    label: 'Kan deles · Chatham House',
    note: 'Denne version kan deles med medlemmernes organisationer. Efter Chatham House-reglen er navne og organisationer erstattet af neutrale roller: hvad der blev sagt, ikke hvem der sagde det.',
    role: 'Rolle',
  },
  facts: { date: 'Dato', time: 'Tid', place: 'Sted', host: 'Vært', theme: 'Tema' },
  attendance: 'Deltagere',
  attendanceColumns: { name: 'Navn', organisation: 'Organisation', status: 'Status' },
  attendanceStatus: { present: 'Til stede', absent: 'Fraværende', excused: 'Afbud' },
  guests: 'Gæster',
  checkInRound: 'Bordet rundt',
  agenda: 'Dagsorden og noter',
  noNotes: 'Ingen noter til dette punkt.',
  otherNotes: 'Øvrige noter',
  decisions: 'Beslutninger',
  decisionItem: (title) => `Punkt: ${title}`,
  actions: 'Aftaler',
  actionColumns: { what: 'Hvad', who: 'Hvem', when: 'Hvornår', status: 'Status' },
  actionStatus: { open: 'Åben', done: 'Udført' },
  facilitator: 'Facilitator',
  closingRound: 'Afrunding',
  nextTheme: 'Tema for næste møde',
  noMinutes: 'Der er endnu ikke skrevet referat af dette møde.',
  unknownMember: 'Tidligere medlem',
  pageNumber: { before: 'Side ', between: ' af ' },
};

const en: MinutesLabels = {
  documentTitle: 'Minutes',
  yearTitle: (year) => `Minutes ${year}`,
  versionLabel: { members: 'For members', shareable: 'May be shared' },
  versionNote: {
    members: 'This version is for the group’s members only. Please do not forward it.',
    shareable: 'This version may be shared with the members’ organisations.',
  },
  chathamHouse: {
    label: 'May be shared · Chatham House',
    note: 'This version may be shared with the members’ organisations. Under the Chatham House Rule, names and organisations are replaced by neutral roles: what was said, not who said it.',
    role: 'Role',
  },
  facts: { date: 'Date', time: 'Time', place: 'Place', host: 'Host', theme: 'Theme' },
  attendance: 'Attendance',
  attendanceColumns: { name: 'Name', organisation: 'Organisation', status: 'Status' },
  attendanceStatus: { present: 'Present', absent: 'Absent', excused: 'Excused' },
  guests: 'Guests',
  checkInRound: 'Check-in round',
  agenda: 'Agenda and notes',
  noNotes: 'No notes for this item.',
  otherNotes: 'Other notes',
  decisions: 'Decisions',
  decisionItem: (title) => `Item: ${title}`,
  actions: 'Actions',
  actionColumns: { what: 'What', who: 'Who', when: 'When', status: 'Status' },
  actionStatus: { open: 'Open', done: 'Done' },
  facilitator: 'Facilitator',
  closingRound: 'Closing round',
  nextTheme: 'Theme of the next meeting',
  noMinutes: 'No minutes have been written for this meeting yet.',
  unknownMember: 'Former member',
  pageNumber: { before: 'Page ', between: ' of ' },
};

export const MINUTES_LABELS: Record<Language, MinutesLabels> = { da, en };

function utcDate(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

/** Compact dates for table cells, e.g. "20. mar. 2026" / "20 Mar 2026". */
export function formatShortDate(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utcDate(isoDate));
}
