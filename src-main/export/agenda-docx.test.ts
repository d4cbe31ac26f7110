import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../domain/agenda-model';
import { builtInTemplate, instantiateTemplate } from '../domain/agenda-templates';
import type { Meeting } from '../domain/model';
import { agendaInvitationDocx, type AgendaInvitation } from './agenda-docx';
import { xmlSafe } from './docx-common';

// docx packs with fflate, so the test unzips with it too; the XML is read back by jsdom's strict XML parser.
function partsOf(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const parser = new new JSDOM('').window.DOMParser();

/** The document's paragraphs as plain text (line breaks inside a paragraph become newlines); throws if not well-formed. */
function paragraphsOf(xml: string): string[] {
  const doc = parser.parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`document.xml is not well-formed: ${error.textContent}`);
  return [...doc.getElementsByTagNameNS(W, 'p')].map((p) =>
    [...p.getElementsByTagNameNS(W, '*')]
      .map((node) => (node.localName === 't' ? node.textContent : node.localName === 'br' ? '\n' : ''))
      .join(''),
  );
}

const meeting: Meeting = {
  id: 'meet-dec',
  date: '2026-12-08',
  startTime: '09:00',
  endTime: '16:00',
  kind: 'fullDay',
  hostOrganisation: 'Region Nordjylland',
  address: 'Niels Bohrs Vej 30, 9220 Aalborg Ø',
  theme: 'AI i driften',
  siteTour: true,
  dinner: false,
  jointWithSisterGroup: true,
  status: 'planned', agenda: [],
};

function invitation(overrides: Partial<AgendaInvitation> = {}): AgendaInvitation {
  let n = 0;
  const items = instantiateTemplate(builtInTemplate('fullDay', 'da'), () => `i${++n}`).filter((i) => i.kind !== 'dinner');
  const talk = items.find((i) => i.kind === 'talk') as AgendaItem;
  talk.responsible = { kind: 'speaker', speakerId: 's-anne' };
  talk.invitationId = 'inv-1';
  const tour = items.find((i) => i.kind === 'siteTour') as AgendaItem;
  tour.responsible = { kind: 'member', memberId: 'm-ole' };
  return {
    group: { name: 'CIO-netværk Nord', language: 'da' },
    meeting,
    items,
    members: [{ id: 'm-ole', name: 'Ole Sørensen' }],
    speakers: [{ id: 's-anne', name: 'Anne Holm', organisation: 'Aalborg Universitetshospital' }],
    talkTopics: { 'inv-1': 'Sprogmodeller i servicedesken' },
    ...overrides,
  };
}

describe('agendaInvitationDocx', () => {
  it('writes the Danish invitation: title, long date, time, host, address and the timed agenda', async () => {
    const parts = partsOf(await agendaInvitationDocx(invitation()));
    const paragraphs = paragraphsOf(parts['word/document.xml'] ?? '');
    const text = paragraphs.join('\n');
    expect(paragraphs[0]).toBe('Invitation til netværksmøde: AI i driften');
    expect(paragraphs).toContain('Dato: tirsdag den 8. december 2026');
    expect(paragraphs).toContain('Tid: 09:00–16:00');
    expect(paragraphs).toContain('Vært: Region Nordjylland');
    expect(paragraphs).toContain('Adresse: Niels Bohrs Vej 30, 9220 Aalborg Ø');
    expect(paragraphs).toContain('Rundvisning hos værten · Fællesmøde med søstergruppen');
    for (const header of ['Tid', 'Punkt', 'Ansvarlig', 'Emne']) expect(paragraphs).toContain(header);
    // Each item's time and title sit in neighbouring cells of one row.
    const rowsStart = paragraphs.indexOf('Emne') + 1;
    const row = (time: string) => paragraphs.slice(paragraphs.indexOf(time, rowsStart), paragraphs.indexOf(time, rowsStart) + 4);
    expect(row('09:00–09:10')).toEqual(['09:00–09:10', 'Velkomst', 'Facilitator', '']);
    expect(row('10:40–11:30')).toEqual(['10:40–11:30', 'Fagligt oplæg', 'Anne Holm, Aalborg Universitetshospital', 'Sprogmodeller i servicedesken']);
    expect(row('12:45–13:45')).toEqual(['12:45–13:45', 'Rundvisning hos værten', 'Ole Sørensen', '']);
    expect(row('15:15–16:00')[1]).toMatch(/^Afrunding/);
    expect(text).not.toContain('Middag');
    expect(parts['word/footer1.xml']).toMatch(/PAGE/);
    expect(parts['word/footer1.xml']).toMatch(/NUMPAGES/);
    expect(parts['word/footer1.xml']).toContain('Side ');
    expect(parts['word/styles.xml']).toContain('da-DK');
  });

  it('writes the English invitation in English', async () => {
    const items = instantiateTemplate(builtInTemplate('halfDay', 'en'), () => 'x');
    const english = invitation({ group: { name: 'Service Management Network', language: 'en' }, items, meeting: { ...meeting, theme: '' } });
    const parts = partsOf(await agendaInvitationDocx(english));
    const paragraphs = paragraphsOf(parts['word/document.xml'] ?? '');
    expect(paragraphs[0]).toBe('Invitation to the network meeting');
    expect(paragraphs).toContain('Date: Tuesday 8 December 2026');
    expect(paragraphs).toContain('Agenda');
    expect(paragraphs).toContain('Welcome');
    expect(paragraphs.some((p) => p.startsWith('Theme'))).toBe(false);
    expect(parts['word/footer1.xml']).toContain('Page ');
  });

  it('heads each day of an overnight meeting and runs the night across midnight', async () => {
    let n = 0;
    const items = instantiateTemplate(builtInTemplate('overnight', 'da'), () => `o${++n}`);
    const overnight = { ...meeting, kind: 'overnight' as const, startTime: '12:00', endTime: '12:00' };
    const paragraphs = paragraphsOf(partsOf(await agendaInvitationDocx(invitation({ meeting: overnight, items })))['word/document.xml'] ?? '');
    expect(paragraphs).toContain('Dato: tirsdag den 8. december 2026 – onsdag den 9. december 2026');
    expect(paragraphs).toContain('Tid: 12:00 – 12:00 næste dag');
    const dayOne = paragraphs.indexOf('tirsdag den 8. december 2026');
    const dayTwo = paragraphs.indexOf('onsdag den 9. december 2026');
    expect(dayOne).toBeGreaterThan(0);
    expect(dayTwo).toBeGreaterThan(dayOne);
    const night = paragraphs.indexOf('22:00–08:00');
    expect(night).toBeGreaterThan(dayOne);
    expect(night).toBeLessThan(dayTwo);
    expect(paragraphs.indexOf('08:00–09:00')).toBeGreaterThan(dayTwo);
  });

  it('says so when the agenda is empty', async () => {
    const paragraphs = paragraphsOf(partsOf(await agendaInvitationDocx(invitation({ items: [] })))['word/document.xml'] ?? '');
    expect(paragraphs).toContain('Dagsordenen er endnu ikke lagt.');
  });

  it('keeps markup characters as text', async () => {
    const theme = 'R&D <script>"quotes"\' & ]]> <!-- -->';
    const paragraphs = paragraphsOf(
      partsOf(await agendaInvitationDocx(invitation({ meeting: { ...meeting, theme } })))['word/document.xml'] ?? '',
    );
    expect(paragraphs[0]).toBe(`Invitation til netværksmøde: ${theme}`);
  });

  it('stays well-formed XML for any text: control characters, emoji, right-to-left, unpaired surrogates', async () => {
    const anyCodeUnit = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });
    const nasty = fc.constantFrom('\u0000\u0001\u001B\u007F\u0085', '👩🏽‍💻🇩🇰', 'مرحبا بالعالم \u202Eabc', '\uD800x\uDFFF', '\uFFFE\uFFFF', 'a\r\nb\rc\nd');
    const anyText = fc.oneof(anyCodeUnit, fc.string({ unit: 'grapheme', maxLength: 40 }), nasty);
    const nonEmpty = anyText.map((s) => (xmlSafe(s).trim() === '' ? `x${s}` : s));
    await fc.assert(
      fc.asyncProperty(anyText, nonEmpty, anyText, (theme, title, speakerName) => {
        const base = invitation();
        const items = base.items.map((item, index) => (index === 1 ? { ...item, title } : item));
        const input = invitation({
          items,
          meeting: { ...meeting, theme, address: theme, hostOrganisation: speakerName },
          speakers: [{ id: 's-anne', name: speakerName, organisation: theme }],
          talkTopics: { 'inv-1': theme },
        });
        return agendaInvitationDocx(input).then((bytes) => {
          const paragraphs = paragraphsOf(partsOf(bytes)['word/document.xml'] ?? '');
          expect(paragraphs).toContain(xmlSafe(title));
        });
      }),
      { numRuns: 25 },
    );
  });
});
