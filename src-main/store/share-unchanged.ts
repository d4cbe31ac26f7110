// A workspace read back from a backup is all new objects, though most of its records usually equal the ones in use.
// Putting the records in use in place of their equal copies lets the rest of the store see what really changed: the
// change event names only the records that differ (views of the others keep their data and do not reload), and the
// encoder reuses the bytes it holds for them. Stamping compares values already, so sync sees no difference.
import type { Workspace } from '../domain/model';
import { sameJson } from '../domain/same-json';
import { LIST_NAMES } from './merge/sync-state';
import { byId } from './merge/stamp-changes';

type AnyRecord = Record<string, unknown>;
const LISTS = new Set<string>(LIST_NAMES);

/** `incoming` with every part and record that equals the one in `current` replaced by `current`'s object. */
export function shareUnchanged(current: Readonly<Workspace>, incoming: Workspace): Workspace {
  const before = current as unknown as Readonly<Record<string, unknown>>;
  const shared: Record<string, unknown> = { ...incoming };
  for (const [part, value] of Object.entries(incoming)) {
    const old = before[part];
    if (LISTS.has(part) && Array.isArray(value) && Array.isArray(old)) shared[part] = shareRecords(old as readonly AnyRecord[], value as AnyRecord[]);
    else if (sameJson(old, value)) shared[part] = old;
  }
  return shared as unknown as Workspace;
}

function shareRecords(before: readonly AnyRecord[], after: AnyRecord[]): readonly AnyRecord[] {
  const previous = byId(before);
  let whole = before.length === after.length;
  const records = after.map((record, index) => {
    const old = previous.get(record.id as string);
    const same = old !== undefined && sameJson(old, record);
    if (!same || before[index] !== old) whole = false;
    return same ? old : record;
  });
  return whole ? before : records;
}
