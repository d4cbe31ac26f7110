// The stored bytes must be exactly JSON.stringify(value, null, 2) + '\n' whatever the data, and cached pieces must
// never outlive the object they were made from.
import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../bench/generate-workspace';
import { workspaceSchema } from '../domain/model';
import { encodeWorkspace } from './workspace-encoding';

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
