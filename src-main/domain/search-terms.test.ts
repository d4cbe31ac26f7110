import { describe, expect, it } from 'vitest';
import { allowedTypos, processSearchTerm, searchTermsOf, wordsOf } from './search-terms';

describe('searchTermsOf: the one fold for index, query and highlight', () => {
  it('ignores case and accents, but keeps æ, ø and å as letters of their own', () => {
    expect(searchTermsOf('RENÉ')).toEqual(['rene']);
    expect(searchTermsOf('Müller')).toEqual(['muller']);
    expect(searchTermsOf('Ærø')).toEqual(['ærø']);
    expect(searchTermsOf('Søren')).not.toEqual(searchTermsOf('Soren'));
    expect(searchTermsOf('Åse')).not.toEqual(searchTermsOf('Ase'));
    expect(searchTermsOf('æble')).not.toEqual(searchTermsOf('aeble'));
  });

  it('reads "aa" as "å", as old names and places are spelt', () => {
    expect(searchTermsOf('Aabenraa')).toEqual(['åbenrå']);
    expect(searchTermsOf('Åbenrå')).toEqual(['åbenrå']);
    expect(searchTermsOf('AAGE')).toEqual(searchTermsOf('Åge'));
    // Three a's: the first pair is one å, the third stays an a (Danish has no "aaa" otherwise).
    expect(searchTermsOf('aaa')).toEqual(['åa']);
  });

  it('keeps an å typed as a + combining ring (decomposed input) the same letter', () => {
    expect(searchTermsOf('Å'.normalize('NFD'))).toEqual(['å']);
    expect(searchTermsOf('å'.normalize('NFD') + 'se')).toEqual(searchTermsOf('åse'));
  });

  it('splits a term at punctuation inside it and drops empty ones', () => {
    expect(searchTermsOf('NIS2-forberedelse')).toEqual(['nis2', 'forberedelse']);
    expect(searchTermsOf('—')).toEqual([]);
    expect(processSearchTerm('...')).toBeNull();
    expect(processSearchTerm('Aarhus')).toBe('århus');
    expect(processSearchTerm('A/S')).toEqual(['a', 's']);
  });
});

describe('allowedTypos: light fuzziness', () => {
  it('allows none for short words, one from five letters, two from nine', () => {
    expect(allowedTypos('nis2')).toBe(0);
    expect(allowedTypos('agile')).toBe(1);
    expect(allowedTypos('kontrakter')).toBe(2);
  });
});

describe('wordsOf', () => {
  it('gives each word its place in the original text and its folded terms', () => {
    const text = 'Mødet i Aarhus, hos René.';
    const words = wordsOf(text);
    expect(words.map((word) => text.slice(word.start, word.end))).toEqual(['Mødet', 'i', 'Aarhus', 'hos', 'René']);
    expect(words[2]!.terms).toEqual(['århus']);
    expect(words[4]!.terms).toEqual(['rene']);
  });
});
