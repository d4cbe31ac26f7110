// validateChangedParts must decide exactly as workspaceSchema.safeParse of the whole draft: same verdict, same data,
// same key order (the bytes on disk depend on it). Property-tested over random edits, valid and invalid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../bench/generate-workspace';
import { workspaceSchema, type Workspace } from '../domain/model';
import { plainEqual, validateChangedParts } from './validate-changes';

const current = Object.freeze(
  workspaceSchema.parse(generateWorkspace(7, { years: 1, members: 6, speakers: 8, invitations: 5, actions: 5 })),
) as Readonly<Workspace>;
const PARTS = Object.keys(workspaceSchema.shape);

type Draft = Record<string, unknown> & Workspace;
type Edit = (draft: Draft) => void;

const text = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('', '   ', ' Ny tekst ', '\u0000x\u0007', 'x'.repeat(130)));
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.constantFrom(...PARTS), fc.anything()).map(([part, value]): Edit => (draft) => {
    draft[part] = value;
  }),
  fc.constantFrom(...PARTS).map((part): Edit => (draft) => {
    delete draft[part];
  }),
  fc.tuple(fc.string({ maxLength: 8 }), fc.anything()).map(([key, value]): Edit => (draft) => {
    draft[key] = value;
  }),
  fc.tuple(fc.nat(5), text).map(([index, name]): Edit => (draft) => {
    draft.members[index]!.name = name;
  }),
  fc.tuple(fc.nat(7), text).map(([index, topic]): Edit => (draft) => {
    draft.speakers[index]!.topics.push(topic);
  }),
  text.map((description): Edit => (draft) => {
    draft.group.description = description;
  }),
  fc.nat(4).map((index): Edit => (draft) => {
    draft.actions.splice(index, 1);
  }),
  fc.constant<Edit>(() => undefined),
);

describe('validateChangedParts', () => {
  it('relies on a workspace schema without object-level checks that strips unknown keys', () => {
    const def = workspaceSchema._zod.def as { checks?: unknown[]; catchall?: unknown };
    expect(def.checks ?? []).toEqual([]);
    expect(def.catchall).toBeUndefined();
  });

  it('gives the same verdict, data and key order as validating the whole draft', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const draft = structuredClone(current) as Draft;
        try {
          for (const apply of edits) apply(draft);
        } catch {
          return; // an edit of a part an earlier edit removed: the store refuses a throwing mutate before validating
        }
        const whole = workspaceSchema.safeParse(draft);
        const changed = validateChangedParts(current, draft);
        expect(changed.success).toBe(whole.success);
        if (changed.success && whole.success) expect(JSON.stringify(changed.data)).toBe(JSON.stringify(whole.data));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the unchanged parts of the current state as they are', () => {
    const draft = structuredClone(current) as Draft;
    draft.group.description = 'Ændret';
    const result = validateChangedParts(current, draft);
    expect(result.success && result.data.speakers).toBe(current.speakers);
    expect(result.success && result.data.group).not.toBe(current.group);
  });
});

describe('plainEqual', () => {
  it('compares JSON-like data deeply and treats differences in shape as unequal', () => {
    expect(plainEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(plainEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(plainEqual({ a: undefined }, {})).toBe(false);
    expect(plainEqual([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(plainEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(plainEqual(null, {})).toBe(false);
    expect(plainEqual(Number.NaN, Number.NaN)).toBe(false);
  });
});
