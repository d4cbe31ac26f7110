// Which character separates the cells: Excel's own "sep=" hint, else the one that makes the header recognisable.
import Papa from 'papaparse';
import { CSV_DELIMITERS, type CsvDelimiter } from '../../domain/member-import';
import { fieldForHeader } from './headers';

/** Excel understands a first line "sep=;" naming the delimiter; honour it and drop the line. */
export function takeSeparatorHint(text: string): { text: string; declaredDelimiter: CsvDelimiter | undefined } {
  const match = /^sep=(.)\r?\n/i.exec(text);
  const declared = CSV_DELIMITERS.find((delimiter) => delimiter === match?.[1]);
  return declared === undefined || match === null
    ? { text, declaredDelimiter: undefined }
    : { text: text.slice(match[0].length), declaredDelimiter: declared };
}

/** The delimiter that makes the most header cells recognisable; then the most frequent one; `;` when in doubt. */
export function detectDelimiter(text: string): CsvDelimiter {
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
