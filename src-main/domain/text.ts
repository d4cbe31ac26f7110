// Shared field rules, so every text a user types is cleaned the same way wherever it enters.
import { z } from 'zod';

// C0/C1 control characters (except tab and newline) break Word, CSV and terminals downstream; drop them at the door.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function cleanText(value: string): string {
  return value.replace(CONTROL_CHARACTERS, '').trim();
}

export const MAX_NAME_LENGTH = 120;
export const MAX_TEXT_LENGTH = 100_000;

/** A required one-line name: trimmed, control characters removed, never empty. */
export const nameText = z
  .string()
  .transform(cleanText)
  .pipe(z.string().min(1, { error: 'required' }).max(MAX_NAME_LENGTH, { error: 'tooLong' }));

/** Optional free text (notes, bios): cleaned, may be empty. */
export const freeText = z
  .string()
  .transform(cleanText)
  .pipe(z.string().max(MAX_TEXT_LENGTH, { error: 'tooLong' }));

export const isoDate = z.iso.date();
export const isoDateTime = z.iso.datetime({ offset: true });
export const entityId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
