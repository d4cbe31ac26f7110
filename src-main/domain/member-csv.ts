// Member roster to and from CSV as Danish Excel writes and reads it. Import only previews: nothing is stored here.
import Papa from 'papaparse';
import { memberSchema, type Member, type Sector } from './model';
import { currentEmployment } from './people';
import { foldText } from './people-search';
import { cleanText, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from './text';

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

/** The headers we write; Danish, because the file is meant for Danish Excel. */
export const DANISH_CSV_HEADERS: Record<MemberCsvField, string> = {
  name: 'Navn',
  title: 'Titel',
  organisation: 'Organisation',
  sector: 'Sektor',
  email: 'E-mail',
  phone: 'Telefon',
  joined: 'Indtrådt',
  left: 'Udtrådt',
  notes: 'Noter',
};

// Compared after folding (lower case, accents and punctuation gone, spaces removed): "E-mail" and "email" both fit.
const HEADER_ALIASES: Record<MemberCsvField, readonly string[]> = {
  name: ['navn', 'name', 'fuldtnavn', 'fullname'],
  title: ['titel', 'title', 'stilling', 'jobtitel', 'jobtitle'],
  organisation: ['organisation', 'organization', 'virksomhed', 'arbejdsplads', 'company', 'employer'],
  sector: ['sektor', 'sector'],
  email: ['email', 'mail', 'emailadresse', 'mailadresse', 'emailaddress'],
  phone: ['telefon', 'phone', 'tlf', 'telefonnummer', 'mobil', 'mobile', 'telephone'],
  joined: ['indtrådt', 'indtraadt', 'indtradt', 'joined', 'indmeldt', 'medlemsiden', 'membersince'],
  left: ['udtrådt', 'udtraadt', 'udtradt', 'left', 'udmeldt'],
  notes: ['noter', 'notes', 'note', 'bemærkninger', 'bemaerkninger', 'kommentar', 'comments'],
};

const FIELD_BY_HEADER = new Map<string, MemberCsvField>(
  MEMBER_CSV_FIELDS.flatMap((field) => HEADER_ALIASES[field].map((alias) => [alias, field] as const)),
);

const SECTOR_WORDS: Record<Sector, readonly string[]> = {
  state: ['stat', 'staten', 'statslig', 'state'],
  region: ['region', 'regional', 'regionerne'],
  municipality: ['kommune', 'kommunal', 'kommunerne', 'municipality', 'municipal'],
  private: ['privat', 'private', 'privatvirksomhed'],
  supplier: ['leverandør', 'leverandor', 'leverandoer', 'supplier', 'vendor'],
  other: ['andet', 'andre', 'other'],
};
const SECTOR_BY_WORD = new Map<string, Sector>(
  (Object.keys(SECTOR_WORDS) as Sector[]).flatMap((sector) =>
    SECTOR_WORDS[sector].map((word) => [word, sector] as const),
  ),
);
const DANISH_SECTOR: Record<Sector, string> = {
  state: 'stat',
  region: 'region',
  municipality: 'kommune',
  private: 'privat',
  supplier: 'leverandør',
  other: 'andet',
};

function compactKey(value: string): string {
  return foldText(value).replace(/ /g, '');
}

// ---------------------------------------------------------------------------------------------------------------
// Bytes to text

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Excel writes UTF-8 with a BOM ("CSV UTF-8"), Windows-1252 ("CSV (semikolonsepareret)") or UTF-16 ("Unicode-tekst").
 * Bytes that are not valid UTF-8 are taken as Windows-1252, which decodes every byte.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// Bytes 0x80–0x9F are where Windows-1252 differs from Latin-1 (€, „, “, ”, –, —).
// Node's TextDecoder('windows-1252') decodes them as Latin-1 control characters, so we use our own table everywhere.
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charAt(byte - 0x80) : String.fromCharCode(byte);
  }
  return text;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

// ---------------------------------------------------------------------------------------------------------------
// Import preview

/** The largest CSV file the app reads; a roster of thousands is far below it. */
export const MAX_MEMBER_CSV_BYTES = 5 * 1024 * 1024;

export const CSV_DELIMITERS = [';', ',', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** A member as read from a row; the id is given when the user confirms the import. */
export type MemberDraft = Omit<Member, 'id'>;
const memberDraftSchema = memberSchema.omit({ id: true });

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

/**
 * Reads a CSV file into a preview of accepted, duplicate and rejected rows. Pure and total: any input gives a preview.
 * Bytes are decoded here; a string is taken as already decoded text.
 * Duplicates are found by e-mail, ignoring case, against `existing` members and earlier rows of the same file.
 */
export function previewMemberImport(
  input: Uint8Array | string,
  existing: readonly Pick<Member, 'id' | 'email'>[] = [],
): MemberImportPreview {
  const decoded =
    typeof input === 'string'
      ? { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-8' as const }
      : decodeCsvBytes(input);
  const { text, declaredDelimiter } = takeSeparatorHint(decoded.text);
  const delimiter = declaredDelimiter ?? detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter });
  const [headerCells = [], ...records] = parsed.data;

  const columns = mapColumns(headerCells);
  const fields = new Set(columns.map((column) => column.field));
  const preview: MemberImportPreview = {
    encoding: decoded.encoding,
    delimiter,
    columns,
    missingFields: MEMBER_CSV_FIELDS.filter((field) => !fields.has(field)),
    fileProblem: null,
    rows: [],
    counts: { accepted: 0, duplicate: 0, rejected: 0 },
  };
  if (text.trim() === '') return { ...preview, fileProblem: 'empty' };
  if (fields.size === 1 && fields.has(null)) return { ...preview, fileProblem: 'headerNotRecognised' };
  if (!fields.has('name')) return { ...preview, fileProblem: 'missingNameColumn' };

  const rowsWithBadQuotes = new Set(parsed.errors.filter((error) => error.type === 'Quotes').map((error) => error.row));
  const knownEmails = new Map<string, DuplicateOf>();
  for (const member of existing) {
    const key = emailKey(member.email);
    if (key !== '' && !knownEmails.has(key)) knownEmails.set(key, { kind: 'member', memberId: member.id });
  }

  records.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const rowNumber = index + 2;
    const read = readRow(cells, columns, rowsWithBadQuotes.has(index + 1));
    if (!read.ok) {
      preview.rows.push({ rowNumber, status: 'rejected', problems: read.problems, cells });
      preview.counts.rejected += 1;
      return;
    }
    const key = emailKey(read.member.email);
    const duplicateOf = key === '' ? undefined : knownEmails.get(key);
    if (duplicateOf !== undefined) {
      preview.rows.push({ rowNumber, status: 'duplicate', member: read.member, duplicateOf });
      preview.counts.duplicate += 1;
      return;
    }
    if (key !== '') knownEmails.set(key, { kind: 'row', rowNumber });
    preview.rows.push({ rowNumber, status: 'accepted', member: read.member });
    preview.counts.accepted += 1;
  });
  return preview;
}

function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Excel understands a first line "sep=;" naming the delimiter; honour it and drop the line. */
function takeSeparatorHint(text: string): { text: string; declaredDelimiter: CsvDelimiter | undefined } {
  const match = /^sep=(.)\r?\n/i.exec(text);
  const declared = CSV_DELIMITERS.find((delimiter) => delimiter === match?.[1]);
  return declared === undefined || match === null
    ? { text, declaredDelimiter: undefined }
    : { text: text.slice(match[0].length), declaredDelimiter: declared };
}

/** The delimiter that makes the most header cells recognisable; then the most frequent one; `;` when in doubt. */
function detectDelimiter(text: string): CsvDelimiter {
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  let best: { delimiter: CsvDelimiter; recognised: number; occurrences: number } = {
    delimiter: ';',
    recognised: 0,
    occurrences: 0,
  };
  for (const delimiter of CSV_DELIMITERS) {
    const cells = Papa.parse<string[]>(firstLine, { delimiter }).data[0] ?? [];
    const recognised = new Set(cells.map(fieldForHeader).filter((field) => field !== null)).size;
    const occurrences = firstLine.split(delimiter).length - 1;
    if (recognised > best.recognised || (recognised === best.recognised && occurrences > best.occurrences)) {
      best = { delimiter, recognised, occurrences };
    }
  }
  return best.delimiter;
}

function fieldForHeader(header: string): MemberCsvField | null {
  return FIELD_BY_HEADER.get(compactKey(header)) ?? null;
}

/** Maps header cells to fields; a second column for the same field is ignored rather than guessed between. */
function mapColumns(headerCells: readonly string[]): MemberImportPreview['columns'] {
  const taken = new Set<MemberCsvField>();
  return headerCells.map((raw) => {
    const header = cleanText(raw.replace(/\uFEFF/g, ''));
    const field = fieldForHeader(header);
    if (field === null || taken.has(field)) return { header, field: null };
    taken.add(field);
    return { header, field };
  });
}

type RowRead = { ok: true; member: MemberDraft } | { ok: false; problems: RowProblem[] };

function readRow(rawCells: readonly string[], columns: MemberImportPreview['columns'], badQuotes: boolean): RowRead {
  // Excel sometimes ends a row with extra empty cells; only cells with content make a row too long.
  let cells = rawCells;
  while (cells.length > columns.length && cells[cells.length - 1]?.trim() === '') cells = cells.slice(0, -1);
  const shapeProblems: RowProblem[] = [];
  if (badQuotes) shapeProblems.push({ code: 'malformedQuotes' });
  if (cells.length !== columns.length) {
    shapeProblems.push({ code: 'wrongColumnCount', params: { expected: columns.length, actual: cells.length } });
  }
  if (shapeProblems.length > 0) return { ok: false, problems: shapeProblems };

  const values = new Map<MemberCsvField, string>();
  columns.forEach((column, index) => {
    if (column.field !== null) values.set(column.field, restoreNeutralised(cleanText(cells[index] ?? '')));
  });
  const value = (field: MemberCsvField): string => values.get(field) ?? '';

  const problems: RowProblem[] = [];
  const name = value('name');
  if (name === '') problems.push({ code: 'missingName', column: 'name' });
  else if (name.length > MAX_NAME_LENGTH) {
    problems.push({ code: 'nameTooLong', column: 'name', params: { max: MAX_NAME_LENGTH } });
  }

  const email = value('email');
  if (email !== '' && !looksLikeEmail(email)) {
    problems.push({ code: 'invalidEmail', column: 'email', params: { value: email } });
  }

  const dates: Partial<Record<'joined' | 'left', string>> = {};
  for (const field of ['joined', 'left'] as const) {
    const raw = value(field);
    if (raw === '') continue;
    const date = parseDanishOrIsoDate(raw);
    if (date === undefined) problems.push({ code: 'invalidDate', column: field, params: { value: raw } });
    else dates[field] = date;
  }

  const organisation = value('organisation');
  const title = value('title');
  const sectorText = value('sector');
  const sector = sectorText === '' ? undefined : SECTOR_BY_WORD.get(compactKey(sectorText));
  if (sectorText !== '' && sector === undefined) {
    problems.push({ code: 'invalidSector', column: 'sector', params: { value: sectorText } });
  }
  if (organisation === '' && (title !== '' || sectorText !== '')) {
    problems.push({ code: 'organisationMissing', column: 'organisation' });
  }
  if (organisation.length > MAX_NAME_LENGTH) {
    problems.push({ code: 'textTooLong', column: 'organisation', params: { max: MAX_NAME_LENGTH } });
  }
  for (const field of ['title', 'phone', 'notes'] as const) {
    if (value(field).length > MAX_TEXT_LENGTH) {
      problems.push({ code: 'textTooLong', column: field, params: { max: MAX_TEXT_LENGTH } });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const draft = memberDraftSchema.safeParse({
    name,
    email,
    phone: value('phone'),
    ...dates,
    employments: organisation === '' ? [] : [{ organisation, title, sector: sector ?? 'other' }],
    notes: value('notes'),
  });
  if (draft.success) return { ok: true, member: draft.data };
  // The checks above mirror the schema; this only catches a rule added to the schema later.
  return {
    ok: false,
    problems: draft.error.issues.map((issue) => {
      const column = MEMBER_CSV_FIELDS.find((field) => field === issue.path[0]);
      return column === undefined ? { code: 'invalidValue' } : { code: 'invalidValue', column };
    }),
  };
}

function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}

/** dd-mm-yyyy, dd.mm.yyyy, dd/mm/yyyy (day and month may have one digit) or yyyy-mm-dd, as an ISO date. */
export function parseDanishOrIsoDate(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const danish = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$/.exec(value);
  const parts = iso
    ? { year: iso[1], month: iso[2], day: iso[3] }
    : danish
      ? { year: danish[4], month: danish[3], day: danish[1] }
      : undefined;
  if (parts === undefined) return undefined;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// ---------------------------------------------------------------------------------------------------------------
// Export

// A spreadsheet runs a cell starting with these as a formula; a leading quote makes it text. A leading quote of our
// own is doubled too, so that import can strip exactly one and give back what was exported.
const FORMULA_TRIGGER = /^[=+\-@\t\r']/;
const NEUTRALISED = /^'[=+\-@\t\r']/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_TRIGGER.test(cell) ? `'${cell}` : cell;
}

function restoreNeutralised(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

function quoteCell(cell: string): string {
  return /[;"\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function danishDate(isoDate: string | undefined): string {
  if (isoDate === undefined) return '';
  const [year, month, day] = isoDate.split('-');
  return `${day}-${month}-${year}`;
}

/** The roster as CSV text for Danish Excel: `;` between cells, CRLF between rows, Danish headers, current job only. */
export function membersToCsv(members: readonly Member[]): string {
  const header = MEMBER_CSV_FIELDS.map((field) => DANISH_CSV_HEADERS[field]);
  const rows = members.map((member) => {
    const job = currentEmployment(member);
    const cells: Record<MemberCsvField, string> = {
      name: member.name,
      title: job?.title ?? '',
      organisation: job?.organisation ?? '',
      sector: job === undefined ? '' : DANISH_SECTOR[job.sector],
      email: member.email,
      phone: member.phone,
      joined: danishDate(member.joined),
      left: danishDate(member.left),
      notes: member.notes,
    };
    return MEMBER_CSV_FIELDS.map((field) => cells[field]);
  });
  const lines = [header, ...rows].map((cells) => cells.map((cell) => quoteCell(neutraliseFormula(cell))).join(';'));
  return `${lines.join('\r\n')}\r\n`;
}

/** The CSV file's bytes: UTF-8 with a BOM, which is how Excel knows it is not Windows-1252. */
export function exportMembersCsv(members: readonly Member[]): Uint8Array {
  const body = new TextEncoder().encode(membersToCsv(members));
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}
