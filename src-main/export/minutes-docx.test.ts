import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Minutes, MinutesVersion } from '../domain/minutes-model';
import { allText, docxParts, parseAllXmlParts, parseContentParts, parseXmlPart, paragraphsOf, W_NS } from './fixtures/docx-reader';
import { LONG_NOTE_COUNT, longMeetingMinutes } from './fixtures/long-minutes';
import { hostileText, minutesArbitrary, SPECIAL_PIECES } from './fixtures/minutes-arbitraries';
import {
  sampleActions,
  sampleGroup,
  sampleMeeting,
  sampleMeetingMinutes,
  sampleMembers,
  sampleMinutes,
  sampleNextMeeting,
} from './fixtures/sample-minutes';
import { buildLetterheadTemplate, LETTERHEAD_SENDER } from './fixtures/letterhead-template';
import { buildMinutesOnLetterhead } from './letterhead';
import { buildMinutesDocx, type MinutesExportInput } from './minutes-docx';
import { MINUTES_LABELS } from './minutes-labels';

function sampleInput(version: MinutesVersion, overrides: Partial<MinutesExportInput> = {}): MinutesExportInput {
  return { group: sampleGroup, members: sampleMembers, version, meetings: [sampleMeetingMinutes], ...overrides };
}

/** The raw text of every part, so a leak into properties, headers or relationships is found too. */
function rawPackage(bytes: Uint8Array): string {
  return Object.values(docxParts(bytes)).join('\n');
}

function bodyParagraphs(bytes: Uint8Array) {
  return paragraphsOf(parseXmlPart(docxParts(bytes)['word/document.xml'] ?? '', 'word/document.xml'));
}

describe('minutes export per version', () => {
  it('the members version holds members and shareable text and nothing from the room', async () => {
    const bytes = await buildMinutesDocx(sampleInput('members'));
    const raw = rawPackage(bytes);
    expect(raw).not.toContain('ROOMSECRET');
    const text = allText(bytes);
    expect(text).toContain('MEMBERSONLY Flere kommuner er bagud med beredskabsplanen.');
    expect(text).toContain('MEMBERSONLY Gruppen deler beredskabsplaner internt.');
    expect(text).toContain('MEMBERSONLY Finde oplægsholder om udbud');
    expect(text).toContain('SHAREABLE Nyt ERP går i luften i maj.');
  });

  it('the shareable version holds only shareable text', async () => {
    const bytes = await buildMinutesDocx(sampleInput('shareable'));
    const raw = rawPackage(bytes);
    expect(raw).not.toContain('ROOMSECRET');
    expect(raw).not.toContain('MEMBERSONLY');
    const text = allText(bytes);
    expect(text).toContain('SHAREABLE Næste møde holdes hos Holmby Kommune.');
    expect(text).toContain('SHAREABLE Dele AI-tjeklisten med gruppen');
    // The closing round had only members and room entries, so the section is left out rather than shown empty.
    expect(text).not.toContain('Afrunding\n');
  });

  it('the Chatham House version names no member and no member organisation, and shows roles instead', async () => {
    const withNames = {
      ...sampleMeetingMinutes,
      minutes: {
        ...sampleMinutes,
        notes: [
          ...sampleMinutes.notes,
          { id: 'note-named', agendaItemId: 'item-talk-nis2', level: 'shareable' as const, text: 'Mette Kragh fortalte, at Region Vestkyst er klar.' },
        ],
      },
    };
    const bytes = await buildMinutesDocx(sampleInput('shareable', { chathamHouse: true, meetings: [withNames] }));
    const raw = rawPackage(bytes);
    for (const member of sampleMembers) {
      expect(raw).not.toContain(member.name);
      expect(raw).not.toContain(member.employments[0]!.organisation);
    }
    expect(raw).not.toContain('Havnegade');
    const text = allText(bytes);
    expect(text).toContain('En CIO fra en organisation fortalte, at en organisation er klar.');
    expect(text).toContain('En CIO fra en organisation: SHAREABLE Nyt ERP går i luften i maj.');
    expect(text).toContain(MINUTES_LABELS.da.chathamHouse.label);
    expect(text).not.toContain('MEMBERSONLY');
  });

  it('puts the group and the version label in the page header and page numbers in the footer', async () => {
    for (const [version, label] of [['members', 'Til medlemmerne'], ['shareable', 'Kan deles']] as const) {
      const parts = docxParts(await buildMinutesDocx(sampleInput(version)));
      const header = Object.entries(parts).find(([name]) => /^word\/header\d*\.xml$/.test(name))?.[1] ?? '';
      const headerText = paragraphsOf(parseXmlPart(header)).map((paragraph) => paragraph.text).join('');
      expect(headerText).toBe(`CIO-netværk Vest\t${label}`);
      const footer = Object.entries(parts).find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? '';
      expect(footer).toMatch(/PAGE/);
      expect(footer).toMatch(/NUMPAGES/);
      expect(paragraphsOf(parseXmlPart(footer))[0]?.text).toContain('Side ');
    }
  });

  it('structures the document with Word heading styles for the navigation pane', async () => {
    const paragraphs = bodyParagraphs(await buildMinutesDocx(sampleInput('members')));
    const headings = paragraphs.filter((paragraph) => /^(Title|Heading\d)$/.test(paragraph.style)).map((paragraph) => `${paragraph.style}:${paragraph.text}`);
    expect(headings).toEqual([
      'Title:Referat',
      'Heading1:Deltagere',
      'Heading1:Bordet rundt',
      'Heading1:Dagsorden og noter',
      'Heading2:09:30  Bordet rundt',
      'Heading2:10:15  Oplæg: AI i driften hos Nordhavn',
      'Heading2:13:00  Oplæg: NIS2 et år efter',
      'Heading2:15:30  Afrunding og næste tema',
      'Heading1:Beslutninger',
      'Heading1:Aftaler',
      'Heading1:Afrunding',
      'Heading1:Tema for næste møde',
    ]);
  });

  it('shows the meeting facts, the attendance table with statuses, and the guests', async () => {
    const text = bodyParagraphs(await buildMinutesDocx(sampleInput('members'))).map((paragraph) => paragraph.text);
    expect(text).toContain('Dato: onsdag den 4. marts 2026');
    expect(text).toContain('Tid: 09:30–16:00');
    expect(text).toContain('Vært: Nordhavn Forsikring A/S');
    expect(text).toContain('Sted: Havnegade 21, 8000 Aarhus C');
    const attendance = text.slice(text.indexOf('Navn'), text.indexOf('Navn') + 20);
    expect(attendance).toEqual([
      'Navn', 'Organisation', 'Status',
      'Anders Vinther', 'Holmby Kommune', 'Til stede',
      'Jonas Brink', 'Nordhavn Forsikring A/S', 'Til stede',
      'Mette Kragh', 'Region Vestkyst', 'Til stede',
      'Sofie Dalgaard', 'Styrelsen for Fælles Data', 'Afbud',
      'Line Østergaard', 'Aalund Forsyning', 'Fraværende',
      'Gæster', 'Eva Holst (Kystbanen Digital)',
    ]);
  });

  it('keeps the notes’ lists, bold, italic and links', async () => {
    const bytes = await buildMinutesDocx(sampleInput('shareable'));
    const parts = docxParts(bytes);
    const document = parseXmlPart(parts['word/document.xml'] ?? '');
    const paragraphs = paragraphsOf(document);
    const bullets = paragraphs.filter((paragraph) => paragraph.text.startsWith('Gevinst') || paragraph.text.startsWith('Risiko'));
    expect(bullets.map((paragraph) => paragraph.listLevel)).toEqual([0, 0]);
    const numbered = paragraphs.filter((paragraph) => paragraph.text === 'Start småt' || paragraph.text === 'Mål på kvalitet');
    expect(numbered).toHaveLength(2);
    expect(numbered.every((paragraph) => paragraph.listLevel === 0)).toBe(true);
    const runs = [...document.getElementsByTagNameNS(W_NS, 'r')];
    const boldRun = runs.find((run) => run.textContent === 'AI-assistenter');
    expect(boldRun?.getElementsByTagNameNS(W_NS, 'b')).toHaveLength(1);
    const italicRun = runs.find((run) => run.textContent === 'første linje');
    expect(italicRun?.getElementsByTagNameNS(W_NS, 'i')).toHaveLength(1);
    const links = [...document.getElementsByTagNameNS(W_NS, 'hyperlink')].map((link) => link.textContent);
    expect(links).toEqual(['Kystbanens rapport', 'mail Eva']);
    const rels = parts['word/_rels/document.xml.rels'] ?? '';
    expect(rels).toContain('Target="https://example.org/rapport"');
    expect(rels).toContain('Target="mailto:eva@example.org"');
    expect(rels).toContain('TargetMode="External"');
  });

  it('sets a note paragraph that starts in Hebrew or Arabic right to left, and leaves Danish ones alone', async () => {
    const minutes: Minutes = {
      ...sampleMinutes,
      notes: [{ id: 'n', agendaItemId: 'item-talk-ai', text: '**שלום** עולם, Danish after\n\n- مرحبا\n\nDansk tekst med שלום', level: 'shareable' }],
    };
    const document = parseXmlPart(docxParts(await buildMinutesDocx(sampleInput('shareable', { meetings: [{ ...sampleMeetingMinutes, minutes }] })))['word/document.xml'] ?? '');
    const direction = (start: string) => {
      const paragraph = [...document.getElementsByTagNameNS(W_NS, 'p')].find((candidate) => candidate.textContent?.startsWith(start));
      return paragraph?.getElementsByTagNameNS(W_NS, 'bidi').length;
    };
    expect(direction('שלום')).toBe(1);
    expect(direction('مرحبا')).toBe(1);
    expect(direction('Dansk tekst')).toBe(0);
  });

  it('lists decisions and the action table with what, who and when', async () => {
    const text = bodyParagraphs(await buildMinutesDocx(sampleInput('members'))).map((paragraph) => paragraph.text);
    expect(text).toContain('SHAREABLE Næste møde holdes hos Holmby Kommune.');
    expect(text).toContain('MEMBERSONLY Gruppen deler beredskabsplaner internt.  Punkt: Oplæg: NIS2 et år efter');
    const table = text.slice(text.indexOf('Hvad'), text.indexOf('Hvad') + 12);
    expect(table).toEqual([
      'Hvad', 'Hvem', 'Hvornår', 'Status',
      'SHAREABLE Dele AI-tjeklisten med gruppen', 'Jonas Brink', '20. mar. 2026', 'Åben',
      'MEMBERSONLY Finde oplægsholder om udbud', 'Facilitator', '15. apr. 2026', 'Udført',
    ]);
    expect(text).toContain('Sourcing og leverandørstyring');
  });

  it('names the facilitator from the profile where the facilitator owns an action, but not in the Chatham House version', async () => {
    const named = bodyParagraphs(await buildMinutesDocx(sampleInput('members', { facilitatorName: 'Karen Friis' }))).map((paragraph) => paragraph.text);
    expect(named).toContain('Karen Friis');
    expect(named).not.toContain('Facilitator');
    // Roles instead of names: the facilitator stays "Facilitator" (checked on the members' level, which holds the action).
    const neutral = bodyParagraphs(await buildMinutesDocx(sampleInput('members', { facilitatorName: 'Karen Friis', chathamHouse: true }))).map((paragraph) => paragraph.text);
    expect(neutral).toContain('Facilitator');
    expect(neutral).not.toContain('Karen Friis');
  });

  it('writes an English group’s minutes in English', async () => {
    const bytes = await buildMinutesDocx(sampleInput('members', { group: { ...sampleGroup, language: 'en' } }));
    const text = allText(bytes);
    for (const word of ['Minutes', 'For members', 'Attendance', 'Check-in round', 'Agenda and notes', 'Decisions', 'Actions', 'What', 'Who', 'When', 'Theme of the next meeting', 'Wednesday 4 March 2026', 'Page ']) {
      expect(text).toContain(word);
    }
    expect(text).not.toContain('Deltagere');
  });

  it('exports a year as one document with a chapter per meeting, also for a meeting without minutes', async () => {
    const input = sampleInput('members', {
      year: 2026,
      // Out of order and with a meeting from another year, as a careless caller might pass them.
      meetings: [
        { meeting: sampleNextMeeting, agendaItems: [], actions: [] },
        { meeting: { ...sampleNextMeeting, id: 'meet-2025', date: '2025-12-01' }, agendaItems: [], actions: [] },
        sampleMeetingMinutes,
      ],
    });
    const bytes = await buildMinutesDocx(input);
    const paragraphs = bodyParagraphs(bytes);
    const chapters = paragraphs.filter((paragraph) => paragraph.style === 'Heading1').map((paragraph) => paragraph.text);
    expect(chapters).toEqual(['Referat – onsdag den 4. marts 2026', 'Referat – onsdag den 10. juni 2026']);
    expect(paragraphs.filter((paragraph) => paragraph.style === 'Heading2').map((paragraph) => paragraph.text)).toContain('Beslutninger');
    expect(paragraphs.some((paragraph) => paragraph.style === 'Heading3' && paragraph.text.includes('NIS2'))).toBe(true);
    expect(paragraphs[0]).toMatchObject({ style: 'Title', text: 'Referater 2026' });
    expect(paragraphs.map((paragraph) => paragraph.text)).toContain(MINUTES_LABELS.da.noMinutes);
    // The second chapter starts on a new page.
    expect(docxParts(bytes)['word/document.xml']).toContain('<w:pageBreakBefore/>');
  });

  it('names a member who has since left the roster as a former member rather than by a bare id', async () => {
    const minutes: Minutes = {
      ...sampleMinutes,
      attendance: [{ memberId: 'm-gone', status: 'present' }],
      checkInRound: [{ memberId: 'm-gone', text: 'Ny stilling', level: 'shareable' }],
    };
    const text = allText(await buildMinutesDocx(sampleInput('shareable', { meetings: [{ ...sampleMeetingMinutes, minutes }] })));
    expect(text).toContain('Tidligere medlem: Ny stilling');
    expect(text).not.toContain('m-gone');
  });

  it('shows notes whose agenda item is gone under “other notes” instead of losing them', async () => {
    const minutes: Minutes = { ...sampleMinutes, notes: [{ id: 'n', agendaItemId: 'deleted-item', text: 'Orphaned but kept', level: 'members' }] };
    const text = allText(await buildMinutesDocx(sampleInput('members', { meetings: [{ ...sampleMeetingMinutes, minutes }] })));
    expect(text).toContain('Øvrige noter\nOrphaned but kept');
  });
});

describe('minutes export with hostile text', () => {
  it('gives well-formed XML with every known troublemaker in every field', async () => {
    const nasty = `${SPECIAL_PIECES.join(' ')} ${'x'.repeat(5_000)}`;
    const minutes: Minutes = {
      ...sampleMinutes,
      guests: [{ name: nasty, organisation: nasty }],
      notes: [{ id: 'n', agendaItemId: 'item-talk-ai', text: `**${nasty}** *${nasty}* [${nasty}](https://example.org) [bad](https://example.org/\uFFFF\u0001)\n\n- ${nasty}\n\n1. ${nasty}`, level: 'shareable' }],
      decisions: [{ id: 'd', text: nasty, level: 'shareable' }],
      checkInRound: [{ memberId: 'm-mette', text: nasty, level: 'shareable' }],
      nextTheme: { text: nasty },
    };
    const bytes = await buildMinutesDocx({
      group: { ...sampleGroup, name: nasty },
      members: sampleMembers.map((member) => ({ ...member, name: nasty })),
      version: 'shareable',
      meetings: [{ meeting: { ...sampleMeeting, address: nasty, theme: nasty }, minutes, agendaItems: [{ id: 'item-talk-ai', title: nasty }], actions: [{ ...sampleActions[0]!, text: nasty }] }],
    });
    const text = allText(bytes);
    expect(text).toContain('שלום עולם');
    expect(text).toContain('👩‍💻🇩🇰✨');
    expect(text).toContain(']]>');
  });

  it('gives well-formed XML and leaks no hidden level for any minutes', async () => {
    await fc.assert(
      fc.asyncProperty(minutesArbitrary, fc.constantFrom<MinutesVersion>('members', 'shareable'), fc.constantFrom('da' as const, 'en' as const), async (minutes, version, language) => {
        const bytes = await buildMinutesDocx({
          group: { ...sampleGroup, language },
          members: sampleMembers,
          version,
          meetings: [{ meeting: sampleMeeting, minutes, agendaItems: [{ id: 'item-a', title: 'A' }, { id: 'item-b', title: 'B' }], actions: sampleActions }],
        });
        parseContentParts(bytes);
        const raw = rawPackage(bytes);
        expect(raw).not.toContain('«room:');
        if (version === 'shareable') expect(raw).not.toContain('«members:');
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('gives well-formed XML for hostile names, places and themes too', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, hostileText, async (name, place, theme) => {
        const bytes = await buildMinutesDocx({
          ...sampleInput('members'),
          group: { ...sampleGroup, name: name || 'x' },
          members: [{ ...sampleMembers[0]!, name: name || 'x' }],
          meetings: [{ ...sampleMeetingMinutes, meeting: { ...sampleMeeting, address: place, theme }, agendaItems: [{ id: 'item-talk-ai', title: theme || 't' }] }],
        });
        parseContentParts(bytes);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('exports about 50 pages of notes with emoji, RTL, control characters and a 5,000-character word', async () => {
    const started = performance.now();
    const bytes = await buildMinutesDocx(sampleInput('shareable', { meetings: [longMeetingMinutes()] }));
    const elapsed = performance.now() - started;
    // Measured, not asserted: timing on a shared CI machine is no test. LibreOffice lays this out as 49–50 A4 pages.
    console.log(`50-page minutes export: ${elapsed.toFixed(0)} ms, ${(bytes.length / 1024).toFixed(0)} KiB`);
    const parts = parseAllXmlParts(bytes);
    const text = paragraphsOf(parts['word/document.xml']!).map((entry) => entry.text).join('\n');
    expect(text).toContain('x'.repeat(5_000));
    expect(text).toContain('👩‍💻🇩🇰');
    expect(text).toContain('שלום עולם');
    expect(text).toContain('Indsat fra et andet program: slut \uFFFD og .');
    expect(text).toContain(`Drøftelse ${LONG_NOTE_COUNT}.`);
  });
});

const run = promisify(execFile);
const sofficeAvailable = !spawnSync('soffice', ['--version'], { stdio: 'ignore' }).error;
if (!sofficeAvailable && process.env.CI) {
  throw new Error('LibreOffice is missing in CI: .ci/run must `apt-get install -y libreoffice-writer-nogui poppler-utils`.');
}
if (!sofficeAvailable) {
  console.warn('Skipping the LibreOffice check of the minutes export: `soffice` is not installed (apt-get install libreoffice-writer-nogui poppler-utils).');
}

describe.skipIf(!sofficeAvailable)('minutes export opened by LibreOffice', () => {
  it('converts the members, shareable, hostile and letterhead exports to PDF with their text', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'minutes-pdf-'));
    try {
      const hostileNote = `Emoji 👩‍💻 RTL שלום ${'w'.repeat(5_000)} control\u0007chars \uD800 end`;
      const files: Record<string, Uint8Array> = {
        members: await buildMinutesDocx(sampleInput('members')),
        shareable: await buildMinutesDocx(sampleInput('shareable')),
        hostile: await buildMinutesDocx(
          sampleInput('shareable', { meetings: [{ ...sampleMeetingMinutes, minutes: { ...sampleMinutes, notes: [{ id: 'h', agendaItemId: 'item-talk-ai', text: hostileNote, level: 'shareable' }] } }] }),
        ),
        letterhead: await buildMinutesOnLetterhead(await buildLetterheadTemplate(), sampleInput('members')),
      };
      for (const [name, bytes] of Object.entries(files)) await writeFile(join(folder, `${name}.docx`), bytes);
      // A profile of its own, so a LibreOffice already running elsewhere on the machine does not take the job.
      const profile = pathToFileURL(join(folder, 'profile')).href;
      await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, ...Object.keys(files).map((name) => join(folder, `${name}.docx`))], { timeout: 150_000 });
      const pdfText = async (name: string) => {
        await run('pdftotext', ['-layout', join(folder, `${name}.pdf`), join(folder, `${name}.txt`)]);
        return (await readFile(join(folder, `${name}.txt`), 'utf8')).replace(/\s+/g, ' ');
      };
      const members = await pdfText('members');
      expect(members).toContain('MEMBERSONLY Flere kommuner er bagud med beredskabsplanen.');
      expect(members).toContain('Deltagere');
      expect(members).toMatch(/til medlemmerne/i);
      expect(members).toMatch(/Side 1 af 2/);
      expect(members).not.toContain('ROOMSECRET');
      const shareable = await pdfText('shareable');
      expect(shareable).toContain('SHAREABLE Næste møde holdes hos Holmby Kommune.');
      expect(shareable).not.toContain('MEMBERSONLY');
      expect(shareable).not.toContain('ROOMSECRET');
      const hostile = await pdfText('hostile');
      expect(hostile).toContain('Emoji');
      expect(hostile).toContain('www');
      const letterhead = await pdfText('letterhead');
      expect(letterhead).toContain(LETTERHEAD_SENDER);
      expect(letterhead).toContain('MEMBERSONLY Flere kommuner');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 180_000);
});
