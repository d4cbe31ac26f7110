// Decisions for what a page may open: navigation stays inside the app, new windows never open,
// and only mail drafts and https links leave for the system's own programs.
import { isAppUrl, parseUrl } from './app-origin';

export function isAllowedNavigation(targetUrl: string, appBase: string): boolean {
  return isAppUrl(targetUrl, appBase);
}

const EXTERNAL_PROTOCOLS = new Set(['mailto:', 'https:']);

/** The URL to hand to shell.openExternal, normalised by the parser, or null when it must not leave the app. */
export function safeExternalUrl(raw: string): string | null {
  const url = parseUrl(raw);
  if (!url || !EXTERNAL_PROTOCOLS.has(url.protocol)) return null;
  // Credentials in a link are a phishing trick ("https://bank.dk@evil.example"), never something we open.
  if (url.username !== '' || url.password !== '') return null;
  if (url.protocol === 'https:' && url.hostname === '') return null;
  return url.href;
}
