import { describe, expect, it } from 'vitest';
import { parseSearchRoute, searchHash } from './search-route';

describe('the search page address', () => {
  it('reads the query and filters, and writes them back the same', () => {
    const route = { query: 'agile kontrakter', groupId: 'grp-east', year: 2023, kind: 'decision', level: 'room' };
    expect(parseSearchRoute(searchHash(route))).toEqual(route);
    expect(searchHash({ query: 'Åbenrå & co' })).toBe('#/search?q=%C3%85benr%C3%A5+%26+co');
    expect(parseSearchRoute('#/search?q=%C3%85benr%C3%A5+%26+co')).toEqual({ query: 'Åbenrå & co' });
  });

  it('opens empty without a query, and is not the search page for other addresses', () => {
    expect(searchHash({ query: '' })).toBe('#/search');
    expect(parseSearchRoute('#/search')).toEqual({ query: '' });
    expect(parseSearchRoute('')).toBeNull();
    expect(parseSearchRoute('#/present/g/m')).toBeNull();
    expect(parseSearchRoute('#/searching')).toBeNull();
    expect(parseSearchRoute('#token=abc')).toBeNull();
  });

  it('drops a year that is not a year', () => {
    expect(parseSearchRoute('#/search?q=x&year=abc')).toEqual({ query: 'x' });
  });
});
