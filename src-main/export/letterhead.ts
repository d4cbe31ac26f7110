// The facilitator's own letterhead: a .docx with {{body}} and any of the fields in domain/letterhead-fields.ts
// ({{title}}, {{group}}, {{date}}, {{place}}, {{version}}, {{facilitator}} …), filled with a generated document's body
// while its header, footer, logo, fonts and margins stay exactly as the user made them.
//
// docx's own patcher does the work: it finds placeholders that Word split over several runs (spell-check marks, edits,
// formatting changes), replaces whole paragraphs for block content, and adds the heading styles and list definitions
// the inserted body uses when the template lacks them. So no XML parser or zip library of our own is needed here.
import { patchDetector, patchDocument, PatchType, type FileChild, type INumberingOptions, type IPatch } from 'docx';
import { AppError } from '../domain/errors';
import { checkLetterheadPlaceholders, type LetterheadCheck, type LetterheadField, type LetterheadTextField } from '../domain/letterhead-fields';
import { textRuns } from './docx-common';
import { MINUTES_LABELS } from './minutes-labels';
import { buildMinutesContent, MINUTES_NUMBERING, type MinutesExportInput } from './minutes-docx';

export interface LetterheadContent {
  /** One line of text per field; a field the document has no value for is filled with nothing, never left as {{x}}. */
  fields: Partial<Record<LetterheadTextField, string>>;
  body: readonly FileChild[];
  /** The list definitions the body's numbered paragraphs refer to. */
  numbering?: INumberingOptions;
}

/** What the minutes export knows beyond the minutes themselves. */
export interface LetterheadExtras {
  /** Who signs: from the facilitator's profile; empty when none is set. */
  facilitator: string;
}

/**
 * The placeholders a template holds, found by docx's patchDetector (which also finds those Word split over runs),
 * sorted into understood and not. Refuses bytes that are not a Word document.
 */
export async function inspectLetterheadDocx(template: Uint8Array): Promise<LetterheadCheck> {
  let found: readonly string[];
  try {
    found = await patchDetector({ data: template, trimPlaceholders: true });
  } catch {
    throw new AppError('validation', { field: 'letterhead', reason: 'notWordDocument' });
  }
  return checkLetterheadPlaceholders(found);
}

/** The supported placeholders a template holds, in table order. */
export async function letterheadPlaceholders(template: Uint8Array): Promise<LetterheadField[]> {
  return (await inspectLetterheadDocx(template)).understood;
}

/** Fills a letterhead template; refuses one without {{body}}, as the export would otherwise silently lose everything. */
export async function fillLetterhead(template: Uint8Array, content: LetterheadContent): Promise<Uint8Array> {
  const { understood, hasBody } = await inspectLetterheadDocx(template);
  if (!hasBody) throw new AppError('validation', { field: 'letterhead', reason: 'missingBodyPlaceholder' });
  const patches: Record<string, IPatch> = { body: { type: PatchType.DOCUMENT, children: content.body } };
  for (const field of understood) {
    if (field !== 'body') patches[field] = { type: PatchType.PARAGRAPH, children: textRuns(content.fields[field] ?? '') };
  }
  try {
    return await patchDocument({
      outputType: 'uint8array',
      data: template,
      trimPlaceholders: true,
      keepOriginalStyles: true,
      ...(content.numbering ? { numbering: content.numbering } : {}),
      patches,
    });
  } catch {
    throw new AppError('validation', { field: 'letterhead', reason: 'notWordDocument' });
  }
}

/**
 * Every field's value for the minutes: a single meeting fills its time, place, host and theme; a year's minutes have no
 * one place or host, so those are filled with nothing.
 */
export function minutesLetterheadFields(
  input: MinutesExportInput,
  content: { title: string; dateText: string },
  extras: LetterheadExtras,
): Record<LetterheadTextField, string> {
  const single = input.meetings.length === 1 && input.year === undefined ? input.meetings[0]?.meeting : undefined;
  // Typed as the whole record, so a field added to the table fails here until it has a value.
  const fields: Record<LetterheadTextField, string> = {
    title: content.title,
    group: input.group.name,
    date: content.dateText,
    time: single ? `${single.startTime}–${single.endTime}` : '',
    // An address may have several lines; a field is one line, so they are joined as on an envelope's single line.
    place: single ? single.address.split(/\s*\n\s*/).filter((line) => line !== '').join(', ') : '',
    host: single?.hostOrganisation ?? '',
    theme: single?.theme ?? '',
    version: MINUTES_LABELS[input.group.language].versionLabel[input.version],
    facilitator: extras.facilitator,
    year: single ? single.date.slice(0, 4) : String(input.year ?? ''),
  };
  return fields;
}

/** The minutes (one meeting or a year) on the user's letterhead, every supported field filled. */
export async function buildMinutesOnLetterhead(
  template: Uint8Array,
  input: MinutesExportInput,
  extras: LetterheadExtras = { facilitator: '' },
): Promise<Uint8Array> {
  const content = buildMinutesContent(input, { withTitle: false });
  return fillLetterhead(template, {
    fields: minutesLetterheadFields(input, content, extras),
    body: content.body,
    numbering: MINUTES_NUMBERING,
  });
}
