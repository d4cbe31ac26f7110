// Formula injection: a spreadsheet runs a cell starting with =, +, -, @, tab or CR as a formula; a leading quote makes
// it text. A leading quote of our own is escaped too, so that reading can strip exactly one quote and give back what
// was written.
export const FORMULA_TRIGGER = /^[=+\-@\t\r']/;
const NEUTRALISED = /^'[=+\-@\t\r']/;

/** The cell as it was before writing escaped it. */
export function restoreNeutralised(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}
