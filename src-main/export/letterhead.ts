// The facilitator's own letterhead: a .docx with {{group}}, {{date}}, {{title}} and {{body}} placeholders, filled with
// a generated document's body while its header, footer, logo, fonts and margins stay exactly as the user made them.
//
// docx's own patcher does the work: it finds placeholders that Word split over several runs (spell-check marks, edits,
// formatting changes), replaces whole paragraphs for block content, and adds the heading styles and list definitions
// the inserted body uses when the template lacks them. So no XML parser or zip library of our own is needed here.
import { patchDetector, patchDocument, PatchType, type FileChild, type INumberingOptions } from 'docx';
import { AppError } from '../domain/errors';
import { textRuns } from './docx-common';
import { buildMinutesContent, MINUTES_NUMBERING, type MinutesExportInput } from './minutes-docx';

export const LETTERHEAD_PLACEHOLDERS = ['group', 'date', 'title', 'body'] as const;
export type LetterheadPlaceholder = (typeof LETTERHEAD_PLACEHOLDERS)[number];

export interface LetterheadContent {
  group: string;
  date: string;
  title: string;
  body: readonly FileChild[];
  /** The list definitions the body's numbered paragraphs refer to. */
  numbering?: INumberingOptions;
}

/** A template is usable when it is a Word document with a {{body}} placeholder; the other placeholders are optional. */
export async function letterheadPlaceholders(template: Uint8Array): Promise<LetterheadPlaceholder[]> {
  let found: readonly string[];
  try {
    found = await patchDetector({ data: template, trimPlaceholders: true });
  } catch {
    throw new AppError('validation', { field: 'letterhead', reason: 'notWordDocument' });
  }
  return LETTERHEAD_PLACEHOLDERS.filter((name) => found.includes(name));
}

/** Fills a letterhead template; refuses one without {{body}}, as the export would otherwise silently lose everything. */
export async function fillLetterhead(template: Uint8Array, content: LetterheadContent): Promise<Uint8Array> {
  const present = await letterheadPlaceholders(template);
  if (!present.includes('body')) throw new AppError('validation', { field: 'letterhead', reason: 'missingBodyPlaceholder' });
  const text = (value: string) => ({ type: PatchType.PARAGRAPH, children: textRuns(value) });
  try {
    return await patchDocument({
      outputType: 'uint8array',
      data: template,
      trimPlaceholders: true,
      keepOriginalStyles: true,
      ...(content.numbering ? { numbering: content.numbering } : {}),
      patches: {
        group: text(content.group),
        date: text(content.date),
        title: text(content.title),
        body: { type: PatchType.DOCUMENT, children: content.body },
      },
    });
  } catch {
    throw new AppError('validation', { field: 'letterhead', reason: 'notWordDocument' });
  }
}

/** The minutes (one meeting or a year) on the user's letterhead; the template's title spot gets the minutes' title. */
export async function buildMinutesOnLetterhead(template: Uint8Array, input: MinutesExportInput): Promise<Uint8Array> {
  const content = buildMinutesContent(input, { withTitle: false });
  return fillLetterhead(template, {
    group: input.group.name,
    date: content.dateText,
    title: content.title,
    body: content.body,
    numbering: MINUTES_NUMBERING,
  });
}
