// Timestamps inside file names: sortable as text, legal on every OS (no ':'), and readable back as a date.
const STAMP_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/;

/** 2026-11-25T13:05:30.123Z → 2026-11-25T13-05-30-123Z */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** The date at the start of a name that begins with a fileStamp, or null. */
export function parseFileStamp(name: string): Date | null {
  const match = STAMP_PATTERN.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis] = match;
  const date = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}
