// JSON.parse of a pretty-printed object (JSON.stringify(value, null, 2), as the store writes) one top-level member at a
// time, handing the event loop back between members: a 5 MB workspace parsed in one go blocks it for ~25 ms.
// Any other layout is parsed whole, so the result is always JSON.parse's: the same value, or the same failure.
import { Buffer } from 'node:buffer';

const NEWLINE = 0x0a;
const SPACE = 0x20;
const QUOTE = 0x22;

/** Byte offsets of the lines that start a top-level member: two spaces, then a quote (deeper lines have four). */
function memberStarts(bytes: Buffer, from: number, to: number): number[] {
  const starts: number[] = [];
  for (let newline = bytes.indexOf(NEWLINE, from); newline >= 0 && newline + 3 < to; newline = bytes.indexOf(NEWLINE, newline + 1)) {
    if (bytes[newline + 1] === SPACE && bytes[newline + 2] === SPACE && bytes[newline + 3] === QUOTE) starts.push(newline + 1);
  }
  return starts;
}

export async function parseJsonInPieces(bytes: Uint8Array, start: number, pause: () => Promise<void>): Promise<unknown> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = () => JSON.parse(buffer.toString('utf8', start));
  const close = buffer.lastIndexOf('}');
  if (buffer.toString('latin1', start, start + 2) !== '{\n' || close < 0 || buffer.toString('latin1', close + 1).trim() !== '') return whole();
  const starts = memberStarts(buffer, start, close);
  if (starts[0] !== start + 2) return whole();
  const result: Record<string, unknown> = {};
  for (const [index, from] of starts.entries()) {
    const last = index === starts.length - 1;
    const text = buffer.toString('utf8', from, last ? close : starts[index + 1]).trimEnd();
    if (text.endsWith(',') === last) return whole();
    let piece: Record<string, unknown>;
    try {
      piece = JSON.parse(`{${last ? text : text.slice(0, -1)}}`) as Record<string, unknown>;
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
