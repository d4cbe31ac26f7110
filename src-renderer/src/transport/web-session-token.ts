// The web host's per-launch token: read once from the link's `#token=` fragment, kept for reloads, hidden from the URL.
const STORAGE_KEY = 'netvaerk.webToken';

export interface TokenSources {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  history: Pick<History, 'replaceState' | 'state'>;
}

export function takeSessionToken({ location, storage, history }: TokenSources): string | null {
  const fromFragment = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromFragment) {
    storage.setItem(STORAGE_KEY, fromFragment);
    // The token must not linger in the address bar, bookmarks or screenshots.
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    return fromFragment;
  }
  return storage.getItem(STORAGE_KEY);
}
