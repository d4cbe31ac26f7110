// Navigation stays inside the app; only mailto: and https: links leave, and only in a parsed, clean form.
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from './app-origin';
import { isAllowedNavigation, safeExternalUrl } from './navigation';

describe('isAllowedNavigation', () => {
  it('allows our own pages', () => {
    expect(isAllowedNavigation('app://netvaerk/index.html#/groups/1', APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation('app://netvaerk/other', APP_ENTRY_URL)).toBe(true);
  });

  it('denies everything else', () => {
    for (const url of ['https://example.com', 'http://netvaerk/', 'file:///C:/Windows', 'app://netvaerk.evil/', 'javascript:alert(1)', 'data:text/html,x', '']) {
      expect(isAllowedNavigation(url, APP_ENTRY_URL), url).toBe(false);
    }
  });

  it('compares scheme and host even though app:// URLs have an opaque origin', () => {
    expect(new URL(APP_ENTRY_URL).origin).toBe('null');
    expect(isAppUrl('app://netvaerk/x', 'app://netvaerk/')).toBe(true);
    expect(isAppUrl('app://x/x', 'app://netvaerk/')).toBe(false);
  });
});

describe('safeExternalUrl', () => {
  it('lets mail drafts and https links through, normalised', () => {
    expect(safeExternalUrl('mailto:anna@example.dk?subject=M%C3%B8de')).toBe('mailto:anna@example.dk?subject=M%C3%B8de');
    expect(safeExternalUrl('HTTPS://Example.com/a b')).toBe('https://example.com/a%20b');
  });

  it('refuses every other scheme and tricks', () => {
    for (const url of [
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id',
      'https://bank.dk@evil.example/',
      'https://user:pw@example.com/',
      'app://netvaerk/index.html',
      'not a url',
      '',
    ]) {
      expect(safeExternalUrl(url), url).toBeNull();
    }
  });
});
