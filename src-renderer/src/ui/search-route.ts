// The search page's address: #/search?q=…&group=…&year=…&kind=…&level=…, so anything (the header, Ctrl+Shift+F, the
// command palette) can open it with a query, a reload keeps it, and Back returns to the results after opening one.
import { useMemo, useSyncExternalStore } from 'react';

export interface SearchRoute {
  query: string;
  groupId?: string;
  year?: number;
  kind?: string;
  level?: string;
}

/** The address's filters, without the words typed. */
export type SearchRouteFilters = Omit<SearchRoute, 'query'>;

const PREFIX = '#/search';

export function parseSearchRoute(hash: string): SearchRoute | null {
  if (hash !== PREFIX && !hash.startsWith(`${PREFIX}?`)) return null;
  const params = new URLSearchParams(hash.slice(PREFIX.length + 1));
  const year = Number(params.get('year'));
  return {
    query: params.get('q') ?? '',
    ...(params.get('group') ? { groupId: params.get('group')! } : {}),
    ...(Number.isInteger(year) && year > 0 ? { year } : {}),
    ...(params.get('kind') ? { kind: params.get('kind')! } : {}),
    ...(params.get('level') ? { level: params.get('level')! } : {}),
  };
}

export function searchHash(route: SearchRoute): string {
  const params = new URLSearchParams();
  if (route.query !== '') params.set('q', route.query);
  if (route.groupId) params.set('group', route.groupId);
  if (route.year !== undefined) params.set('year', String(route.year));
  if (route.kind) params.set('kind', route.kind);
  if (route.level) params.set('level', route.level);
  const query = params.toString();
  return query === '' ? PREFIX : `${PREFIX}?${query}`;
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
  };
}

/** The filters in the address, written without the query: the same text for as long as only the typed words change. */
const currentFilters = () => {
  const route = parseSearchRoute(window.location.hash);
  return route ? searchHash({ ...route, query: '' }) : '';
};

/**
 * The search page's filters in the address. The address follows every letter typed; only a change of the filters
 * re-renders the caller.
 */
export function useSearchRouteFilters(): SearchRouteFilters {
  const filters = useSyncExternalStore(subscribe, currentFilters, () => '');
  return useMemo(() => {
    const { query: _query, ...rest } = parseSearchRoute(filters) ?? { query: '' };
    return rest;
  }, [filters]);
}

const searchPageShown = () => parseSearchRoute(window.location.hash) !== null;

/**
 * Whether the search page is shown. Only this answer re-renders the caller: the app's frame must not redraw for every
 * letter the address takes while the facilitator types.
 */
export function useSearchPageShown(): boolean {
  return useSyncExternalStore(subscribe, searchPageShown, () => false);
}

function notify(): void {
  for (const listener of [...listeners]) listener();
}

/** Opens the search page (a new history entry), keeping the query and filters shown if it is open already. */
export function openSearch(route?: SearchRoute): void {
  const next = searchHash(route ?? parseSearchRoute(window.location.hash) ?? { query: '' });
  if (window.location.hash !== next) window.location.hash = next;
}

/** Changes the query or filters in place: typing does not add a history entry per keystroke. */
export function replaceSearchRoute(route: SearchRoute): void {
  const next = searchHash(route);
  if (window.location.hash === next) return;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${next}`);
  notify();
}

/** Leaves the search page for another one (a new history entry, so Back returns to the results). */
export function leaveSearch(): void {
  if (parseSearchRoute(window.location.hash) === null) return;
  window.location.hash = '';
}
