import { describe, expect, it } from 'vitest';
import { MATCH, matchScore, rankPalette, type PaletteEntry } from './rank-palette';

const entry = (kind: PaletteEntry['kind'], label: string, keywords: string[] = []): PaletteEntry => ({ id: `${kind}:${label}`, kind, label, keywords });
const labels = (groups: ReturnType<typeof rankPalette>) => groups.map((group) => [group.kind, group.entries.map((item) => item.label)]);

describe('matchScore', () => {
  it('ranks an exact label over a label prefix over word prefixes over a match anywhere', () => {
    expect(matchScore('referat', entry('page', 'Referat'))).toBe(MATCH.exact);
    expect(matchScore('referat', entry('page', 'Referater'))).toBe(MATCH.labelPrefix);
    expect(matchScore('bech', entry('member', 'Lars Bech'))).toBe(MATCH.labelWordPrefixes);
    expect(matchScore('holmby', entry('member', 'Lars Bech', ['Holmby Kommune']))).toBe(MATCH.wordPrefixes);
    expect(matchScore('ech', entry('member', 'Lars Bech'))).toBe(MATCH.anywhere);
    expect(matchScore('xyz', entry('member', 'Lars Bech'))).toBeUndefined();
  });

  it('needs every word of the query, in any order', () => {
    expect(matchScore('bech lars', entry('member', 'Lars Bech'))).toBe(MATCH.labelWordPrefixes);
    expect(matchScore('lars jensen', entry('member', 'Lars Bech'))).toBeUndefined();
  });

  it('matches æ, ø and å written out or without marks, and ignores accents and case', () => {
    for (const query of ['nyt møde', 'NYT MØDE', 'nyt moede', 'nyt mode']) expect(matchScore(query, entry('command', 'Nyt møde'))).toBe(MATCH.exact);
    expect(matchScore('aarhus', entry('meeting', 'Århus'))).toBe(MATCH.exact);
    expect(matchScore('arhus', entry('meeting', 'Århus'))).toBe(MATCH.exact);
    expect(matchScore('baek', entry('member', 'Morten Bæk'))).toBe(MATCH.labelWordPrefixes);
    expect(matchScore('rene', entry('member', 'René Ørsted'))).toBe(MATCH.labelPrefix);
    expect(matchScore('orsted', entry('member', 'René Ørsted'))).toBe(MATCH.labelWordPrefixes);
  });

  it('finds nothing for a blank query or punctuation only', () => {
    expect(matchScore('', entry('page', 'Møder'))).toBeUndefined();
    expect(matchScore(' -. ', entry('page', 'Møder'))).toBeUndefined();
  });
});

describe('rankPalette', () => {
  const entries = [
    entry('page', 'Referater'),
    entry('command', 'Referat af seneste møde'),
    entry('command', 'Nyt møde'),
    entry('member', 'Lars Bech', ['Holmby Kommune']),
    entry('member', 'Anne Larsen'),
    entry('speaker', 'Karl Larsson'),
    entry('action', 'Send referat til Lars'),
  ];

  it('puts the kind with the best match first, and word prefixes before matches inside a word', () => {
    expect(labels(rankPalette('lars', entries, { perKind: 5, total: 20 }))).toEqual([
      ['member', ['Lars Bech', 'Anne Larsen']],
      ['speaker', ['Karl Larsson']],
      ['action', ['Send referat til Lars']],
    ]);
  });

  it('finds the command and the page for "referat", the shorter label first on a tie', () => {
    expect(labels(rankPalette('referat', entries, { perKind: 5, total: 20 }))).toEqual([
      ['command', ['Referat af seneste møde']],
      ['page', ['Referater']],
      ['action', ['Send referat til Lars']],
    ]);
    expect(labels(rankPalette('nyt møde', entries, { perKind: 5, total: 20 }))[0]).toEqual(['command', ['Nyt møde']]);
  });

  it('cuts each kind and the whole list to their limits', () => {
    const many = Array.from({ length: 12 }, (_, index) => entry('member', `Lars ${String(index).padStart(2, '0')}`));
    const ranked = rankPalette('lars', [...many, entry('speaker', 'Lars Speaker')], { perKind: 4, total: 5 });
    expect(ranked.map((group) => [group.kind, group.entries.length])).toEqual([
      ['member', 4],
      ['speaker', 1],
    ]);
    expect(rankPalette('lars', many, { perKind: 10, total: 3 }).flatMap((group) => group.entries)).toHaveLength(3);
  });

  it('keeps the given order for an empty query, grouped by kind', () => {
    expect(labels(rankPalette('  ', entries.slice(0, 3), { perKind: 5, total: 20 }))).toEqual([
      ['command', ['Referat af seneste møde', 'Nyt møde']],
      ['page', ['Referater']],
    ]);
  });
});
