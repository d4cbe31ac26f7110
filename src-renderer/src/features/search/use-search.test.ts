import { describe, expect, it } from 'vitest';
import { searchInputOf } from './use-search';

describe('searchInputOf', () => {
  it('keeps the filters the operation takes', () => {
    expect(searchInputOf({ query: 'x', groupId: 'grp-1', year: 2023, kind: 'decision', level: 'room' }, 'agile')).toEqual({
      query: 'agile',
      groupId: 'grp-1',
      year: 2023,
      kind: 'decision',
      level: 'room',
    });
  });

  it('drops what an edited address carries that the operation would refuse', () => {
    expect(searchInputOf({ query: '', groupId: '../etc', year: 12, kind: 'password', level: 'secret' }, 'a'.repeat(300))).toEqual({ query: 'a'.repeat(200) });
  });
});
