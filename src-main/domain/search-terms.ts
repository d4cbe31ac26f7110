// Danish-aware matching for the search across groups and years: one fold for the index, the query and the snippet's
// highlights, so a word is found and marked by exactly the same rule.
import { foldText } from './people-search';

/**
 * The fold, remembered per distinct word. A group's memory repeats its vocabulary thousands of times, and the fold
 * (Unicode decomposition and four replacements) is most of the cost of indexing a word and of marking a snippet's hits.
 */
const foldedWords = new Map<string, readonly string[]>();
const MAX_REMEMBERED_WORDS = 200_000;

/**
 * One word as the search compares it: lower case, accents gone (é → e, ü → u), æ, ø and å kept as letters of their
 * own, and "aa" read as "å" because old names and places keep the old spelling (Aabenraa = Åbenrå, Aage = Åge).
 * Returns the words the input holds after folding (punctuation inside it splits it), or none for an empty word.
 */
export function searchTermsOf(word: string): readonly string[] {
  let terms = foldedWords.get(word);
  if (terms === undefined) {
    if (foldedWords.size >= MAX_REMEMBERED_WORDS) foldedWords.clear();
    const folded = foldText(word).replace(/aa/g, 'å');
    terms = folded === '' ? [] : folded.split(' ');
    foldedWords.set(word, terms);
  }
  return terms;
}

/** MiniSearch's processTerm: one term in, its folded form (or several, or nothing) out. */
export function processSearchTerm(term: string): string | string[] | null {
  const terms = searchTermsOf(term);
  if (terms.length === 0) return null;
  return terms.length === 1 ? terms[0]! : [...terms];
}

/** How far a typed word may be from an indexed one: none for short words (too many neighbours), one edit from five letters, two from nine. */
export function allowedTypos(term: string): number {
  if (term.length < 5) return 0;
  return term.length < 9 ? 1 : 2;
}

/** The words of a text with where each one stands, for marking the matched ones in a snippet. */
export interface WordSpan {
  start: number;
  end: number;
  terms: readonly string[];
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export function wordsOf(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    spans.push({ start: match.index, end: match.index + match[0].length, terms: searchTermsOf(match[0]) });
  }
  return spans;
}
