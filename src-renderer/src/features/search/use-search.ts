// The search page's state: what is typed (shown at once), the query sent, the filters from the address, and the latest
// answer (kept on screen while the next one is on its way, so results never blink away).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { InputOf } from '../../../../src-main/api/contract';
import type { SearchAnswer } from '../../../../src-main/api/operations/search';
import { confidentialitySchema } from '../../../../src-main/domain/minutes-model';
import { SEARCH_KINDS, type SearchKind } from '../../../../src-main/domain/search-documents';
import { parseSearchRoute, replaceSearchRoute, type SearchRoute, type SearchRouteFilters } from '../../ui/search-route';
import { useApiQuery } from '../../use-api-query';

export type SearchInput = InputOf<'search.run'>;

/** The filters of an address as the operation takes them; anything an address could carry that it would refuse is dropped. */
export function searchInputOf(route: SearchRoute, query: string): SearchInput {
  const kind = SEARCH_KINDS.find((candidate) => candidate === route.kind) as SearchKind | undefined;
  const level = confidentialitySchema.safeParse(route.level);
  return {
    query: query.slice(0, 200),
    ...(route.groupId && /^[A-Za-z0-9_-]{1,64}$/.test(route.groupId) ? { groupId: route.groupId } : {}),
    ...(route.year !== undefined && route.year >= 1900 && route.year <= 2200 ? { year: route.year } : {}),
    ...(kind ? { kind } : {}),
    ...(level.success ? { level: level.data } : {}),
  };
}

/** The filters as the operation takes them. */
export type SearchInputFilters = Omit<SearchInput, 'query'>;

export interface SearchState {
  text: string;
  setText: (text: string) => void;
  filters: SearchInputFilters;
  setFilters: (filters: SearchRouteFilters) => void;
  answer: SearchAnswer | undefined;
  /** True while the answer shown is not yet the one for what is typed. */
  pending: boolean;
  error: unknown;
}

/** `filters`: the address's, which change only when a filter does (the query typed is this hook's own state). */
export function useSearch(filters: SearchRouteFilters): SearchState {
  const [text, setText] = useState(() => parseSearchRoute(window.location.hash)?.query ?? '');
  // One question on its way at a time, and no pause before it: a letter typed while the index answers waits for that
  // answer, then the box's latest text is sent. Each letter's results come as soon as the index can give them, and a
  // burst (a held key, fast typing) asks once per answer, not once per letter.
  const [sent, setSent] = useState(text);
  const filtersKey = JSON.stringify(searchInputOf({ ...filters, query: '' }, ''));
  const inputFilters = useMemo(() => {
    const { query: _query, ...rest } = JSON.parse(filtersKey) as SearchInput;
    return rest;
  }, [filtersKey]);
  const input = useMemo(() => ({ ...inputFilters, query: sent.slice(0, 200) }), [inputFilters, sent]);
  // The index answers for every group: any saved change may change the hits shown.
  const query = useApiQuery('search.run', input, (event) => event.type === 'groupChanged' || event.type === 'groupsChanged');
  if (text !== sent && (!query.loading || text === '')) setSent(text);
  const [lastAnswer, setLastAnswer] = useState(query.data);
  if (query.data && query.data !== lastAnswer) setLastAnswer(query.data);
  // The filters keep what is typed, even a letter not sent yet; a ref, so the filters need not redraw per letter.
  const typed = useRef(text);
  useEffect(() => {
    typed.current = text;
  }, [text]);
  const setFilters = useCallback((next: SearchRouteFilters) => replaceSearchRoute({ ...next, query: typed.current }), []);

  // The address follows what was sent, in place; an address set from elsewhere (the command palette, Back) arrives
  // as a hashchange and changes the box.
  useEffect(() => {
    if (parseSearchRoute(window.location.hash)?.query === sent) return;
    replaceSearchRoute({ ...(parseSearchRoute(window.location.hash) ?? { query: '' }), query: sent });
  }, [sent]);
  useEffect(() => {
    const follow = () => {
      const next = parseSearchRoute(window.location.hash);
      if (next) setText(next.query);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  return {
    text,
    setText,
    filters: inputFilters,
    setFilters,
    answer: query.data ?? lastAnswer,
    pending: text !== sent || query.loading,
    error: query.error,
  };
}
