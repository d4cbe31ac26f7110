// Safe, unique file names from names people type: used for workspace files and every exported file.
// Pure (no Node), so the renderer and export code can share the exact same rule.

/** Device names Windows reserves in every folder, with or without an extension (COM¹ counts too). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Keep the stem short: the longest suffix we add (`-99.corrupt-<timestamp>.json`) must still fit 255 bytes. */
/** True for names Windows will not create as a file or folder, like `CON` or `com1`. */
export function isWindowsReservedName(name: string): boolean {
  return WINDOWS_RESERVED.test(name.split('.')[0] ?? '');
}

export const MAX_STEM_CHARACTERS = 60;
export const MAX_STEM_UTF8_BYTES = 120;

const utf8 = new TextEncoder();

/**
 * A file-name stem that is safe on Windows, macOS and Linux: lower-case letters (Danish æ, ø, å are kept as they are,
 * not transliterated) and digits of any script, other runs of characters become one '-'. Never empty (`fallback`),
 * never a reserved device name, never a path, at most 60 characters and 120 UTF-8 bytes.
 */
export function safeFileStem(name: string, fallback = 'unnamed'): string {
  const stem = stemOf(name) || stemOf(fallback) || 'unnamed';
  return WINDOWS_RESERVED.test(stem) ? `${stem}_` : stem;
}

function stemOf(name: string): string {
  const words = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^[-\p{M}]+/u, '');
  return trimDashes(truncate(words));
}

function trimDashes(text: string): string {
  return text.replace(/^-+|-+$/g, '');
}

/** Cuts whole code points (never half a surrogate pair) until both limits hold. */
function truncate(text: string): string {
  const codePoints = Array.from(text).slice(0, MAX_STEM_CHARACTERS);
  while (codePoints.length > 0 && utf8.encode(codePoints.join('')).length > MAX_STEM_UTF8_BYTES) codePoints.pop();
  return codePoints.join('');
}

/** How folders on Windows and macOS compare names: case-insensitive, and macOS stores decomposed forms. */
export function fileNameKey(fileName: string): string {
  return fileName.normalize('NFC').toLowerCase();
}

/**
 * `<stem>.<ext>`, or `<stem>-2.<ext>`, `<stem>-3.<ext>`, ... — the first one no entry of `taken` equals when compared
 * case-insensitively. `stem` should come from safeFileStem.
 */
export function uniqueFileName(stem: string, ext: string, taken: ReadonlySet<string>): string {
  const extension = ext.startsWith('.') ? ext : `.${ext}`;
  const takenKeys = new Set(Array.from(taken, fileNameKey));
  for (let counter = 1; ; counter += 1) {
    const candidate = counter === 1 ? `${stem}${extension}` : `${stem}-${counter}${extension}`;
    if (!takenKeys.has(fileNameKey(candidate))) return candidate;
  }
}
