// Keystroke search over members and speakers: every record is folded once into an index; each query only scans strings.
import type { Member, Speaker } from './model';
import { currentEmployment } from './people';
import { resorted } from './sorted-lists';

/**
 * Lower-case, accents removed (é → e, ü → u), but æ, ø and å kept as their own letters,
 * punctuation turned into single spaces, so "Søren-Å. Hansen" becomes "søren å hansen".
 */
export function foldText(value: string): string {
  return (
    value
      .toLowerCase()
      .normalize('NFD')
      // å decomposes into a + ring; put it back before the marks go, because å is a letter of its own in Danish.
      .replace(/a\u030A/g, 'å')
      .replace(/\p{M}/gu, '')
      .replace(/ß/g, 'ss')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

export interface PeopleSearchFields {
  name: string;
  organisations: readonly string[];
  topics: readonly string[];
}

/** A member is found by every organisation they have worked for, the current one first. */
export function memberSearchFields(member: Pick<Member, 'name' | 'employments'>): PeopleSearchFields {
  const current = currentEmployment(member)?.organisation;
  const others = member.employments.map((employment) => employment.organisation).filter((name) => name !== current);
  return { name: member.name, organisations: current === undefined ? others : [current, ...others], topics: [] };
}

export function speakerSearchFields(speaker: Pick<Speaker, 'name' | 'organisation' | 'topics'>): PeopleSearchFields {
  return { name: speaker.name, organisations: [speaker.organisation], topics: speaker.topics };
}

interface IndexedEntry<T> {
  item: T;
  /** Folded name, for "name starts with the query". */
  name: string;
  /** ' ' + folded name words, so ' ' + token finds a word prefix. */
  nameWords: string;
  /** ' ' + every folded word of every field. */
  allWords: string;
}

export interface PeopleIndex<T> {
  readonly size: number;
  /** Items matching every word of the query, best first: name prefix, name-word prefixes, word prefixes, anywhere. */
  search(query: string, limit?: number): T[];
}

const RANK_COUNT = 4;

/** Each index's entries in name order, so the next index of the same list can start from them. */
const entriesOfIndex = new WeakMap<PeopleIndex<unknown>, readonly IndexedEntry<unknown>[]>();

const collator = new Intl.Collator('da');
const byFoldedName = (a: IndexedEntry<unknown>, b: IndexedEntry<unknown>) => collator.compare(a.name, b.name);

/**
 * The index of `items`. `previous`, an index of an earlier version of the same list (a speaker since added, changed or
 * deleted), lends its folded entries and their order to every item that is still the same object: one change then
 * costs a binary search, not folding and sorting 5,000 records again.
 */
export function createPeopleIndex<T>(items: readonly T[], fieldsOf: (item: T) => PeopleSearchFields, previous?: PeopleIndex<T>): PeopleIndex<T> {
  const before = (previous && entriesOfIndex.get(previous)) as readonly IndexedEntry<T>[] | undefined;
  const known = new Map(before?.map((entry) => [entry.item, entry]));
  const entries = items.map((item): IndexedEntry<T> => {
    const reused = known.get(item);
    if (reused) return reused;
    const fields = fieldsOf(item);
    const name = foldText(fields.name);
    const rest = [...fields.organisations, ...fields.topics].map(foldText).filter((text) => text !== '');
    return { item, name, nameWords: ` ${name}`, allWords: ` ${[name, ...rest].join(' ')}` };
  });
  // Sorted once here, so every result bucket below is already in name order.
  const sorted = resorted(before ?? null, entries, byFoldedName);

  const index: PeopleIndex<T> = {
    size: sorted.length,
    search(query, limit = Number.POSITIVE_INFINITY) {
      const folded = foldText(query);
      if (folded === '') return sorted.slice(0, limit).map((entry) => entry.item);
      const tokens = folded.split(' ');
      const buckets: T[][] = Array.from({ length: RANK_COUNT }, () => []);
      for (const entry of sorted) {
        if (!tokens.every((token) => entry.allWords.includes(token))) continue;
        buckets[rankOf(entry, folded, tokens)]?.push(entry.item);
      }
      return buckets.flat().slice(0, limit);
    },
  };
  entriesOfIndex.set(index, sorted);
  return index;
}

/**
 * Indexes each new version of a list from the index of the version before: a list where one person was saved folds
 * only that person. For a view that keeps the function across renders.
 */
export function indexEachVersion<T>(fieldsOf: (item: T) => PeopleSearchFields): (items: readonly T[]) => PeopleIndex<T> {
  let last: PeopleIndex<T> | undefined;
  return (items) => (last = createPeopleIndex(items, fieldsOf, last));
}

function rankOf(entry: IndexedEntry<unknown>, folded: string, tokens: readonly string[]): number {
  if (entry.name.startsWith(folded)) return 0;
  if (tokens.every((token) => entry.nameWords.includes(` ${token}`))) return 1;
  if (tokens.every((token) => entry.allWords.includes(` ${token}`))) return 2;
  return 3;
}
