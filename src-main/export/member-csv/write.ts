// The roster as a CSV file for Danish Excel, written by the CSV library with its formula escaping.
import Papa from 'papaparse';
import { MEMBER_CSV_FIELDS, type MemberCsvField } from '../../domain/member-import';
import type { Member } from '../../domain/model';
import { currentEmployment } from '../../domain/people';
import { FORMULA_TRIGGER } from './formula';
import { DANISH_CSV_HEADERS, DANISH_SECTOR } from './headers';

function danishDate(isoDate: string | undefined): string {
  if (isoDate === undefined) return '';
  const [year, month, day] = isoDate.split('-');
  return `${day}-${month}-${year}`;
}

function rowOf(member: Member): string[] {
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
}

/**
 * The roster as CSV text for Danish Excel: `;` between cells, CRLF between rows, Danish headers, current job only.
 * The library's own trigger pattern misses a formula on a cell's second line and our leading quote, so ours is given.
 */
export function membersToCsv(members: readonly Member[]): string {
  const header = MEMBER_CSV_FIELDS.map((field) => DANISH_CSV_HEADERS[field]);
  const text = Papa.unparse([header, ...members.map(rowOf)], { delimiter: ';', newline: '\r\n', escapeFormulae: FORMULA_TRIGGER });
  return `${text}\r\n`;
}

/** The CSV file's bytes: UTF-8 with a BOM, which is how Excel knows it is not Windows-1252. */
export function exportMembersCsv(members: readonly Member[]): Uint8Array {
  const body = new TextEncoder().encode(membersToCsv(members));
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}
