// The stored form of a workspace: exactly the bytes of `JSON.stringify(workspace, null, 2)` and a newline, so the file
// stays readable and diffable, but assembled from cached pieces. Each save changes a speaker or two out of thousands;
// re-serialising all 5 MB took ~25 ms of every save, joining the unchanged elements' cached bytes takes ~2 ms.
//
// A piece is cached per element of a top-level list, keyed by the element object itself, and only for frozen
// elements: the store deep-freezes its state, so a frozen element can never change under its cached bytes, and an
// edit replaces the element with a new object (structural sharing), which simply misses the cache.

const INDENT = '  ';
const ELEMENT_INDENT = INDENT.repeat(2);
const cachedElements = new WeakMap<object, Buffer>();

const OPEN_OBJECT = Buffer.from('{\n');
const CLOSE_OBJECT = Buffer.from('\n}\n');
const EMPTY_OBJECT = Buffer.from('{}\n');
const ENTRY_SEPARATOR = Buffer.from(',\n');
const OPEN_LIST = Buffer.from('[\n');
const CLOSE_LIST = Buffer.from(`\n${INDENT}]`);
const EMPTY_LIST = Buffer.from('[]');
const NULL_ELEMENT = Buffer.from(`${ELEMENT_INDENT}null`);

export function encodeWorkspace(workspace: object): Uint8Array {
  if (!isPlainObject(workspace)) return Buffer.from(`${JSON.stringify(workspace, null, 2)}\n`);
  const entries: Buffer[][] = [];
  for (const [key, value] of Object.entries(workspace)) {
    const encodedValue = Array.isArray(value) ? encodeList(value) : encodeValue(value);
    if (encodedValue) entries.push([Buffer.from(`${INDENT}${JSON.stringify(key)}: `), ...encodedValue]);
  }
  if (entries.length === 0) return Buffer.from(EMPTY_OBJECT);
  const pieces: Buffer[] = [OPEN_OBJECT];
  entries.forEach((entry, index) => {
    if (index > 0) pieces.push(ENTRY_SEPARATOR);
    pieces.push(...entry);
  });
  pieces.push(CLOSE_OBJECT);
  return Buffer.concat(pieces);
}

/** A value one level down, as JSON.stringify writes it there; undefined for what it leaves out (undefined, functions). */
function encodeValue(value: unknown): Buffer[] | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text === undefined ? undefined : [Buffer.from(indentFollowingLines(text, INDENT))];
}

function encodeList(list: readonly unknown[]): Buffer[] {
  if (list.length === 0) return [EMPTY_LIST];
  const pieces: Buffer[] = [OPEN_LIST];
  // An index loop, not forEach: JSON.stringify writes a hole in a list as null, forEach would skip it.
  for (let index = 0; index < list.length; index += 1) {
    if (index > 0) pieces.push(ENTRY_SEPARATOR);
    pieces.push(encodeElement(list[index]));
  }
  pieces.push(CLOSE_LIST);
  return pieces;
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
