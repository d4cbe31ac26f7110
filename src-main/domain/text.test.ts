import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, lineText, nameText, oneLine, shortLineText } from './text';

describe('cleanText', () => {
  it('removes control characters but keeps newlines, tabs, emoji and RTL text', () => {
    expect(cleanText(' a\u0000b\u0007c\nd\te 😀 שלום ')).toBe('abc\nd\te 😀 שלום');
  });

  it('never leaves a control character behind', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        // eslint-disable-next-line no-control-regex
        expect(cleanText(value)).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
      }),
    );
  });
});

describe('nameText', () => {
  it('refuses a name that is only white space or control characters', () => {
    expect(nameText.safeParse(' \u0001 ').success).toBe(false);
  });

  it('refuses an over-long name', () => {
    expect(nameText.safeParse('x'.repeat(121)).success).toBe(false);
  });
});

describe('oneLine', () => {
  it('turns tabs and line breaks into one space each run, and trims', () => {
    expect(oneLine(' Netværk\tØst\r\n\nAarhus  ')).toBe('Netværk Øst Aarhus');
  });

  it('removes a right-to-left override, so the name no longer shows reversed', () => {
    expect(oneLine('\u202Etsø kræværtN\u202C')).toBe('tsø kræværtN');
    expect(oneLine('Grupp\u202Ee A')).toBe('Gruppe A');
  });

  it('removes every bidirectional control: marks, embeddings, overrides and isolates', () => {
    const controls = ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const control of controls) expect(oneLine(`a${control}b`)).toBe('ab');
  });

  it('keeps right-to-left letters themselves, emoji and Danish letters', () => {
    expect(oneLine('שלום ÆØÅ 😀')).toBe('שלום ÆØÅ 😀');
  });

  it('is idempotent and never leaves a line break, tab, bidi control or double space', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const once = oneLine(value);
        expect(oneLine(once)).toBe(once);
        expect(once).not.toMatch(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]|[^\S ]| {2}|^ | $/);
      }),
    );
  });
});

describe('one-line fields at the door', () => {
  it('nameText makes a group name one line without its override', () => {
    expect(nameText.parse('\u202ENetværk\nØst')).toBe('Netværk Øst');
  });

  it('nameText refuses a name that is only line breaks and bidi controls', () => {
    expect(nameText.safeParse('\n\t\u202E\u200F').success).toBe(false);
  });

  it('shortLineText and lineText may be empty, and lose line breaks', () => {
    expect(shortLineText.parse('')).toBe('');
    expect(lineText.parse('Kommune\nA/S')).toBe('Kommune A/S');
    expect(shortLineText.safeParse('x'.repeat(121)).success).toBe(false);
  });
});
