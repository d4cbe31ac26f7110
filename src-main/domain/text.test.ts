import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, nameText } from './text';

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
