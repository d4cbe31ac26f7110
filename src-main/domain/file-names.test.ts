import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileNameKey, MAX_STEM_CHARACTERS, MAX_STEM_UTF8_BYTES, safeFileStem, uniqueFileName } from './file-names';

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
