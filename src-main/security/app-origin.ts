// Where our own pages live: the privileged app:// scheme when packaged, the electron-vite dev server in development.
export const APP_SCHEME = 'app';
export const APP_HOST = 'netvaerk';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * True when `candidate` is a page of ours: same scheme, host and port as `appBase`.
 * Compared field by field because `URL.origin` is "null" for non-special schemes such as app://.
 */
export function isAppUrl(candidate: string, appBase: string): boolean {
  const target = parseUrl(candidate);
  const base = parseUrl(appBase);
  if (!target || !base) return false;
  return target.protocol === base.protocol && target.host === base.host && target.username === '' && target.password === '';
}

export function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
