import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longDate, timeRange, xmlSafe } from './docx-common';

const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('xmlSafe', () => {
  it('drops control characters, keeps tab and newline, and normalises line endings', () => {
    expect(xmlSafe('a\u0000b\u0007c\td\r\ne\rf\u0085g\u007F')).toBe('abc\td\ne\nfg');
  });

  it('replaces an unpaired surrogate with U+FFFD and keeps real pairs, emoji and right-to-left text', () => {
    expect(xmlSafe('x\uD800y')).toBe('x\uFFFDy');
    expect(xmlSafe('\uDC00')).toBe('\uFFFD');
    expect(xmlSafe('😀 👩🏽‍💻 مرحبا')).toBe('😀 👩🏽‍💻 مرحبا');
    expect(xmlSafe('\uFFFE\uFFFF')).toBe('');
  });

  it('always returns characters XML 1.0 allows, and leaves clean text alone', () => {
    const anyCodeUnit = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });
    fc.assert(
      fc.property(anyCodeUnit, (text) => {
        expect(xmlSafe(text)).toMatch(XML_CHAR);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        // eslint-disable-next-line no-control-regex
        const clean = text.replace(/[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, '');
        expect(xmlSafe(clean)).toBe(clean);
      }),
    );
  });
});

describe('longDate', () => {
  it('writes Danish and English long dates', () => {
    expect(longDate('2026-12-08', 'da')).toBe('tirsdag den 8. december 2026');
    expect(longDate('2026-12-08', 'en')).toBe('Tuesday 8 December 2026');
    expect(longDate('2027-05-01', 'da')).toBe('lørdag den 1. maj 2027');
    expect(longDate('2028-02-29', 'en')).toBe('Tuesday 29 February 2028');
  });
});

describe('timeRange', () => {
  it('joins two times with an en dash', () => {
    expect(timeRange('09:00', '16:00')).toBe('09:00–16:00');
  });
});
