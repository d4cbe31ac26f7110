// Words for what the CSV importer found: row problems, file problems and duplicates, in the UI language.
import type { TFunction } from 'i18next';
import type { CsvDelimiter, MemberCsvField, MemberImportPreview, MemberImportRow, RowProblem } from '../../../../src-main/domain/member-import';
import type { Member } from '../../../../src-main/domain/model';

type MembersT = TFunction<'members'>;

export function columnName(t: MembersT, column: MemberCsvField | undefined): string {
  return t(`import.column.${column ?? 'unknown'}`);
}

export function rowProblemText(t: MembersT, problem: RowProblem): string {
  return t(`import.problem.${problem.code}`, { ...problem.params, column: columnName(t, problem.column) });
}

/** The row's details: its problems, what it duplicates, or the job and e-mail it brings. */
export function rowDetails(t: MembersT, row: MemberImportRow, members: readonly Pick<Member, 'id' | 'name'>[]): string {
  if (row.status === 'rejected') return row.problems.map((problem) => rowProblemText(t, problem)).join(' · ');
  if (row.status === 'duplicate') {
    const { duplicateOf } = row;
    const byName = duplicateOf.by === 'name';
    if (duplicateOf.kind === 'row') return t(byName ? 'import.duplicateByNameOfRow' : 'import.duplicateOfRow', { row: duplicateOf.rowNumber });
    const name = members.find((member) => member.id === duplicateOf.memberId)?.name ?? (byName ? row.member.name : row.member.email);
    return t(byName ? 'import.duplicateByNameOfMember' : 'import.duplicateOfMember', { name });
  }
  const job = row.member.employments[0];
  return [job?.organisation, row.member.email].filter((part) => part !== undefined && part !== '').join(' · ');
}

/** The name the row gives, read from its name column when the row was rejected. */
export function rowName(row: MemberImportRow, columns: MemberImportPreview['columns']): string {
  if (row.status !== 'rejected') return row.member.name;
  const index = columns.findIndex((column) => column.field === 'name');
  return index < 0 ? '' : (row.cells[index] ?? '').trim();
}

const DELIMITER_NAME = { ';': 'semicolon', ',': 'comma', '\t': 'tab' } as const satisfies Record<CsvDelimiter, string>;

/** "Read as Windows-1252/Latin-1 …, with semicolon (;) between the columns": what the reader detected. */
export function fileFormatText(t: MembersT, preview: Pick<MemberImportPreview, 'encoding' | 'delimiter'>): string {
  return t('import.format', {
    encoding: t(`import.encoding.${preview.encoding}`),
    delimiter: t(`import.delimiter.${DELIMITER_NAME[preview.delimiter]}`),
  });
}
