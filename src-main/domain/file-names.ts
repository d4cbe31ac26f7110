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

/** What an exported file's name is made of; every part but the group is the app's own short label. */
export interface ExportNameParts {
  /** What the document is, in the group's language: "Referat", "Dagsorden", "Kalender". Never shortened. */
  kind: string;
  /** The meeting's date, a year, or the day of a list. Never shortened: it tells two meetings' files apart. */
  date?: string;
  /** Which version of a document: the members', the shareable one. Never shortened. */
  version?: string;
  /** The group's name; shortened to fit, since the folder the file lands in usually says which group it is. */
  group: string;
  /**
   * The names of the folder's other groups. A group whose name part would equal another's on a case-insensitive disk
   * ("Netværk Øst" and "Netværk øst", or two long names that shorten alike) gets a short suffix from its exact name.
   */
  otherGroups?: readonly string[];
}

/** Room for the name in a save dialog and in every file system's 255 bytes, with space for a "(2)" a browser adds. */
export const MAX_EXPORT_STEM_CHARACTERS = 100;
export const MAX_EXPORT_STEM_UTF8_BYTES = 200;
/** The fewest characters of the group kept even when the fixed parts are long. */
const MIN_GROUP_CHARACTERS = 12;

/**
 * A readable, case-keeping file-name stem for an export: "Referat 2027-03-04 Til medlemmerne - Netværk Øst". Kind,
 * date and version are always whole; only the group part is shortened. Safe on Windows, macOS and Linux: no path
 * separators or reserved characters, no leading dot, no trailing dot or space, never a reserved device name.
 */
export function exportFileStem(parts: ExportNameParts): string {
  const fixed = [parts.kind, parts.date, parts.version].map((part) => readablePart(part ?? '')).filter((part) => part !== '');
  const head = fixed.join(' ') || 'Dokument';
  const separator = ' - ';
  const room = Math.max(MIN_GROUP_CHARACTERS, MAX_EXPORT_STEM_CHARACTERS - Array.from(head).length - separator.length);
  const roomBytes = Math.max(MIN_GROUP_CHARACTERS * 4, MAX_EXPORT_STEM_UTF8_BYTES - utf8.encode(head + separator).length);
  const group = groupPart(parts.group, parts.otherGroups ?? [], room, roomBytes);
  const stem = group === '' ? head : `${head}${separator}${group}`;
  return WINDOWS_RESERVED.test(stem) ? `${stem}_` : stem;
}

/** `exportFileStem` with its extension. */
export function exportFileName(parts: ExportNameParts, extension: string): string {
  return `${exportFileStem(parts)}.${extension.replace(/^\./, '')}`;
}

const SUFFIX_CHARACTERS = 5; // a space and four letters of the hash

function groupPart(name: string, otherGroups: readonly string[], room: number, roomBytes: number): string {
  const own = readablePart(name);
  const shortened = cutTo(own, room, roomBytes);
  const exact = name.normalize('NFC');
  const clashes = otherGroups.some(
    (other) => other.normalize('NFC') !== exact && fileNameKey(cutTo(readablePart(other), room, roomBytes)) === fileNameKey(shortened),
  );
  if (!clashes) return shortened;
  const suffix = shortHash(exact);
  return `${cutTo(own, room - SUFFIX_CHARACTERS, roomBytes - SUFFIX_CHARACTERS)} ${suffix}`.trim();
}

/**
 * A part as people wrote it, case kept: letters, marks and digits of any script and a few harmless signs stay; any other
 * run (slashes, colons, quotes, control and bidi characters, line breaks) becomes one space.
 */
function readablePart(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N} &'(),+_-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{M}-]+|[\s-]+$/gu, '');
}

/** Cuts whole code points to both limits, without a dangling space or dash. */
function cutTo(text: string, characters: number, bytes: number): string {
  const codePoints = Array.from(text).slice(0, Math.max(0, characters));
  while (codePoints.length > 0 && utf8.encode(codePoints.join('')).length > bytes) codePoints.pop();
  return codePoints.join('').replace(/[\s-]+$/, '');
}

/** Four letters from an FNV-1a hash: the same name always gets the same suffix, names that differ get different ones. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const unit of utf8.encode(text)) hash = Math.imul(hash ^ unit, 0x01000193) >>> 0;
  return hash.toString(36).padStart(4, '0').slice(-4);
}
