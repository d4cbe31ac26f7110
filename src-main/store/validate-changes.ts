// Validates an update's draft like workspaceSchema.safeParse would, but re-checks only the top-level parts that
// changed: the unchanged ones are the current state's, already validated (and frozen) when they became current.
// Validating all of a 5 MB workspace on every save took ~50–60 ms of blocked event loop; comparing is ~5 ms.
// Equivalent to the whole-schema parse because that schema is a plain object of parts with no object-level checks
// and strips unknown keys, and parsing valid data gives the same data back (validate-changes.test.ts pins both).
import { workspaceSchema, type Workspace } from '../domain/model';

export type DraftValidation = { success: true; data: Workspace } | { success: false };

const PARTS = Object.keys(workspaceSchema.shape) as Array<keyof typeof workspaceSchema.shape>;

export function validateChangedParts(current: Readonly<Workspace>, draft: unknown): DraftValidation {
  if (typeof draft !== 'object' || draft === null || Array.isArray(draft)) return { success: false };
  const candidate = draft as Record<string, unknown>;
  const next: Record<string, unknown> = {};
  for (const part of PARTS) {
    const value = candidate[part];
    if (plainEqual(value, current[part])) {
      next[part] = current[part];
      continue;
    }
    const parsed = workspaceSchema.shape[part].safeParse(value);
    if (!parsed.success) return { success: false };
    next[part] = parsed.data;
  }
  return { success: true, data: next as Workspace };
}

/** Deep equality of JSON-like data; anything unusual compares unequal, which only means "validate it". */
export function plainEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => plainEqual(item, b[index]));
  }
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  const keys = Object.keys(aRecord);
  if (keys.length !== Object.keys(bRecord).length) return false;
  return keys.every((key) => Object.hasOwn(bRecord, key) && plainEqual(aRecord[key], bRecord[key]));
}
