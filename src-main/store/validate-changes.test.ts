// validateChangedParts and validateInSlices must decide exactly as workspaceSchema.safeParse of the whole draft: same
// verdict, same data, same key order (the bytes on disk depend on it). Property-tested over random edits, valid and
// invalid, on drafts that share untouched objects with the current state (as the store's immer drafts do) and on
// drafts that share nothing.
import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../bench/generate-workspace';
import { workspaceSchema, type Workspace } from '../domain/model';
import { sameJson } from '../domain/same-json';
import { validateChangedParts, validateInSlices } from './validate-changes';

const current = deepFrozen(
  workspaceSchema.parse(generateWorkspace(7, { years: 1, members: 6, speakers: 8, invitations: 5, actions: 5 })),
);

function deepFrozen<T>(value: T): Readonly<T> {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFrozen(child);
    Object.freeze(value);
  }
  return value;
}
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

/** A copy of the current state with `edits` applied, sharing nothing with it. */
function editedCopy(edits: Edit[]): Draft | null {
  const draft = structuredClone(current) as Draft;
  try {
    for (const apply of edits) apply(draft);
  } catch {
    return null; // an edit of a part an earlier edit removed: the store refuses a throwing mutate before validating
  }
  return draft;
}

describe('validateChangedParts', () => {
  it('relies on a workspace schema without object-level checks that strips unknown keys', () => {
    const def = workspaceSchema._zod.def as { checks?: unknown[]; catchall?: unknown };
    expect(def.checks ?? []).toEqual([]);
    expect(def.catchall).toBeUndefined();
  });

  const editedSharing = (edits: Edit[]): Draft | null => {
    try {
      return produce(current as Draft, (draft) => {
        for (const apply of edits) apply(draft);
      });
    } catch {
      return null;
    }
  };

  for (const [name, edited] of [
    ['sharing untouched objects', editedSharing],
    ['sharing nothing', editedCopy],
  ] as const) {
    it(`gives the same verdict, data and key order as validating the whole draft (${name})`, () => {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
          const draft = edited(edits);
          if (!draft) return;
          const whole = workspaceSchema.safeParse(draft);
          const changed = validateChangedParts(current, draft);
          expect(changed.success).toBe(whole.success);
          if (changed.success && whole.success) expect(JSON.stringify(changed.data)).toBe(JSON.stringify(whole.data));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('keeps the current objects that the draft did not touch, and checks the new ones', () => {
    const draft = produce(current as Draft, (editable) => {
      editable.group.description = 'Ændret';
      editable.speakers[1]!.name = 'Ny navn';
    });
    const result = validateChangedParts(current, draft);
    if (!result.success) throw new Error('expected a valid draft');
    expect(result.data.members).toBe(current.members);
    expect(result.data.speakers[0]).toBe(current.speakers[0]);
    expect(result.data.speakers[1]).not.toBe(current.speakers[1]);
    expect(result.data.speakers[1]!.name).toBe('Ny navn');
    expect(result.data.group.description).toBe('Ændret');
  });

  it('keeps elements moved to another place as they are, whether a few or many moved', () => {
    const swapped = { ...current, speakers: [current.speakers[1]!, current.speakers[0]!, ...current.speakers.slice(2)] };
    const reversed = { ...current, speakers: [...current.speakers].reverse() };
    // More than the few looked for by a scan: the rest are found in a set of the list before.
    const manyMoved = { ...current, speakers: [...reversed.speakers, ...reversed.speakers] };
    for (const draft of [swapped, reversed, manyMoved]) {
      const result = validateChangedParts(current, draft);
      if (!result.success) throw new Error('expected a valid draft');
      draft.speakers.forEach((speaker, index) => expect(result.data.speakers[index]).toBe(speaker));
    }
    const movedAndInvalid = { ...manyMoved, speakers: [...manyMoved.speakers, { ...current.speakers[0]!, name: '' }] };
    expect(validateChangedParts(current, movedAndInvalid).success).toBe(false);
  });

  it('refuses an invalid new element even when every other element is shared', () => {
    const draft = produce(current as Draft, (editable) => {
      editable.speakers[2]!.name = '';
    });
    expect(validateChangedParts(current, draft).success).toBe(false);
  });
});

describe('validateInSlices', () => {
  it('gives the same verdict and data as validating the whole workspace, keeping the records that came back unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 0, maxLength: 3 }), async (edits) => {
        const draft = editedCopy(edits);
        if (!draft) return;
        const whole = workspaceSchema.safeParse(draft);
        for (const keepInput of [false, true]) {
          const sliced = await validateInSlices(draft, async () => undefined, { sliceMs: 0, keepInput });
          expect(sliced.success).toBe(whole.success);
          if (!sliced.success || !whole.success) continue;
          expect(JSON.stringify(sliced.data)).toBe(JSON.stringify(whole.data));
          // Kept: the records are the input's own exactly when every part came back as it went in.
          const input = draft as unknown as Record<string, unknown>;
          const parts = Object.keys(whole.data) as (keyof Workspace)[];
          expect(sliced.asInput).toBe(keepInput && parts.every((part) => sameJson(input[part], whole.data[part])));
          if (sliced.asInput) {
            expect(sliced.data.group).toBe(draft.group);
            sliced.data.speakers.forEach((speaker, index) => expect(speaker).toBe(draft.speakers[index]));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('takes the validated copies from the first record validation changed on, and then never says the data came as it is', async () => {
    const draft = structuredClone(current) as Draft;
    draft.speakers[1]!.name = `  ${draft.speakers[1]!.name}`;
    const kept = await validateInSlices(draft, async () => undefined, { keepInput: true });
    if (!kept.success) throw new Error('expected a valid draft');
    expect(kept.asInput).toBe(false);
    expect(kept.data.speakers[0]).toBe(draft.speakers[0]);
    expect(kept.data.speakers[1]).not.toBe(draft.speakers[1]);
    expect(kept.data.speakers[1]!.name).toBe(draft.speakers[1]!.name.trim());
    expect(JSON.stringify(kept.data)).toBe(JSON.stringify(workspaceSchema.parse(draft)));
    const copied = await validateInSlices(structuredClone(current), async () => undefined);
    expect(copied.success && copied.asInput).toBe(false);
  });

  it('hands the event loop back between slices', async () => {
    let pauses = 0;
    const result = await validateInSlices(structuredClone(current), async () => {
      pauses += 1;
    }, { sliceMs: 0 });
    expect(result.success).toBe(true);
    expect(pauses).toBeGreaterThan(current.speakers.length);
  });
});
