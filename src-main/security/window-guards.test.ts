// The guards wired onto fake web contents: foreign navigation is stopped, links leave only through openExternal.
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from './app-origin';
import { denyAllPermissions, guardWebContents } from './window-guards';

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  };
  const fire = (name: string, url: string) => {
    const preventDefault = vi.fn();
    listeners.get(name)?.({ preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

function guarded() {
  const fake = fakeContents();
  const openExternal = vi.fn(async () => undefined);
  guardWebContents(fake.contents as never, { appBase: APP_ENTRY_URL, openExternal });
  return { ...fake, openExternal };
}

describe('guardWebContents', () => {
  it('lets navigation inside the app happen', () => {
    const { fire, openExternal } = guarded();
    expect(fire('will-navigate', 'app://netvaerk/index.html#/x')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('stops navigation and redirects away from the app, opening only safe links outside', () => {
    const { fire, openExternal } = guarded();
    expect(fire('will-navigate', 'https://example.com/talk')).toBe(true);
    expect(fire('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-navigate', 'http://example.com')).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://example.com/talk']]);
  });

  it('denies every new window and hands mailto: to the system', () => {
    const { open, openExternal } = guarded();
    expect(open('mailto:a@b.dk')).toEqual({ action: 'deny' });
    expect(open('app://netvaerk/index.html')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['mailto:a@b.dk']]);
  });

  it('refuses webviews', () => {
    const { fire } = guarded();
    expect(fire('will-attach-webview', 'app://netvaerk/')).toBe(true);
  });
});

describe('denyAllPermissions', () => {
  it('answers every permission request and check with no', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (handler: typeof request) => {
        request = handler;
      },
      setPermissionCheckHandler: (handler: typeof check) => {
        check = handler;
      },
    } as never);
    const callback = vi.fn();
    request?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(check?.()).toBe(false);
  });
});
