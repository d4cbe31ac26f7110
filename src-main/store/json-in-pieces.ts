// JSON.parse of a pretty-printed object (JSON.stringify(value, null, 2), as the store writes) one top-level member at a
// time, handing the event loop back between members: a 5 MB workspace parsed in one go blocks it for ~25 ms.
// Any other layout is parsed whole, so the result is always JSON.parse's: the same value, or the same failure.
import { Buffer } from 'node:buffer';

const NEWLINE = 0x0a;
const SPACE = 0x20;
const QUOTE = 0x22;

/** A line that starts a top-level member: two spaces, then a quote (deeper lines have four). */
const MEMBER_LINE = Buffer.from([NEWLINE, SPACE, SPACE, QUOTE]);

/** Byte offsets of the lines that start a top-level member; found by the native search, not line by line. */
function memberStarts(bytes: Buffer, from: number, to: number): number[] {
  const starts: number[] = [];
  for (let at = bytes.indexOf(MEMBER_LINE, from); at >= 0 && at + 3 < to; at = bytes.indexOf(MEMBER_LINE, at + 1)) starts.push(at + 1);
  return starts;
}

/** One top-level member's bytes in the store's layout: `  "name": value` and, unless it is the last, a comma. */
export interface TopLevelMember {
  /** The member's name when it is a plain word (every name the workspace has), else null. */
  name: string | null;
  from: number;
  to: number;
  last: boolean;
}

const PLAIN_NAME = /^ {2}"([A-Za-z]+)":/;

/** The top-level members of a file in the store's layout, in order; null for any other layout (parsed whole). */
export function topLevelMembers(bytes: Uint8Array, start: number): TopLevelMember[] | null {
  const buffer = asBuffer(bytes);
  const close = buffer.lastIndexOf('}');
  if (buffer.toString('latin1', start, start + 2) !== '{\n' || close < 0 || buffer.toString('latin1', close + 1).trim() !== '') return null;
  const starts = memberStarts(buffer, start, close);
  if (starts[0] !== start + 2) return null;
  return starts.map((from, index) => {
    const last = index === starts.length - 1;
    const name = PLAIN_NAME.exec(buffer.toString('latin1', from, Math.min(from + 40, close)))?.[1] ?? null;
    return { name, from, to: last ? close : starts[index + 1]!, last };
  });
}

/**
 * One member parsed on its own, as an object of that one member; throws where the member is not valid JSON, or a
 * comma is missing or extra for its place. Used for the pieces below and to list a group before opening it.
 */
export function parseTopLevelMember(text: string, last: boolean): Record<string, unknown> {
  const trimmed = text.trimEnd();
  if (trimmed.endsWith(',') === last) throw new SyntaxError('a comma is missing or extra between top-level members');
  return JSON.parse(`{${last ? trimmed : trimmed.slice(0, -1)}}`) as Record<string, unknown>;
}

/** JSON.parse's answer for `bytes` from `start`, handing the event loop back between top-level members. */
export async function parseJsonInPieces(bytes: Uint8Array, start: number, pause: () => Promise<void>): Promise<unknown> {
  const buffer = asBuffer(bytes);
  const whole = () => JSON.parse(buffer.toString('utf8', start)) as unknown;
  const members = topLevelMembers(bytes, start);
  if (!members) return whole();
  const result: Record<string, unknown> = {};
  for (const member of members) {
    let piece: Record<string, unknown>;
    try {
      piece = parseTopLevelMember(buffer.toString('utf8', member.from, member.to), member.last);
    } catch {
      return whole();
    }
    for (const [key, value] of Object.entries(piece)) {
      Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
    }
    await pause();
  }
  return result;
}

/** The bytes as a Buffer over the same memory (no copy), for its text and search methods. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
