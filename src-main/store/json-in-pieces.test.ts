// parseJsonInPieces must always give JSON.parse's answer: the same value with the same key order, or a failure
// where JSON.parse fails, whatever the text (the store's own layout, others, damaged ones).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonInPieces, parseTopLevelMember, topLevelMembers } from './json-in-pieces';

const noPause = async () => undefined;

async function outcome(parse: () => unknown): Promise<{ ok: true; text: string; keys: string[] } | { ok: false }> {
  try {
    const value = await parse();
    const keys = typeof value === 'object' && value !== null ? Object.keys(value) : [];
    return { ok: true, text: JSON.stringify(value), keys };
  } catch {
    return { ok: false };
  }
}

async function expectSameAsJsonParse(text: string) {
  const bytes = Buffer.from(text, 'utf8');
  const pieces = await outcome(() => parseJsonInPieces(bytes, 0, noPause));
  const whole = await outcome(() => JSON.parse(text));
  expect(pieces).toEqual(whole);
}

const document = fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 0, maxKeys: 6 });

describe('parseJsonInPieces', () => {
  it('parses the layout the store writes exactly as JSON.parse does', async () => {
    await fc.assert(fc.asyncProperty(document, (value) => expectSameAsJsonParse(`${JSON.stringify(value, null, 2)}\n`)), { numRuns: 300 });
  });

  it('agrees with JSON.parse on damaged and foreign layouts too', async () => {
    const damaged = fc
      .tuple(document, fc.nat(), fc.nat(), fc.constantFrom('', ',', '}', '\n  "x": 1', '\n  "', '{', ']', '"'))
      .map(([value, cut, at, insert]) => {
        const text = `${JSON.stringify(value, null, 2)}\n`;
        const position = at % (text.length + 1);
        return text.slice(0, position) + insert + text.slice(position, text.length - (cut % 3));
      });
    const foreign = fc.oneof(
      document.map((value) => JSON.stringify(value)),
      document.map((value) => JSON.stringify(value, null, 4)),
      document.map((value) => JSON.stringify(value, null, '\t')),
      fc.jsonValue().map((value) => JSON.stringify(value, null, 2)),
    );
    await fc.assert(fc.asyncProperty(fc.oneof(damaged, foreign), expectSameAsJsonParse), { numRuns: 500 });
  });

  it('fails where JSON.parse fails on a missing or extra comma between members', async () => {
    await expectSameAsJsonParse('{\n  "a": 12\n  "b": 2\n}\n');
    await expectSameAsJsonParse('{\n  "a": 1,\n  "b": 2,\n}\n');
    await expect(parseJsonInPieces(Buffer.from('{\n  "a": 12\n  "b": 2\n}\n'), 0, noPause)).rejects.toThrow(SyntaxError);
  });

  it('keeps JSON.parse\'s answer for a repeated key: the last value, in the first place', async () => {
    await expectSameAsJsonParse('{\n  "a": 1,\n  "b": [\n    2\n  ],\n  "a": 3\n}\n');
    await expectSameAsJsonParse('{\n  "__proto__": {\n    "polluted": true\n  },\n  "b": 1\n}\n');
  });

  it('starts after a byte-order mark and hands the event loop back between members', async () => {
    const text = `\ufeff${JSON.stringify({ a: [1, 2], b: { c: 'ø' }, d: 'x' }, null, 2)}\n`;
    let pauses = 0;
    const value = await parseJsonInPieces(Buffer.from(text, 'utf8'), 3, async () => {
      pauses += 1;
    });
    expect(value).toEqual({ a: [1, 2], b: { c: 'ø' }, d: 'x' });
    expect(pauses).toBe(3);
  });
});

describe('topLevelMembers', () => {
  it('names each member of the store layout, with the bytes that parse to it alone', () => {
    const text = '{\n  "speakers": [\n    {\n      "id": "s-1"\n    }\n  ],\n  "x-y": 2,\n  "group": {\n    "id": "g"\n  }\n}\n';
    const bytes = Buffer.from(text, 'utf8');
    const members = topLevelMembers(bytes, 0);
    expect(members?.map(({ name, last }) => ({ name, last }))).toEqual([
      { name: 'speakers', last: false },
      { name: null, last: false },
      { name: 'group', last: true },
    ]);
    const [speakers] = members!;
    expect(parseTopLevelMember(bytes.toString('utf8', speakers!.from, speakers!.to), speakers!.last)).toEqual({ speakers: [{ id: 's-1' }] });
  });

  it('finds none in another layout', () => {
    expect(topLevelMembers(Buffer.from('{"speakers": [], "group": {}}'), 0)).toBeNull();
    expect(topLevelMembers(Buffer.from('{\n    "speakers": []\n}\n'), 0)).toBeNull();
  });

  it('refuses a member whose comma is missing or extra for its place', () => {
    expect(() => parseTopLevelMember('  "a": 1', false)).toThrow(SyntaxError);
    expect(() => parseTopLevelMember('  "a": 1,', true)).toThrow(SyntaxError);
    expect(parseTopLevelMember('  "a": 1,\n', false)).toEqual({ a: 1 });
  });
});
