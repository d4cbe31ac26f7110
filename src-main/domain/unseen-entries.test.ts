import { describe, expect, it } from 'vitest';
import { entryKeys, withUnseenEntries, type MinutesEntries } from './unseen-entries';

type Entry = { id: string; text: string };
type Entries = MinutesEntries<Entry, Entry, Entry>;

function entries(partial: Partial<Entries> = {}): Entries {
  return { notes: [], decisions: [], checkInRound: [], closingRound: [], actions: [], ...partial };
}

const line = (memberId: string, text: string) => ({ memberId, text, level: 'room' as const });

describe('entryKeys', () => {
  it('names each entry by kind and id, and a round line only once it holds words', () => {
    const keys = entryKeys(
      entries({
        notes: [{ id: 'n1', text: '' }],
        decisions: [{ id: 'd1', text: 'x' }],
        actions: [{ id: 'a1', text: 'y' }],
        checkInRound: [line('m1', 'hej'), line('m2', '  ')],
        closingRound: [line('m1', 'tak')],
      }),
    );
    expect(keys.sort()).toEqual(['actions:a1', 'checkInRound:m1', 'closingRound:m1', 'decisions:d1', 'notes:n1']);
  });
});

describe('withUnseenEntries', () => {
  it('returns the draft itself when the stored entries hold nothing new', () => {
    const draft = entries({ decisions: [{ id: 'd1', text: 'x' }] });
    expect(withUnseenEntries(draft, draft, new Set(entryKeys(draft)))).toBe(draft);
  });

  it('keeps a decision captured elsewhere that the editor never saw, after its own entries', () => {
    const draft = entries({ decisions: [{ id: 'd1', text: 'mine' }] });
    const stored = entries({ decisions: [{ id: 'd2', text: 'captured live' }, { id: 'd1', text: 'older' }] });
    const merged = withUnseenEntries(draft, stored, new Set(['decisions:d1']));
    expect(merged.decisions).toEqual([{ id: 'd1', text: 'mine' }, { id: 'd2', text: 'captured live' }]);
  });

  it('lets a removal stand: an entry the editor saw and no longer holds stays removed', () => {
    const draft = entries();
    const stored = entries({ actions: [{ id: 'a1', text: 'removed on purpose' }] });
    expect(withUnseenEntries(draft, stored, new Set(['actions:a1'])).actions).toEqual([]);
  });

  it('fills a member’s empty round line with a line said elsewhere, and keeps the editor’s own words', () => {
    const draft = entries({ checkInRound: [line('m1', ''), line('m2', 'my words')] });
    const stored = entries({ checkInRound: [line('m1', 'from live mode'), line('m2', 'their words')] });
    const merged = withUnseenEntries(draft, stored, new Set());
    expect(merged.checkInRound).toEqual([line('m1', 'from live mode'), line('m2', 'my words')]);
  });

  it('adds the line of a member the editor does not list, and leaves a seen, emptied line empty', () => {
    const draft = entries({ closingRound: [line('m1', '')] });
    const stored = entries({ closingRound: [line('m1', 'cleared by the editor'), line('m9', 'a former member')] });
    const merged = withUnseenEntries(draft, stored, new Set(['closingRound:m1']));
    expect(merged.closingRound).toEqual([line('m1', ''), line('m9', 'a former member')]);
  });
});
