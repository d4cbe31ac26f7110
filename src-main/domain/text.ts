// Shared field rules, so every text a user types is cleaned the same way wherever it enters.
import { z } from 'zod';

// C0/C1 control characters (except tab and newline) break Word, CSV and terminals downstream; drop them at the door.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex
const HAS_CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function cleanText(value: string): string {
  // Testing first skips building a new string for the usual text that has nothing to drop.
  return (HAS_CONTROL_CHARACTER.test(value) ? value.replace(CONTROL_CHARACTERS, '') : value).trim();
}

export const MAX_NAME_LENGTH = 120;
export const MAX_TEXT_LENGTH = 100_000;

/**
 * Cleans a text and checks its length in one step. (A transform piped into a second string schema did the same in
 * two, and every stored text passes through here when a 5 MB workspace opens: ~24 ms against ~11 ms.) The issue
 * messages 'required' and 'tooLong' are the codes the API reports and the renderer translates.
 */
function cleanedText({ required, max }: { required: boolean; max: number }) {
  return z.string().transform((value, context) => {
    const cleaned = cleanText(value);
    if (required && cleaned.length === 0) context.issues.push({ code: 'custom', message: 'required', input: value });
    else if (cleaned.length > max) context.issues.push({ code: 'custom', message: 'tooLong', input: value });
    return cleaned;
  });
}

/** A required one-line name: trimmed, control characters removed, never empty. */
export const nameText = cleanedText({ required: true, max: MAX_NAME_LENGTH });

/** Optional free text (notes, bios): cleaned, may be empty. */
export const freeText = cleanedText({ required: false, max: MAX_TEXT_LENGTH });

export const isoDate = z.iso.date();
export const isoDateTime = z.iso.datetime({ offset: true });
export const entityId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
