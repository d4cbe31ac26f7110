import { describe, expect, it } from 'vitest';
import { alignedChanges } from './aligned-changes';

const records = (ids: readonly string[]) => ids.map((id) => ({ id, notes: '' }));

describe('alignedChanges', () => {
  const before = records(['a', 'b', 'c', 'd']);

  it('names the positions that hold another object with the same id', () => {
    const after = [before[0]!, { ...before[1]!, notes: 'ny' }, before[2]!, { ...before[3]!, notes: 'ny' }];
    expect(alignedChanges(before, after)).toEqual([1, 3]);
  });

  it('names no position for another list holding the same objects', () => {
    expect(alignedChanges(before, [...before])).toEqual([]);
  });

  it('gives up when a record was added, removed, moved or given another id', () => {
    expect(alignedChanges(before, [...before, { id: 'e', notes: '' }])).toBeNull();
    expect(alignedChanges(before, before.slice(1))).toBeNull();
    expect(alignedChanges(before, [before[1]!, before[0]!, before[2]!, before[3]!])).toBeNull();
    expect(alignedChanges(before, [before[0]!, { id: 'x', notes: '' }, before[2]!, before[3]!])).toBeNull();
  });

  it('gives up when a changed record is not the first with its id, so callers keep the rule of the first', () => {
    const twice = records(['a', 'b', 'a']);
    expect(alignedChanges(twice, [twice[0]!, twice[1]!, { id: 'a', notes: 'ny' }])).toBeNull();
    expect(alignedChanges(twice, [{ id: 'a', notes: 'ny' }, twice[1]!, twice[2]!])).toEqual([0]);
  });

  it('gives up past sixteen changed records, where comparing by id costs no more', () => {
    const many = records(Array.from({ length: 40 }, (_, index) => `r${index}`));
    const changed = (count: number) => many.map((record, index) => (index < count ? { ...record, notes: 'ny' } : record));
    expect(alignedChanges(many, changed(16))).toHaveLength(16);
    expect(alignedChanges(many, changed(17))).toBeNull();
  });
});
