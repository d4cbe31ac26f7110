// Packing the body part by part must give the document docx's own packer gives: every part of the package the same,
// byte for byte, except the random ids docx gives hyperlinks and the creation time.
import fc from 'fast-check';
import { EMPTY_OBJECT } from 'docx';
import { describe, expect, it } from 'vitest';
import type { Group } from '../domain/model';
import { packDocx } from './docx-common';
import { docxParts } from './fixtures/docx-reader';
import { longMeetingMinutes } from './fixtures/long-minutes';
import { hostileText, minutesArbitrary } from './fixtures/minutes-arbitraries';
import { sampleActions, sampleGroup, sampleMeeting, sampleMeetingMinutes, sampleMembers, sampleNextMeeting } from './fixtures/sample-minutes';
import { buildMinutesContent, buildMinutesDocx, minutesDocument, type MinutesExportInput } from './minutes-docx';
import { xmlableText } from './xmlable-writer';

/** The package's parts with hyperlink relationship ids numbered in order of appearance and the times left out. */
function comparableParts(bytes: Uint8Array): Record<string, string> {
  const parts = docxParts(bytes);
  const relationships = parts['word/_rels/document.xml.rels'] ?? '';
  const linkIds = new Map<string, string>();
  for (const [, id] of relationships.matchAll(/Id="([^"]+)"[^>]*TargetMode="External"/g)) linkIds.set(id!, `link-${linkIds.size + 1}`);
  return Object.fromEntries(
    Object.entries(parts).map(([name, xml]) => [
      name,
      xml
        .replace(/"([^"]+)"/g, (quoted, id: string) => (linkIds.has(id) ? `"${linkIds.get(id)}"` : quoted))
        .replace(/<dcterms:(created|modified)\b[^<]*<\/dcterms:\1>/g, ''),
    ]),
  );
}

/** The same minutes packed by docx's Packer with the whole body in the document. */
function packedWhole(input: MinutesExportInput): Promise<Uint8Array> {
  const content = buildMinutesContent(input);
  return packDocx(minutesDocument(input, content, content.body));
}

async function expectSameAsWhole(input: MinutesExportInput): Promise<void> {
  const [inParts, whole] = await Promise.all([buildMinutesDocx(input), packedWhole(input)]);
  const expected = comparableParts(whole);
  const actual = comparableParts(inParts);
  expect(Object.keys(actual)).toEqual(Object.keys(expected));
  for (const name of Object.keys(expected)) expect(actual[name], name).toBe(expected[name]);
}

const english: Group = { ...sampleGroup, language: 'en' };

describe('packing the minutes part by part', () => {
  it('gives the same package as docx for one meeting, in both versions and languages', async () => {
    for (const version of ['members', 'shareable'] as const) {
      for (const group of [sampleGroup, english]) {
        await expectSameAsWhole({ group, members: sampleMembers, version, meetings: [sampleMeetingMinutes] });
      }
    }
  });

  it('gives the same package as docx for a year of long minutes with links, lists, tables and hostile text', async () => {
    const long = longMeetingMinutes(12);
    await expectSameAsWhole({
      group: sampleGroup,
      members: sampleMembers,
      version: 'members',
      year: 2026,
      meetings: [
        { ...sampleMeetingMinutes, actions: sampleActions },
        { ...long, meeting: { ...sampleNextMeeting, id: 'meet-long' } },
        { meeting: { ...sampleMeeting, id: 'meet-empty', date: '2026-09-09' }, agendaItems: [], actions: [] },
      ],
    });
  });

  it('gives the same package as docx for an empty year', async () => {
    await expectSameAsWhole({ group: sampleGroup, members: sampleMembers, version: 'shareable', year: 2030, meetings: [] });
  });

  it('gives the same package as docx for any minutes', async () => {
    await fc.assert(
      fc.asyncProperty(minutesArbitrary, hostileText, fc.constantFrom('members' as const, 'shareable' as const), async (minutes, place, version) => {
        await expectSameAsWhole({
          group: sampleGroup,
          members: sampleMembers,
          version,
          meetings: [{ meeting: { ...sampleMeeting, address: place }, minutes, agendaItems: [{ id: 'item-a', title: place || 'A' }, { id: 'item-b', title: 'B' }], actions: sampleActions }],
        });
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});

describe('writing prepared XML objects', () => {
  it('escapes markup in text and attributes and drops the control characters XML cannot carry', () => {
    expect(xmlableText({ 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, 'a < b & "c" \'d\' \u0001>'] })).toBe(
      '<w:t xml:space="preserve">a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt;</w:t>',
    );
    expect(xmlableText({ 'w:sz': { _attr: { 'w:val': 22, 'w:x': 'a"b' } } })).toBe('<w:sz w:val="22" w:x="a&quot;b"/>');
  });

  it('writes empty elements closed and nested elements in order', () => {
    expect(xmlableText({ 'w:b': EMPTY_OBJECT })).toBe('<w:b/>');
    expect(xmlableText({ 'w:r': [{ 'w:rPr': [{ 'w:b': EMPTY_OBJECT }] }, { 'w:t': ['x'] }] })).toBe('<w:r><w:rPr><w:b/></w:rPr><w:t>x</w:t></w:r>');
    expect(xmlableText({ 'w:p': [] })).toBe('<w:p></w:p>');
    expect(xmlableText({ 'w:t': 7 })).toBe('<w:t>7</w:t>');
  });
});
