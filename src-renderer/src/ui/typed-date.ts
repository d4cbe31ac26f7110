// A date typed by hand, the Danish way ("12.3.2026", "12-03-26", "12. marts 2026") or as ISO ("2026-03-12"), read
// into an ISO date; anything else is refused rather than guessed.
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, maj: 5, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, okt: 10, oct: 10, nov: 11, dec: 12,
};

function isoIfReal(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const fullYear = (year: string) => (year.length === 2 ? 2000 + Number(year) : Number(year));

/** The ISO date the text names, or null when it is not a real date in a known format. */
export function parseTypedDate(text: string): string | null {
  const value = text.trim().toLowerCase();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return isoIfReal(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4}|\d{2})$/.exec(value);
  if (numeric) return isoIfReal(fullYear(numeric[3]!), Number(numeric[2]), Number(numeric[1]));
  const named = /^(\d{1,2})\.?\s+([a-zæøå]+)\.?,?\s+(\d{4})$/.exec(value);
  if (named) {
    const month = MONTHS[named[2]!.slice(0, 3)];
    return month === undefined ? null : isoIfReal(Number(named[3]), month, Number(named[1]));
  }
  return null;
}
