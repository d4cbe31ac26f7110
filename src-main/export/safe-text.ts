// Text every document format can carry: Word's XML and the calendar file share these limits, so both use this.

// XML 1.0 allows tab, newline, carriage return and the ranges below; anything else (C0 controls, U+FFFE/U+FFFF,
// half of a surrogate pair) makes Word refuse the whole file, so it must never reach document.xml.
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// Without the u flag a regex sees code units, so it can find a high surrogate with no low one after it, and vice versa.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C1 controls are legal XML but print as boxes in Word; discouraged by the XML spec too.
const C1_CONTROLS = /[\u007F-\u009F]/g;

/**
 * Text that is safe inside a Word document: unpaired surrogates become U+FFFD (so the reader sees that something was
 * there), other characters XML cannot carry are dropped, and line endings become plain newlines.
 */
export function xmlSafe(text: string): string {
  return text
    .replace(UNPAIRED_SURROGATE, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    .replace(XML_INVALID, '')
    .replace(C1_CONTROLS, '');
}

/** Whether a text shows anything once the characters a document cannot carry are gone. */
export function hasVisibleText(text: string): boolean {
  return xmlSafe(text).trim() !== '';
}
