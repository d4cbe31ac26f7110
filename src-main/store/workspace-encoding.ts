// The stored form of a workspace: exactly the bytes of `JSON.stringify(workspace, null, 2)` and a newline, so the file
// stays readable and diffable, but assembled from cached pieces. Each save changes a speaker or two out of thousands;
// re-serialising all 5 MB took ~25 ms of every save, joining the unchanged elements' cached bytes takes ~2 ms.
//
// A piece is cached per element of a top-level list, keyed by the element object itself, and only for frozen
// elements: the store deep-freezes its state, so a frozen element can never change under its cached bytes, and an
// edit replaces the element with a new object (structural sharing), which simply misses the cache. A frozen list's
// bytes are cached too, so a list the edit did not touch costs one lookup. The store writes the pieces as they are
// (one writev), so even joining them into one 5 MB buffer is left out of a save.

const INDENT = '  ';
const ELEMENT_INDENT = INDENT.repeat(2);
const cachedElements = new WeakMap<object, Buffer>();
const cachedLists = new WeakMap<readonly unknown[], readonly Buffer[]>();
/** A run of consecutive list elements as one buffer, keyed by its first element; see encodeList. */
const cachedRuns = new WeakMap<object, { elements: readonly unknown[]; bytes: Buffer }>();
const RUN_LENGTH = 256;

const OPEN_OBJECT = Buffer.from('{\n');
const CLOSE_OBJECT = Buffer.from('\n}\n');
const EMPTY_OBJECT = Buffer.from('{}\n');
const ENTRY_SEPARATOR = Buffer.from(',\n');
const OPEN_LIST = Buffer.from('[\n');
const CLOSE_LIST = Buffer.from(`\n${INDENT}]`);
const EMPTY_LIST = Buffer.from('[]');
const NULL_ELEMENT = Buffer.from(`${ELEMENT_INDENT}null`);

export function encodeWorkspace(workspace: object): Uint8Array {
  return Buffer.concat(encodeWorkspacePieces(workspace));
}

/** The same bytes as encodeWorkspace, as pieces in order (shared with the cache: never to be modified). */
export function encodeWorkspacePieces(workspace: object): readonly Buffer[] {
  if (!isPlainObject(workspace)) return [Buffer.from(`${JSON.stringify(workspace, null, 2)}\n`)];
  const entries: (readonly Buffer[])[] = [];
  for (const [key, value] of Object.entries(workspace)) {
    const encodedValue = Array.isArray(value) ? encodeList(value) : encodeValue(value);
    if (encodedValue) entries.push([Buffer.from(`${INDENT}${JSON.stringify(key)}: `), ...encodedValue]);
  }
  if (entries.length === 0) return [EMPTY_OBJECT];
  const pieces: Buffer[] = [OPEN_OBJECT];
  entries.forEach((entry, index) => {
    if (index > 0) pieces.push(ENTRY_SEPARATOR);
    for (const piece of entry) pieces.push(piece);
  });
  pieces.push(CLOSE_OBJECT);
  return pieces;
}

/**
 * Fills the caches for a workspace's lists while the app is idle, so its first save joins cached bytes instead of
 * encoding all of it (~60 ms for 5 MB, on the answer of that first edit). Encodes elements for at most `sliceMs` at a
 * time, then hands the event loop back with `pause`. Lists replaced in the meantime are only cached in vain: every
 * cache is keyed by the object it holds the bytes of.
 */
export async function warmEncodingCaches(workspace: object, pause: () => Promise<void>, sliceMs = 4): Promise<void> {
  if (!isPlainObject(workspace)) return;
  let sliceStart = performance.now();
  for (const value of Object.values(workspace)) {
    if (!Array.isArray(value) || value.length === 0 || cachedLists.has(value)) continue;
    for (const element of value) {
      encodeElement(element);
      if (performance.now() - sliceStart >= sliceMs) {
        await pause();
        sliceStart = performance.now();
      }
    }
    // Every element is cached now: joining them into runs is a copy, not an encoding.
    encodeList(value);
    await pause();
    sliceStart = performance.now();
  }
}

/** A value one level down, as JSON.stringify writes it there; undefined for what it leaves out (undefined, functions). */
function encodeValue(value: unknown): Buffer[] | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text === undefined ? undefined : [Buffer.from(indentFollowingLines(text, INDENT))];
}

/**
 * A list as a few dozen buffers, one per run of up to 256 elements: a save writes a handful of pieces, not one per
 * element (each costs in writev), and an edit of one element rebuilds only its run, not the whole 2 MB list.
 */
function encodeList(list: readonly unknown[]): readonly Buffer[] {
  if (list.length === 0) return [EMPTY_LIST];
  const cached = cachedLists.get(list);
  if (cached) return cached;
  const pieces: Buffer[] = [OPEN_LIST];
  let allFrozen = Object.isFrozen(list);
  for (let start = 0; start < list.length; start += RUN_LENGTH) {
    if (start > 0) pieces.push(ENTRY_SEPARATOR);
    const run = encodeRun(list, start, Math.min(start + RUN_LENGTH, list.length));
    pieces.push(run.bytes);
    allFrozen &&= run.allFrozen;
  }
  pieces.push(CLOSE_LIST);
  // Only a list that cannot change, of elements that cannot change either.
  if (allFrozen) cachedLists.set(list, pieces);
  return pieces;
}

/** Elements start up to end (exclusive), joined by the list's separators; and whether none of them can change. */
function encodeRun(list: readonly unknown[], start: number, end: number): { bytes: Buffer; allFrozen: boolean } {
  const first = list[start];
  const elements = list.slice(start, end);
  const allFrozen = elements.every(isFrozenOrPrimitive);
  const cacheable = allFrozen && typeof first === 'object' && first !== null;
  if (cacheable) {
    const cached = cachedRuns.get(first);
    if (cached && cached.elements.length === elements.length && cached.elements.every((element, index) => element === elements[index])) {
      return { bytes: cached.bytes, allFrozen };
    }
  }
  const pieces: Buffer[] = [];
  // An index loop, not forEach: JSON.stringify writes a hole in a list as null, forEach would skip it.
  for (let index = 0; index < elements.length; index += 1) {
    if (index > 0) pieces.push(ENTRY_SEPARATOR);
    pieces.push(encodeElement(elements[index]));
  }
  const bytes = Buffer.concat(pieces);
  if (cacheable) cachedRuns.set(first, { elements, bytes });
  return { bytes, allFrozen };
}

function encodeElement(element: unknown): Buffer {
  const cacheable = typeof element === 'object' && element !== null && Object.isFrozen(element);
  if (cacheable) {
    const cached = cachedElements.get(element);
    if (cached) return cached;
  }
  // In a list, JSON.stringify writes null for what it would leave out of an object.
  const text = JSON.stringify(element, null, 2) as string | undefined;
  const encoded = text === undefined ? NULL_ELEMENT : Buffer.from(ELEMENT_INDENT + indentFollowingLines(text, ELEMENT_INDENT));
  if (cacheable) cachedElements.set(element, encoded);
  return encoded;
}

/** JSON text never holds a raw line break inside a string, so every line break is one of the layout's. */
function indentFollowingLines(text: string, indent: string): string {
  return text.replaceAll('\n', `\n${indent}`);
}

function isFrozenOrPrimitive(value: unknown): boolean {
  return typeof value !== 'object' || value === null || Object.isFrozen(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
