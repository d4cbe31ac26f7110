import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  exportFileStem,
  fileNameKey,
  MAX_EXPORT_STEM_CHARACTERS,
  MAX_EXPORT_STEM_UTF8_BYTES,
  MAX_STEM_CHARACTERS,
  MAX_STEM_UTF8_BYTES,
  safeFileStem,
  uniqueFileName,
} from './file-names';

// Control characters are exactly what this must catch.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_ANYWHERE = /[<>:"/\\|?*\u0000-\u001F\u007F.\s]/u;
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

function expectSafe(stem: string): void {
  expect(stem.length).toBeGreaterThan(0);
  expect(stem).not.toMatch(FORBIDDEN_ANYWHERE);
  expect(stem).not.toMatch(RESERVED);
  expect(stem).not.toMatch(/^-|-$/);
  expect(Array.from(stem).length).toBeLessThanOrEqual(MAX_STEM_CHARACTERS);
  expect(new TextEncoder().encode(stem).length).toBeLessThanOrEqual(MAX_STEM_UTF8_BYTES);
  // encodeURIComponent throws on a lone surrogate, which many file systems refuse.
  expect(() => encodeURIComponent(stem)).not.toThrow();
}

describe('safeFileStem', () => {
  it.each([
    ['../x', 'x'],
    ['..\\..\\windows\\system32', 'windows-system32'],
    ['CON', 'con_'],
    ['aux.txt', 'aux-txt'],
    ['nul', 'nul_'],
    ['COM1', 'com1_'],
    ['lpt¹', 'lpt¹_'],
    ['Netværk for IT-chefer i Region Øst', 'netværk-for-it-chefer-i-region-øst'],
    ['Århus Åbne Data ', 'århus-åbne-data'],
    ['trailing dots...', 'trailing-dots'],
    ['   spaced   out   ', 'spaced-out'],
    ['🎉🎉🎉', 'unnamed'],
    ['', 'unnamed'],
  ])('%j → %j', (name, expected) => {
    expect(safeFileStem(name)).toBe(expected);
  });

  it('uses a safe form of the caller’s fallback when nothing usable is left', () => {
    expect(safeFileStem('🙂', 'Gruppe')).toBe('gruppe');
    expect(safeFileStem('🙂', 'CON')).toBe('con_');
  });

  it('keeps 300-character names within limits', () => {
    const stem = safeFileStem('ø'.repeat(300));
    expectSafe(stem);
    expect(stem).toBe('ø'.repeat(60));
    expectSafe(safeFileStem('𝒜'.repeat(300)));
  });

  it('is safe and stable for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (name) => {
        const stem = safeFileStem(name);
        expectSafe(stem);
        expect(safeFileStem(stem)).toBe(stem);
      }),
      { numRuns: 1000 },
    );
  });

  it('is safe for names built from the tricky parts', () => {
    const part = fc.constantFrom('..', '/', '\\', 'CON', 'aux', '.txt', 'COM1', ' ', '.', 'æøå', '🎉', ':', '\u0000', 'a');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        expectSafe(safeFileStem(parts.join('')));
      }),
    );
  });
});

describe('uniqueFileName', () => {
  it('numbers a second group with the same name, comparing case-insensitively', () => {
    const taken = new Set(['Netværk.json']);
    expect(uniqueFileName('netværk', 'json', taken)).toBe('netværk-2.json');
    taken.add('netværk-2.json');
    expect(uniqueFileName('netværk', '.json', taken)).toBe('netværk-3.json');
  });

  it('treats composed and decomposed letters as the same name (macOS)', () => {
    const decomposed = 'a\u030Arhus.json';
    expect(uniqueFileName('århus', 'json', new Set([decomposed]))).toBe('århus-2.json');
  });

  it('never collides, whatever the names', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }), { maxLength: 30 }), (names) => {
        const taken = new Set<string>();
        for (const name of names) {
          const fileName = uniqueFileName(safeFileStem(name), 'json', taken);
          expect(Array.from(taken, fileNameKey)).not.toContain(fileNameKey(fileName));
          taken.add(fileName);
        }
        expect(taken.size).toBe(names.length);
      }),
    );
  });
});

describe('exportFileStem', () => {
  const longGroup = 'Netværk for IT-chefer i kommuner, regioner og statslige styrelser i Region Hovedstaden og Sjælland';

  it('reads as kind, date, version and group, keeping case and Danish letters', () => {
    expect(exportFileStem({ kind: 'Referat', date: '2027-03-04', version: 'Til medlemmerne', group: 'Netværk Øst' })).toBe(
      'Referat 2027-03-04 Til medlemmerne - Netværk Øst',
    );
    expect(exportFileName({ kind: 'Kalender', date: '2027', group: 'CIO/Øst: "A"' }, '.ics')).toBe('Kalender 2027 - CIO Øst A.ics');
  });

  it("gives the members' and the shareable version of one meeting's minutes different names, however long the group", () => {
    const members = exportFileStem({ kind: 'Referat', date: '2027-03-04', version: 'Til medlemmerne', group: longGroup });
    const shareable = exportFileStem({ kind: 'Referat', date: '2027-03-04', version: 'Kan deles', group: longGroup });
    expect(fileNameKey(members)).not.toBe(fileNameKey(shareable));
    expect(members).toContain('Til medlemmerne');
    expect(shareable).toContain('Kan deles');
  });

  it('gives the agendas and calendar files of different meetings different names, keeping each date', () => {
    const names = ['2027-03-04', '2027-06-10'].flatMap((date) => [
      exportFileName({ kind: 'Dagsorden', date, group: longGroup }, 'docx'),
      exportFileName({ kind: 'Kalender', date, group: longGroup }, 'ics'),
    ]);
    expect(new Set(names.map(fileNameKey)).size).toBe(4);
    for (const name of names) expect(name).toMatch(/ 2027-0[36]-(04|10) - Netværk/);
  });

  it('shortens only the group part, within the character and byte limits', () => {
    const stem = exportFileStem({ kind: 'Referater', date: '2027', version: 'Kan deles', group: 'Ø'.repeat(300) });
    expect(stem.startsWith('Referater 2027 Kan deles - ØØØ')).toBe(true);
    expect(Array.from(stem).length).toBeLessThanOrEqual(MAX_EXPORT_STEM_CHARACTERS);
    expect(new TextEncoder().encode(stem).length).toBeLessThanOrEqual(MAX_EXPORT_STEM_UTF8_BYTES);
  });

  it('tells apart two groups whose names differ only by the case of Ø, on a case-insensitive disk', () => {
    const upper = exportFileStem({ kind: 'Dagsorden', date: '2027-03-04', group: 'Netværk Øst', otherGroups: ['Netværk øst'] });
    const lower = exportFileStem({ kind: 'Dagsorden', date: '2027-03-04', group: 'Netværk øst', otherGroups: ['Netværk Øst'] });
    expect(fileNameKey(upper)).not.toBe(fileNameKey(lower));
    expect(upper).toMatch(/^Dagsorden 2027-03-04 - Netværk Øst [0-9a-z]{4}$/);
    expect(lower).toMatch(/^Dagsorden 2027-03-04 - Netværk øst [0-9a-z]{4}$/);
  });

  it('tells apart two long group names that shorten alike, and leaves a group without a twin alone', () => {
    const a = exportFileStem({ kind: 'Referat', date: '2027-03-04', group: `${longGroup} A`, otherGroups: [`${longGroup} B`] });
    const b = exportFileStem({ kind: 'Referat', date: '2027-03-04', group: `${longGroup} B`, otherGroups: [`${longGroup} A`] });
    expect(fileNameKey(a)).not.toBe(fileNameKey(b));
    expect(exportFileStem({ kind: 'Referat', group: 'Netværk Øst', otherGroups: ['Netværk Øst', 'CIO Vest'] })).toBe('Referat - Netværk Øst');
  });

  it('is a safe file name whatever the group is called', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }), (group, other) => {
        const stem = exportFileStem({ kind: 'Referat', date: '2027-03-04', version: 'Kan deles', group, otherGroups: [other] });
        // eslint-disable-next-line no-control-regex
        expect(stem).not.toMatch(/[<>:"/\\|?*\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]|^[.\s]|[.\s]$/u);
        expect(stem).not.toMatch(RESERVED);
        expect(Array.from(stem).length).toBeLessThanOrEqual(MAX_EXPORT_STEM_CHARACTERS);
        expect(new TextEncoder().encode(stem).length).toBeLessThanOrEqual(MAX_EXPORT_STEM_UTF8_BYTES);
        expect(() => encodeURIComponent(stem)).not.toThrow();
      }),
    );
  });
});
