// Where two versions of one list of records differ, found by position when they line up. A save changes one or a few
// records in place, and the store's updates share every other record object with the state before (immer), so the
// changed records are the positions holding another object; comparing by position costs one look per record instead
// of a map of all ids (5,000 speakers in a long-lived group) built for each save. Used by the change event and the
// sync stamps alike, which fall back to comparing by id when the lists do not line up.

/** More changed positions than this and comparing by id is as cheap as checking that each is the first of its id. */
const MOST_ALIGNED_CHANGES = 16;

/**
 * The positions at which `after` holds another object than `before`, when the lists line up record for record: the
 * same length, and at each such position a record with the same id as before, the first record with that id in the
 * list. Null when they do not (a record added, removed or moved, an id changed, or many records changed).
 */
export function alignedChanges(before: readonly { readonly id?: unknown }[], after: readonly { readonly id?: unknown }[]): number[] | null {
  if (before.length !== after.length) return null;
  const changed: number[] = [];
  for (let index = 0; index < after.length; index += 1) {
    if (before[index] === after[index]) continue;
    if (changed.length === MOST_ALIGNED_CHANGES || before[index]?.id !== after[index]?.id) return null;
    changed.push(index);
  }
  // Every position holds the same id in both lists now, so one list tells whether an earlier record has the id.
  return changed.every((index) => isFirstWithItsId(before, index)) ? changed : null;
}

function isFirstWithItsId(records: readonly { readonly id?: unknown }[], index: number): boolean {
  const id = records[index]?.id;
  for (let earlier = 0; earlier < index; earlier += 1) if (records[earlier]?.id === id) return false;
  return true;
}
