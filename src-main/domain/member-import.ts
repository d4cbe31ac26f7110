// What a member roster import reads and reports: the fields a CSV column can carry, the preview the facilitator
// confirms, the largest file read, and the rule for which rows are duplicates. The reader itself lives in
// export/member-csv/; these shapes and rules are shared with the contract and the renderer, which may not import it.
import type { Member } from './model';
import { foldText } from './people-search';
import { oneLine } from './text';

export const MEMBER_CSV_FIELDS = [
  'name',
  'title',
  'organisation',
  'sector',
  'email',
  'phone',
  'joined',
  'left',
  'notes',
] as const;
export type MemberCsvField = (typeof MEMBER_CSV_FIELDS)[number];

/** The largest CSV file the app reads; a roster of thousands is far below it. */
export const MAX_MEMBER_CSV_BYTES = 5 * 1024 * 1024;

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export const CSV_DELIMITERS = [';', ',', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** A member as read from a row; the id is given when the user confirms the import. */
export type MemberDraft = Omit<Member, 'id'>;

export type RowProblemCode =
  | 'wrongColumnCount'
  | 'malformedQuotes'
  | 'missingName'
  | 'nameTooLong'
  | 'textTooLong'
  | 'invalidEmail'
  | 'invalidDate'
  | 'invalidSector'
  | 'organisationMissing'
  | 'invalidValue';

export interface RowProblem {
  code: RowProblemCode;
  column?: MemberCsvField;
  params?: Record<string, string | number>;
}

/** What a duplicate row repeats, and whether it was recognised by its e-mail or, having none, by its name. */
export type DuplicateOf = ({ kind: 'member'; memberId: string } | { kind: 'row'; rowNumber: number }) & { by: 'email' | 'name' };

/** Row numbers count the header as row 1, as Excel shows them. */
export type MemberImportRow =
  | { rowNumber: number; status: 'accepted'; member: MemberDraft }
  | { rowNumber: number; status: 'duplicate'; member: MemberDraft; duplicateOf: DuplicateOf }
  | { rowNumber: number; status: 'rejected'; problems: RowProblem[]; cells: string[] };

export type FileProblemCode = 'empty' | 'headerNotRecognised' | 'missingNameColumn';

export interface MemberImportPreview {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  /** Each header cell and the field it was read as; null for a column that is ignored. */
  columns: { header: string; field: MemberCsvField | null }[];
  /** Known fields that no column provides; their values stay empty. */
  missingFields: MemberCsvField[];
  fileProblem: FileProblemCode | null;
  rows: MemberImportRow[];
  counts: { accepted: number; duplicate: number; rejected: number };
}

/** An e-mail as two rows are compared by: trimmed, case ignored. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A name as two rows are compared by when a row has no e-mail: made one line (tabs, line breaks and bidirectional
 * controls gone, as every stored name is), case and accents ignored, but æ, ø and å kept as letters of their own, and
 * punctuation read as a space ("Søren-Å. Hansen" = "søren å hansen"; "Søren" ≠ "Soren"). The speakers' person match
 * folds names the same way.
 */
export function nameKey(name: string): string {
  return foldText(oneLine(name));
}

type KnownMember = Pick<Member, 'id' | 'name' | 'email' | 'left'>;

/**
 * The one rule for duplicates in a roster import, as a check that remembers the rows it accepted. A row with an e-mail
 * duplicates any member, or earlier accepted row, with that e-mail. A row without one duplicates a member who has not
 * left by `today` (a former member may rejoin under the same name; one who joins later is already on the roster) or an
 * earlier accepted row with the same name (nameKey). Rejected rows are never shown to the check, so they claim nothing.
 */
export function importDuplicateCheck(existing: readonly KnownMember[], today: string) {
  const byEmail = new Map<string, DuplicateOf>();
  const byName = new Map<string, DuplicateOf>();
  const remember = (index: Map<string, DuplicateOf>, key: string, found: DuplicateOf) => {
    if (key !== '' && !index.has(key)) index.set(key, found);
  };
  for (const member of existing) {
    remember(byEmail, emailKey(member.email), { kind: 'member', memberId: member.id, by: 'email' });
    if (member.left === undefined || member.left > today) {
      remember(byName, nameKey(member.name), { kind: 'member', memberId: member.id, by: 'name' });
    }
  }
  /** The member or earlier row `member` repeats; otherwise undefined, and the row is remembered as accepted. */
  return (member: Pick<MemberDraft, 'name' | 'email'>, rowNumber: number): DuplicateOf | undefined => {
    const email = emailKey(member.email);
    const name = nameKey(member.name);
    const found = email === '' ? byName.get(name) : byEmail.get(email);
    if (found !== undefined) return found;
    remember(byEmail, email, { kind: 'row', rowNumber, by: 'email' });
    remember(byName, name, { kind: 'row', rowNumber, by: 'name' });
    return undefined;
  };
}
