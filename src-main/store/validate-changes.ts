// Validates workspace data like workspaceSchema.safeParse would, one list element at a time, so that
// - an update re-checks only what it changed: drafts share every untouched object with the current state (immer's
//   structural sharing), and those objects were validated (and frozen) when they became current; and
// - opening a 5 MB file can hand the event loop back between slices instead of blocking it for ~35 ms.
// New list elements come out deep-frozen, as everything in the store's state is.
// Equivalent to the whole-schema parse because that schema is a plain object of parts with no object-level checks that
// strips unknown keys, its lists have no list-level checks, and parsing valid data gives the same data back
// (validate-changes.test.ts pins all three).
import { z } from 'zod';
import { workspaceSchema, type Workspace } from '../domain/model';
import { sameJson } from '../domain/same-json';
import { deepFreeze } from './deep-freeze';

export type DraftValidation =
  | {
      success: true;
      data: Workspace;
      /**
       * Every part came back from validation exactly as it went in (the same JSON text), so the data is the input's
       * own objects. Only known when the input is kept (`keepInput`); false otherwise.
       */
      asInput: boolean;
    }
  | { success: false };

type PartName = keyof typeof workspaceSchema.shape;

const PARTS = Object.keys(workspaceSchema.shape) as PartName[];
/** Elements out of place looked for in the list before by a scan, before a set of that list is built instead. */
const ELEMENTS_LOOKED_FOR_BY_SCAN = 8;
/** The element schema of each part that is a list (possibly with a default for a missing list). */
const LIST_ELEMENTS = new Map<PartName, z.ZodType>(
  PARTS.flatMap((part) => {
    const element = listElementOf(workspaceSchema.shape[part]);
    return element ? [[part, element] as const] : [];
  }),
);

function listElementOf(schema: z.ZodType): z.ZodType | null {
  const inner = schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
  return inner instanceof z.ZodArray ? (inner.element as z.ZodType) : null;
}

/**
 * The validation as steps: yields after each list element, returns the verdict. Driven to the end in one go for an
 * update (few elements are new), or in slices for a whole file.
 */
function* validationSteps(raw: unknown, current: Readonly<Workspace> | null, keepInput = false): Generator<void, DraftValidation> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { success: false };
  const candidate = raw as Record<string, unknown>;
  const next: Record<string, unknown> = {};
  let asInput = keepInput;
  // A value validation gave back as it came is kept as it came: validation's copy is dropped while it is young, and
  // the input (a file's parsed bytes) is the one copy that stays, as it is for bytes validated before.
  const kept = (input: unknown, validated: unknown): unknown => {
    if (asInput && sameJson(input, validated)) return input;
    asInput = false;
    return validated;
  };
  for (const part of PARTS) {
    const value = candidate[part];
    const before: unknown = current?.[part];
    if (current && value === before) {
      next[part] = value;
      continue;
    }
    const element = LIST_ELEMENTS.get(part);
    if (element && Array.isArray(value)) {
      const previous: readonly unknown[] = Array.isArray(before) ? before : [];
      // Most edits leave every other element where it was. An element in another place may still be one from before
      // (moved): the first few are looked for by a scan, which costs far less than a set of 5,000 built for each save
      // that changed one element; many are looked up in a set built once.
      let unchanged: Set<unknown> | null = null;
      let scans = 0;
      const wasThereBefore = (item: unknown) => {
        if (unchanged === null && scans < ELEMENTS_LOOKED_FOR_BY_SCAN) {
          scans += 1;
          return previous.includes(item);
        }
        return (unchanged ??= new Set(previous)).has(item);
      };
      const isUnchanged = (item: unknown, index: number) =>
        typeof item === 'object' && item !== null && (previous[index] === item || wasThereBefore(item));
      const checked: unknown[] = new Array(value.length);
      for (let index = 0; index < value.length; index += 1) {
        const item: unknown = value[index];
        if (isUnchanged(item, index)) {
          checked[index] = item;
          continue;
        }
        const parsed = element.safeParse(item);
        if (!parsed.success) return { success: false };
        // Frozen here, a slice at a time, rather than all 5 MB in one go when the state is installed.
        checked[index] = deepFreeze(kept(item, parsed.data));
        yield;
      }
      next[part] = checked;
      continue;
    }
    const parsed = workspaceSchema.shape[part].safeParse(value);
    if (!parsed.success) return { success: false };
    next[part] = kept(value, parsed.data);
  }
  return { success: true, data: next as Workspace, asInput };
}

/** An update's draft: everything it shares with `current` is taken as valid, the rest is checked now. */
export function validateChangedParts(current: Readonly<Workspace>, draft: unknown): DraftValidation {
  const steps = validationSteps(draft, current);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Validates all of `raw`, handing the event loop back (via `pause`) whenever a slice has run `sliceMs`. `keepInput`:
 * while every value comes back from validation as it went in, the input's own objects are kept (and frozen), and
 * `asInput` says whether all of them did; after the first that does not, validation's copies are taken.
 */
export function validateInSlices(raw: unknown, pause: () => Promise<void>, options: { sliceMs?: number; keepInput?: boolean } = {}): Promise<DraftValidation> {
  return runInSlices(validationSteps(raw, null, options.keepInput ?? false), pause, options.sliceMs ?? 8);
}

/** Deep-freezes a workspace already known to be valid, a list element at a time, handing the event loop back. */
export function freezeInSlices(workspace: Workspace, pause: () => Promise<void>, sliceMs = 8): Promise<Workspace> {
  return runInSlices(freezingSteps(workspace), pause, sliceMs);
}

function* freezingSteps(workspace: Workspace): Generator<void, Workspace> {
  for (const part of PARTS) {
    const value: unknown = workspace[part];
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      deepFreeze(item);
      yield;
    }
  }
  return deepFreeze(workspace);
}

/** Drives `steps` to their end, calling `pause` whenever a slice has run `sliceMs`. */
async function runInSlices<Result>(steps: Generator<void, Result>, pause: () => Promise<void>, sliceMs: number): Promise<Result> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}
