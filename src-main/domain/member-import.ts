// What a member roster import reads and reports: the fields a CSV column can carry, the preview the facilitator
// confirms, and the largest file read. The reader itself lives in export/member-csv/; these shapes are shared with the
// contract and the renderer, which may not import the reader.
import type { Member } from './model';

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

export type DuplicateOf = { kind: 'member'; memberId: string } | { kind: 'row'; rowNumber: number };

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
