// One row of a roster file to a member draft, or the problems that keep it out; the row rules of the import.
import { MEMBER_CSV_FIELDS, type MemberCsvField, type MemberDraft, type MemberImportPreview, type RowProblem } from '../../domain/member-import';
import { memberSchema } from '../../domain/model';
import { cleanText, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../../domain/text';
import { restoreNeutralised } from './formula';
import { sectorForWord } from './headers';

const memberDraftSchema = memberSchema.omit({ id: true });

export type RowRead = { ok: true; member: MemberDraft } | { ok: false; problems: RowProblem[] };

export function readRow(rawCells: readonly string[], columns: MemberImportPreview['columns'], badQuotes: boolean): RowRead {
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
  const sector = sectorText === '' ? undefined : sectorForWord(sectorText);
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
