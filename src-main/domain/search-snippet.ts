// The few words around a search hit, with the matched words marked, so a result reads in context.
import { wordsOf } from './search-terms';

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** How many characters a snippet shows around its first hit. */
export const SNIPPET_LENGTH = 180;

/**
 * Cuts `text` to about `length` characters around its first word whose folded form is one of `matchedTerms` (the
 * index's own terms that matched the query), marking every such word. A text without a hit keeps its beginning.
 * Cuts fall between words, and an ellipsis shows where text was left out.
 */
export function searchSnippet(text: string, matchedTerms: ReadonlySet<string>, length = SNIPPET_LENGTH): SnippetPart[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return [];
  const words = wordsOf(flat);
  const hits = words.filter((word) => word.terms.some((term) => matchedTerms.has(term)));
  const first = hits[0];
  let start = 0;
  if (first && flat.length > length) {
    // The hit about a third in, so the words leading up to it are read too.
    const wanted = Math.max(0, Math.min(first.start - Math.floor(length / 3), flat.length - length));
    start = wanted === 0 ? 0 : (words.find((word) => word.start >= wanted)?.start ?? first.start);
  }
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) {
    const lastWhole = words.filter((word) => word.end <= end && word.start >= start).at(-1);
    if (lastWhole && lastWhole.end > start) end = lastWhole.end;
  }
  const parts: SnippetPart[] = [];
  const push = (part: string, hit: boolean) => {
    if (part === '') return;
    const previous = parts.at(-1);
    if (previous && previous.hit === hit) previous.text += part;
    else parts.push({ text: part, hit });
  };
  if (start > 0) push('… ', false);
  let at = start;
  for (const word of hits) {
    if (word.start < start || word.end > end) continue;
    push(flat.slice(at, word.start), false);
    push(flat.slice(word.start, word.end), true);
    at = word.end;
  }
  push(flat.slice(at, end), false);
  if (end < flat.length) push(' …', false);
  return parts;
}
