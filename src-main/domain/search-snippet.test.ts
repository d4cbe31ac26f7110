import { describe, expect, it } from 'vitest';
import { searchSnippet } from './search-snippet';

const marked = (parts: ReturnType<typeof searchSnippet>) => parts.map((part) => (part.hit ? `[${part.text}]` : part.text)).join('');

describe('searchSnippet', () => {
  it('marks every word whose folded form matched, whatever its spelling in the text', () => {
    expect(marked(searchSnippet('Næste møde i Aarhus; Århus er fin.', new Set(['århus'])))).toBe('Næste møde i [Aarhus]; [Århus] er fin.');
  });

  it('keeps a short text whole, on one line', () => {
    expect(marked(searchSnippet('Agile\n\nkontrakter  virker', new Set(['kontrakter'])))).toBe('Agile [kontrakter] virker');
  });

  it('cuts a long text around its first hit, between words, with ellipses', () => {
    const filler = Array.from({ length: 60 }, (_, index) => `ord${index}`).join(' ');
    const text = `${filler} agile kontrakter ${filler}`;
    const parts = searchSnippet(text, new Set(['agile']), 80);
    const snippet = marked(parts);
    expect(snippet.startsWith('… ord')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet).toContain('[agile] kontrakter');
    expect(parts.map((part) => part.text).join('').length).toBeLessThanOrEqual(80 + '… '.length + ' …'.length);
    // Every word shown is a whole word of the text.
    const shown = snippet.replace(/[[\]…]/g, '').trim().split(' ');
    for (const word of shown) expect(text.split(' ')).toContain(word);
  });

  it('shows the beginning of a text without a hit, and nothing for an empty text', () => {
    expect(marked(searchSnippet('Intet her', new Set(['andet'])))).toBe('Intet her');
    expect(searchSnippet('   ', new Set(['x']))).toEqual([]);
  });
});
