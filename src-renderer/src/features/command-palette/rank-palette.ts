// The palette's one ranking rule: which entries match a query, best first, grouped by kind and limited.
// Matching ignores case and accents, and treats æ/ø/å as their spellings on a keyboard without them ("ae"/"oe"/"aa",
// or "a"/"o"/"a"), so "nyt mode", "nyt moede" and "nyt møde" all find "Nyt møde".
import { foldText } from '../../../../src-main/domain/people-search';

export const PALETTE_KINDS = ['command', 'page', 'group', 'member', 'speaker', 'meeting', 'action'] as const;
export type PaletteKind = (typeof PALETTE_KINDS)[number];

export interface PaletteEntry {
  id: string;
  kind: PaletteKind;
  label: string;
  /** Other words that find the entry (an organisation, a group's name, synonyms), weaker than the label. */
  keywords?: readonly string[];
}

export interface RankedGroup<E extends PaletteEntry> {
  kind: PaletteKind;
  entries: E[];
}

export interface RankLimits {
  perKind: number;
  total: number;
}

/** How well an entry matches, lower is better; undefined: no match. */
export const MATCH = {
  exact: 0,
  labelPrefix: 1,
  labelWordPrefixes: 2,
  wordPrefixes: 3,
  anywhere: 4,
} as const;

/** The two keyboard spellings of a folded text: Danish letters written out, and Danish letters without their marks. */
function spellings(folded: string): [string, string] {
  const writtenOut = folded.replaceAll('æ', 'ae').replaceAll('ø', 'oe').replaceAll('å', 'aa');
  const unmarked = folded.replaceAll('æ', 'a').replaceAll('ø', 'o').replaceAll('å', 'a');
  return [writtenOut, unmarked];
}

function scoreIn(query: string, label: string, rest: string): number | undefined {
  const tokens = query.split(' ');
  const labelWords = ` ${label}`;
  const allWords = ` ${label} ${rest}`;
  if (!tokens.every((token) => allWords.includes(token))) return undefined;
  if (label === query) return MATCH.exact;
  if (label.startsWith(query)) return MATCH.labelPrefix;
  if (tokens.every((token) => labelWords.includes(` ${token}`))) return MATCH.labelWordPrefixes;
  if (tokens.every((token) => allWords.includes(` ${token}`))) return MATCH.wordPrefixes;
  return MATCH.anywhere;
}

type Forms = readonly [string, string];

/**
 * An entry's folded label and keywords in both spellings, worked out once per entry object: the palette's entries are
 * built once per list of groups, members and speakers, and each keystroke then compares only (thousands of entries;
 * folding all of them again took most of a keystroke's 80-100 ms).
 */
const entryFormsCache = new WeakMap<Pick<PaletteEntry, 'label' | 'keywords'>, { label: Forms; rest: Forms }>();

function entryForms(entry: Pick<PaletteEntry, 'label' | 'keywords'>): { label: Forms; rest: Forms } {
  let forms = entryFormsCache.get(entry);
  if (forms === undefined) {
    forms = { label: spellings(foldText(entry.label)), rest: spellings(foldText((entry.keywords ?? []).join(' '))) };
    entryFormsCache.set(entry, forms);
  }
  return forms;
}

function scoreForms(queryForms: Forms, entry: Pick<PaletteEntry, 'label' | 'keywords'>): number | undefined {
  const { label, rest } = entryForms(entry);
  let best: number | undefined;
  for (const form of [0, 1] as const) {
    const score = scoreIn(queryForms[form], label[form], rest[form]);
    if (score !== undefined && (best === undefined || score < best)) best = score;
  }
  return best;
}

/** The best score of `entry` for `query` under either spelling, or undefined when the query does not match. */
export function matchScore(query: string, entry: Pick<PaletteEntry, 'label' | 'keywords'>): number | undefined {
  const foldedQuery = foldText(query);
  return foldedQuery === '' ? undefined : scoreForms(spellings(foldedQuery), entry);
}

const collator = new Intl.Collator('da');

/**
 * The entries matching `query`, best first within each kind; the kinds ordered by their best entry (ties in the order
 * of PALETTE_KINDS), each cut to `perKind` and all together to `total`. An empty query keeps the given order.
 */
export function rankPalette<E extends PaletteEntry>(query: string, entries: readonly E[], limits: RankLimits): RankedGroup<E>[] {
  const foldedQuery = foldText(query);
  const blank = foldedQuery === '';
  const queryForms = spellings(foldedQuery);
  const scored: { entry: E; score: number }[] = [];
  for (const entry of entries) {
    const score = blank ? 0 : scoreForms(queryForms, entry);
    if (score !== undefined) scored.push({ entry, score });
  }
  if (!blank) {
    scored.sort((a, b) => a.score - b.score || a.entry.label.length - b.entry.label.length || collator.compare(a.entry.label, b.entry.label));
  }
  const byKind = new Map<PaletteKind, { best: number; entries: E[] }>();
  for (const { entry, score } of scored) {
    const group = byKind.get(entry.kind) ?? { best: score, entries: [] };
    if (group.entries.length < limits.perKind) group.entries.push(entry);
    byKind.set(entry.kind, group);
  }
  const ordered = [...byKind.entries()].sort(([kindA, a], [kindB, b]) => a.best - b.best || PALETTE_KINDS.indexOf(kindA) - PALETTE_KINDS.indexOf(kindB));
  const result: RankedGroup<E>[] = [];
  let room = limits.total;
  for (const [kind, group] of ordered) {
    if (room <= 0) break;
    const kept = group.entries.slice(0, room);
    room -= kept.length;
    result.push({ kind, entries: kept });
  }
  return result;
}
