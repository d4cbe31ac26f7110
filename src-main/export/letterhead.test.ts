import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors';
import { docxParts, parseAllXmlParts, parseContentParts, paragraphsOf, W_NS } from './fixtures/docx-reader';
import {
  buildLetterheadTemplate,
  LETTERHEAD_FONT,
  LETTERHEAD_FOOTER,
  LETTERHEAD_MARGIN_LEFT,
  LETTERHEAD_SENDER,
} from './fixtures/letterhead-template';
import { hostileText } from './fixtures/minutes-arbitraries';
import { sampleGroup, sampleMeetingMinutes, sampleMembers } from './fixtures/sample-minutes';
import { buildMinutesOnLetterhead, fillLetterhead, inspectLetterheadDocx, letterheadPlaceholders } from './letterhead';
import type { MinutesExportInput } from './minutes-docx';

const input = (version: MinutesExportInput['version']): MinutesExportInput => ({
  group: sampleGroup,
  members: sampleMembers,
  version,
  meetings: [sampleMeetingMinutes],
});

function partNamed(parts: Record<string, string>, pattern: RegExp): string {
  return Object.entries(parts).find(([name]) => pattern.test(name))?.[1] ?? '';
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the promise to be rejected');
}

describe('letterheadPlaceholders', () => {
  it('finds the placeholders even when Word split them across runs', async () => {
    expect(await letterheadPlaceholders(await buildLetterheadTemplate())).toEqual(['body', 'title', 'group', 'date']);
  });

  it('lists the fields it understands and the placeholders it does not, before anything is exported', async () => {
    expect(await inspectLetterheadDocx(await buildLetterheadTemplate({ withMoreFields: true }))).toEqual({
      understood: ['body', 'title', 'group', 'date', 'time', 'place', 'host', 'theme', 'version', 'facilitator', 'year'],
      notUnderstood: ['logo'],
      hasBody: true,
    });
    expect(await inspectLetterheadDocx(await buildLetterheadTemplate({ withBody: false }))).toMatchObject({ hasBody: false });
  });

  it('refuses bytes that are not a Word document', async () => {
    const error = await rejection(letterheadPlaceholders(new TextEncoder().encode('not a docx')));
    expect(error.code).toBe('validation');
    expect(error.params).toMatchObject({ reason: 'notWordDocument' });
  });
});

describe('buildMinutesOnLetterhead', () => {
  it('fills the text placeholders and puts the minutes where {{body}} was', async () => {
    const bytes = await buildMinutesOnLetterhead(await buildLetterheadTemplate(), input('members'));
    const parts = parseAllXmlParts(bytes);
    const paragraphs = paragraphsOf(parts['word/document.xml']!);
    const texts = paragraphs.map((paragraph) => paragraph.text);
    expect(texts[0]).toBe('Referat');
    expect(texts[1]).toBe('CIO-netværk Vest – onsdag den 4. marts 2026');
    expect(texts.join('\n')).not.toContain('{{');
    const bodyStart = texts.findIndex((text) => text.startsWith('Til medlemmerne.'));
    const closing = texts.indexOf('Med venlig hilsen, facilitator');
    expect(bodyStart).toBe(2);
    expect(closing).toBeGreaterThan(bodyStart);
    expect(texts.slice(bodyStart, closing)).toContain('MEMBERSONLY Flere kommuner er bagud med beredskabsplanen.');
    expect(texts.join('\n')).not.toContain('ROOMSECRET');
  });

  it('fills place, version, host, theme, time, facilitator and year, even when Word split a placeholder', async () => {
    const template = await buildLetterheadTemplate({ withMoreFields: true });
    const bytes = await buildMinutesOnLetterhead(template, input('shareable'), { facilitator: 'Mette Facilitator' });
    const texts = paragraphsOf(parseAllXmlParts(bytes)['word/document.xml']!).map((paragraph) => paragraph.text);
    expect(texts).toContain(
      'Sted: Havnegade 21, 8000 Aarhus C · Kan deles · Vært: Nordhavn Forsikring A/S · AI i den daglige drift · 09:30–16:00 · Mette Facilitator · 2026 · {{logo}}',
    );
  });

  it('fills a year’s minutes with the year and leaves one meeting’s place and host empty, never as {{place}}', async () => {
    const template = await buildLetterheadTemplate({ withMoreFields: true });
    const bytes = await buildMinutesOnLetterhead(template, { ...input('members'), year: 2026 });
    const texts = paragraphsOf(parseAllXmlParts(bytes)['word/document.xml']!).map((paragraph) => paragraph.text);
    expect(texts).toContain('Sted:  · Til medlemmerne · Vært:  ·  ·  ·  · 2026 · {{logo}}');
  });

  it('keeps the template’s header with its logo, its footer, font and margins', async () => {
    const template = docxParts(await buildLetterheadTemplate());
    const bytes = await buildMinutesOnLetterhead(await buildLetterheadTemplate(), input('shareable'));
    const parts = docxParts(bytes);
    const header = partNamed(parts, /^word\/header\d*\.xml$/);
    expect(header).toContain('<a:blip');
    expect(header).toContain(LETTERHEAD_SENDER);
    // The template's own header placeholder is filled as well.
    expect(header).toContain('CIO-netværk Vest');
    expect(header).not.toContain('{{group}}');
    expect(partNamed(parts, /^word\/footer\d*\.xml$/)).toContain(LETTERHEAD_FOOTER);
    expect(Object.keys(parts).some((name) => name.startsWith('word/media/'))).toBe(true);
    expect(parts['word/styles.xml']).toContain(`w:ascii="${LETTERHEAD_FONT}"`);
    expect(parts['word/document.xml']).toContain(`w:left="${LETTERHEAD_MARGIN_LEFT}"`);
    // The template's media are carried over byte for byte.
    const templateMedia = Object.keys(template).filter((name) => name.startsWith('word/media/'));
    for (const name of templateMedia) expect(parts[name]).toBe(template[name]);
  });

  it('adds the heading styles and lists the body uses, so navigation and numbering work in the letterhead too', async () => {
    const bytes = await buildMinutesOnLetterhead(await buildLetterheadTemplate(), input('shareable'));
    const parts = parseAllXmlParts(bytes);
    const styles = [...parts['word/styles.xml']!.getElementsByTagNameNS(W_NS, 'style')].map((style) => style.getAttributeNS(W_NS, 'styleId'));
    expect(styles).toEqual(expect.arrayContaining(['Heading1', 'Heading2']));
    const paragraphs = paragraphsOf(parts['word/document.xml']!);
    expect(paragraphs.filter((paragraph) => paragraph.style === 'Heading1').map((paragraph) => paragraph.text)).toContain('Deltagere');
    const numIds = new Set(
      [...parts['word/numbering.xml']!.getElementsByTagNameNS(W_NS, 'num')].map((num) => num.getAttributeNS(W_NS, 'numId')),
    );
    const used = [...parts['word/document.xml']!.getElementsByTagNameNS(W_NS, 'numId')].map((numId) => numId.getAttributeNS(W_NS, 'val'));
    expect(used.length).toBeGreaterThan(0);
    for (const id of used) expect(numIds.has(id)).toBe(true);
    const rels = docxParts(bytes)['word/_rels/document.xml.rels'] ?? '';
    expect(rels).toContain('Target="https://example.org/rapport"');
  });

  it('refuses a template without {{body}} rather than dropping the minutes', async () => {
    const error = await rejection(buildMinutesOnLetterhead(await buildLetterheadTemplate({ withBody: false }), input('members')));
    expect(error.params).toMatchObject({ field: 'letterhead', reason: 'missingBodyPlaceholder' });
  });

  it('stays well-formed with hostile group names and titles', async () => {
    const template = await buildLetterheadTemplate();
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (group, title) => {
        const bytes = await fillLetterhead(template, { fields: { group, date: '2026', title, place: group }, body: [] });
        parseContentParts(bytes);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
