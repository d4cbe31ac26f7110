// The search page's state: what is typed (shown at once), the query sent after a short pause, the filters from the
// address, and the latest answer (kept on screen while the next one is on its way, so results never blink away).
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { InputOf } from '../../../../src-main/api/contract';
import type { SearchAnswer } from '../../../../src-main/api/operations/search';
import { confidentialitySchema } from '../../../../src-main/domain/minutes-model';
import { SEARCH_KINDS, type SearchKind } from '../../../../src-main/domain/search-documents';
import { parseSearchRoute, replaceSearchRoute, type SearchRoute } from '../../ui/search-route';
import { useApiQuery } from '../../use-api-query';

/** Long enough to skip the keystrokes of a burst (a paste, a held key), short enough that results follow each letter. */
const TYPING_PAUSE_MS = 30;

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

export interface SearchState {
  text: string;
  setText: (text: string) => void;
  input: SearchInput;
  setFilters: (filters: Omit<SearchRoute, 'query'>) => void;
  answer: SearchAnswer | undefined;
  /** True while the answer shown is not yet the one for what is typed. */
  pending: boolean;
  error: unknown;
}

export function useSearch(route: SearchRoute): SearchState {
  const [text, setText] = useState(route.query);
  const [sent] = useDebouncedValue(text, TYPING_PAUSE_MS);
  const input = searchInputOf(route, sent);
  // The index answers for every group: any saved change may change the hits shown.
  const query = useApiQuery('search.run', input, (event) => event.type === 'groupChanged' || event.type === 'groupsChanged');
  const [lastAnswer, setLastAnswer] = useState(query.data);
  if (query.data && query.data !== lastAnswer) setLastAnswer(query.data);

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
    input,
    setFilters: (filters) => replaceSearchRoute({ ...filters, query: text }),
    answer: query.data ?? lastAnswer,
    pending: text !== sent || query.loading,
    error: query.error,
  };
}
