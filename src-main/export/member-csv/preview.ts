// A roster file to a preview of accepted, duplicate and rejected rows. Only previews: nothing is stored here.
import Papa from 'papaparse';
import {
  MEMBER_CSV_FIELDS,
  importDuplicateCheck,
  type MemberCsvField,
  type MemberImportPreview,
} from '../../domain/member-import';
import type { Member } from '../../domain/model';
import { cleanText } from '../../domain/text';
import { decodeCsvBytes } from './decode-bytes';
import { detectDelimiter, takeSeparatorHint } from './delimiter';
import { fieldForHeader } from './headers';
import { readRow } from './read-row';

/** The group's roster the rows are checked against, and the day that decides who has left. */
export interface RosterForImport {
  members: readonly Pick<Member, 'id' | 'name' | 'email' | 'left'>[];
  today: string;
}

/**
 * Reads a CSV file into a preview of accepted, duplicate and rejected rows. Pure and total: any input gives a preview.
 * Bytes are decoded here (the encoding detected from the bytes, the delimiter from the header); a string is taken as
 * already decoded text. Duplicates follow the domain's rule (importDuplicateCheck): by e-mail, or by name for a row
 * without one, against `roster` and earlier rows of the same file.
 */
export function previewMemberImport(
  input: Uint8Array | string,
  roster: RosterForImport = { members: [], today: '' },
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
  const duplicateOf = importDuplicateCheck(roster.members, roster.today);

  records.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const rowNumber = index + 2;
    const read = readRow(cells, columns, rowsWithBadQuotes.has(index + 1));
    if (!read.ok) {
      preview.rows.push({ rowNumber, status: 'rejected', problems: read.problems, cells });
      preview.counts.rejected += 1;
      return;
    }
    const duplicate = duplicateOf(read.member, rowNumber);
    if (duplicate !== undefined) {
      preview.rows.push({ rowNumber, status: 'duplicate', member: read.member, duplicateOf: duplicate });
      preview.counts.duplicate += 1;
      return;
    }
    preview.rows.push({ rowNumber, status: 'accepted', member: read.member });
    preview.counts.accepted += 1;
  });
  return preview;
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
