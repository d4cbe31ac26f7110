// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { takeSessionToken } from './web-session-token';

function sources(hash: string) {
  const stored = new Map<string, string>();
  const replaced: string[] = [];
  return {
    stored,
    replaced,
    value: {
      location: { hash, pathname: '/', search: '?x=1' },
      storage: { getItem: (key: string) => stored.get(key) ?? null, setItem: (key: string, value: string) => void stored.set(key, value) },
      history: { state: null, replaceState: (_state: unknown, _unused: string, url?: string | URL | null) => void replaced.push(String(url)) },
    },
  };
}

describe('takeSessionToken', () => {
  it('reads the token from the fragment, keeps it for reloads and removes it from the address', () => {
    const first = sources('#token=abc123');
    expect(takeSessionToken(first.value)).toBe('abc123');
    expect(first.replaced).toEqual(['/?x=1']);

    const reload = sources('');
    reload.stored.set(...([...first.stored.entries()][0] as [string, string]));
    expect(takeSessionToken(reload.value)).toBe('abc123');
    expect(reload.replaced).toEqual([]);
  });

  it('returns null when there is no token anywhere', () => {
    expect(takeSessionToken(sources('').value)).toBeNull();
  });
});
