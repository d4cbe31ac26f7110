// The stored bytes must be exactly JSON.stringify(value, null, 2) + '\n' whatever the data, and cached pieces must
// never outlive the object they were made from.
import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it, vi } from 'vitest';
import { generateWorkspace } from '../../bench/generate-workspace';
import { workspaceSchema } from '../domain/model';
import { encodeWorkspace, encodeWorkspacePieces, warmEncodingCaches } from './workspace-encoding';

const asText = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
const reference = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function deepFrozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFrozen(child);
    Object.freeze(value);
  }
  return value;
}

describe('encodeWorkspace', () => {
  it('writes any JSON object exactly as JSON.stringify with two-space indentation does', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.boolean(), (value, frozen) => {
        const input = frozen ? deepFrozen(structuredClone(value)) : value;
        expect(asText(encodeWorkspace(input))).toBe(reference(input));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out undefined properties and writes holes and undefined list elements as null, like JSON.stringify', () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point of this case
    const value = { a: undefined, b: [1, , undefined, { c: undefined }], d: [], e: {}, 'ø "x"': 'å\n\u2028' };
    expect(asText(encodeWorkspace(value))).toBe(reference(value));
    expect(asText(encodeWorkspace({}))).toBe(reference({}));
  });

  it('writes a real workspace as JSON.stringify does, before and after an edit that reuses cached elements', () => {
    const workspace = deepFrozen(workspaceSchema.parse(generateWorkspace(3, { years: 2, members: 12, speakers: 40, invitations: 20, actions: 20 })));
    expect(asText(encodeWorkspace(workspace))).toBe(reference(workspace));
    const edited = produce(workspace, (draft) => {
      draft.speakers[5]!.name = 'Ændret Navn';
      draft.speakers.splice(2, 1);
      draft.actions.push({ ...draft.actions[0]!, id: 'ny-handling' });
    });
    expect(asText(encodeWorkspace(edited))).toBe(reference(edited));
    expect(asText(encodeWorkspace(workspace))).toBe(reference(workspace));
  });

  it('does not cache elements that are not frozen, since they may still change', () => {
    const element = { name: 'før' };
    const value = { list: [element] };
    encodeWorkspace(value);
    element.name = 'efter';
    expect(asText(encodeWorkspace(value))).toBe(reference(value));
  });
});

describe('encodeWorkspacePieces', () => {
  it('gives the same bytes in pieces, reusing a frozen list the edit did not touch', () => {
    const workspace = deepFrozen(workspaceSchema.parse(generateWorkspace(4, { years: 1, members: 5, speakers: 12, invitations: 6, actions: 6 })));
    const first = encodeWorkspacePieces(workspace);
    expect(Buffer.concat(first).toString('utf8')).toBe(reference(workspace));
    const edited = produce(workspace, (draft) => {
      draft.speakers[0]!.name = 'Ny';
    });
    const second = encodeWorkspacePieces(edited);
    expect(Buffer.concat(second).toString('utf8')).toBe(reference(edited));
    // The members list is the same object in both, so its bytes are the very same buffer.
    const membersPiece = (pieces: readonly Buffer[]) => pieces.find((piece) => piece.toString('utf8').includes(workspace.members[0]!.name));
    expect(membersPiece(second)).toBe(membersPiece(first));
  });

  it('does not cache a frozen list whose elements may still change', () => {
    const element = { name: 'før' };
    const value = { list: Object.freeze([element]) };
    encodeWorkspacePieces(value);
    element.name = 'efter';
    expect(Buffer.concat(encodeWorkspacePieces(value)).toString('utf8')).toBe(reference(value));
  });
});

describe('long lists, encoded in runs', () => {
  it('writes lists longer than a run exactly as JSON.stringify does, before and after random edits', () => {
    const item = fc.record({ id: fc.string({ maxLength: 6 }), n: fc.integer(), tags: fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }) });
    fc.assert(
      fc.property(fc.array(item, { minLength: 250, maxLength: 700 }), fc.nat(), fc.nat(), (items, at, removeAt) => {
        const before = deepFrozen({ title: 'x', items });
        expect(asText(encodeWorkspace(before))).toBe(reference(before));
        const after = produce(before, (draft) => {
          draft.items[at % draft.items.length]!.n += 1;
          draft.items.splice(removeAt % draft.items.length, 1);
          draft.items.push({ id: 'ny', n: 0, tags: [] });
        });
        expect(asText(encodeWorkspace(after))).toBe(reference(after));
      }),
      { numRuns: 40 },
    );
  });

  it('rebuilds only the run an edit touched', () => {
    const before = deepFrozen({ items: Array.from({ length: 600 }, (_, index) => ({ index })) });
    const first = encodeWorkspacePieces(before);
    const after = produce(before, (draft) => {
      draft.items[300]!.index = -1;
    });
    const second = encodeWorkspacePieces(after);
    const shared = second.filter((piece) => first.includes(piece));
    // Three runs (0-255, 256-511, 512-599): the first and the last are the same buffers as before.
    expect(shared.filter((piece) => piece.length > 100)).toHaveLength(2);
    expect(asText(Buffer.concat(second))).toBe(reference(after));
  });
});

describe('warmEncodingCaches', () => {
  const frozenWorkspace = (seed: number) =>
    deepFrozen(workspaceSchema.parse(generateWorkspace(seed, { years: 2, members: 12, speakers: 40, invitations: 20, actions: 20 })));

  it('encodes every list element ahead, so the first save stringifies none of them and writes the same bytes', async () => {
    const workspace = frozenWorkspace(5);
    let pauses = 0;
    await warmEncodingCaches(workspace, async () => {
      pauses += 1;
    }, 0);
    const elements = Object.values(workspace).filter(Array.isArray).reduce((sum, list) => sum + list.length, 0);
    // With no time allowed per slice, the event loop is handed back after every element.
    expect(pauses).toBeGreaterThanOrEqual(elements);

    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      const bytes = Buffer.concat(encodeWorkspacePieces(workspace));
      // Only the top-level keys and the values that are not lists (the group) are encoded at save time.
      expect(stringify.mock.calls.length).toBeLessThanOrEqual(2 * Object.keys(workspace).length);
      stringify.mockRestore();
      expect(asText(bytes)).toBe(reference(workspace));
    } finally {
      stringify.mockRestore();
    }
  });

  it('caches nothing for a workspace that can still change, and still encodes it exactly', async () => {
    const workspace = workspaceSchema.parse(generateWorkspace(6, { years: 1, members: 5, speakers: 5, invitations: 5, actions: 5 }));
    await warmEncodingCaches(workspace, async () => undefined);
    const edited = { ...workspace, members: workspace.members.map((member) => Object.assign(member, { notes: 'changed after warming' })) };
    expect(asText(encodeWorkspace(edited))).toBe(reference(edited));
  });
});
