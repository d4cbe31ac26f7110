// The words an exported file is named with, in the group's language; exportFileStem (domain/file-names) puts them together.
import type { Language } from '../domain/model';

export interface FileNameLabels {
  minutes: string;
  minutesOfYear: string;
  invitation: string;
  calendar: string;
  members: string;
}

// Both catalogues have the same keys, so the type checks that no label is missing in either language.
export const FILE_NAME_LABELS: Record<Language, FileNameLabels> = {
  da: { minutes: 'Referat', minutesOfYear: 'Referater', invitation: 'Invitation', calendar: 'Kalender', members: 'Medlemmer' },
  en: { minutes: 'Minutes', minutesOfYear: 'Minutes', invitation: 'Invitation', calendar: 'Calendar', members: 'Members' },
};
