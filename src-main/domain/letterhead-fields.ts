import { z } from 'zod';
import { base64Length, MAX_LETTERHEAD_BYTES } from './file-limits';
import { shortLineText } from './text';

// The fields a letterhead template may hold, in one table: the exporter fills exactly these, the modal and the README
// list exactly these, and a template's other {{placeholders}} are reported as not understood before export.

/** Every field the app fills, in the order the letterhead dialog lists them. `body` is where the document goes. */
export const LETTERHEAD_FIELDS = [
  'body',
  'title',
  'group',
  'date',
  'time',
  'place',
  'host',
  'theme',
  'version',
  'facilitator',
  'year',
] as const;
export type LetterheadField = (typeof LETTERHEAD_FIELDS)[number];
/** The fields filled with one line of text; `body` takes the whole document instead. */
export type LetterheadTextField = Exclude<LetterheadField, 'body'>;

export interface LetterheadCheck {
  /** Supported fields the template holds, in table order. */
  understood: LetterheadField[];
  /** Placeholders the app does not know: they would stay as literal text, so the dialog warns before export. */
  notUnderstood: string[];
  /** Without {{body}} the document would have nowhere to go; the export refuses such a template. */
  hasBody: boolean;
}

const KNOWN: ReadonlySet<string> = new Set(LETTERHEAD_FIELDS);

/**
 * Sorts the placeholders found in a template (by docx's patchDetector, spaces trimmed) into understood and not.
 * Case matters, as the filler matches names exactly: {{Place}} is not understood, so the user is told.
 */
export function checkLetterheadPlaceholders(found: readonly string[]): LetterheadCheck {
  const names = new Set(found.map((name) => name.trim()).filter((name) => name !== ''));
  return {
    understood: LETTERHEAD_FIELDS.filter((field) => names.has(field)),
    notUnderstood: [...names].filter((name) => !KNOWN.has(name)).sort((a, b) => a.localeCompare(b)),
    hasBody: names.has('body'),
  };
}

/** A Word template as base64, within the letterhead size limit. */
export const letterheadBase64Schema = z
  .string()
  .min(1)
  .max(base64Length(MAX_LETTERHEAD_BYTES))
  .regex(/^[A-Za-z0-9+/]+=*$/);

/**
 * The template a group's minutes were last exported on, kept with the group (an optional field, so older files need no
 * migration) so the next export needs no picking, on every device that opens the group.
 */
export const groupLetterheadSchema = z.object({
  fileName: shortLineText,
  base64: letterheadBase64Schema,
});
export type GroupLetterhead = z.infer<typeof groupLetterheadSchema>;

/** A remembered template with what its placeholders are, for the letterhead dialog. */
export interface RememberedLetterhead extends GroupLetterhead {
  check: LetterheadCheck;
}
