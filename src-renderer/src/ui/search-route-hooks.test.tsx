// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { replaceSearchRoute, useSearchPageShown, useSearchRouteFilters } from './search-route';

afterEach(() => {
  window.location.hash = '';
});

describe('the search address hooks', () => {
  it('redraw the app frame and the filters only when what they show changes, not for each letter typed', () => {
    window.location.hash = '#/search?q=a';
    let frameRenders = 0;
    let filterRenders = 0;
    const frame = renderHook(() => {
      frameRenders += 1;
      return useSearchPageShown();
    });
    const filters = renderHook(() => {
      filterRenders += 1;
      return useSearchRouteFilters();
    });
    expect(frame.result.current).toBe(true);
    expect(filters.result.current).toEqual({});
    const [framesBefore, filtersBefore, shownFilters] = [frameRenders, filterRenders, filters.result.current];

    act(() => replaceSearchRoute({ query: 'ag' }));
    act(() => replaceSearchRoute({ query: 'agile' }));
    expect(frameRenders).toBe(framesBefore);
    expect(filterRenders).toBe(filtersBefore);
    expect(filters.result.current).toBe(shownFilters);

    act(() => replaceSearchRoute({ query: 'agile', groupId: 'grp-east', year: 2023 }));
    expect(filters.result.current).toEqual({ groupId: 'grp-east', year: 2023 });
    expect(frameRenders).toBe(framesBefore);
  });

  it('say when the search page is left', () => {
    window.location.hash = '#/search';
    const frame = renderHook(() => useSearchPageShown());
    act(() => {
      window.location.hash = '';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(frame.result.current).toBe(false);
  });
});
