// Wires the navigation, window-open and permission decisions into a window's web contents and session.
// Takes Electron objects by their types only, so the wiring itself is testable with plain fakes.
import type { Session, WebContents } from 'electron';
import { isAllowedNavigation, safeExternalUrl } from './navigation';

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export interface WindowGuardOptions {
  appBase: string;
  openExternal: (url: string) => Promise<void>;
}

export function guardWebContents(contents: GuardedContents, options: WindowGuardOptions): void {
  // A link to a mail address or a https page leaves for the system's programs; nothing replaces our page.
  const leaveApp = (url: string) => {
    const external = safeExternalUrl(url);
    if (external) void options.openExternal(external).catch(() => undefined);
  };
  const keepInside = (event: { preventDefault(): void }, url: string) => {
    if (isAllowedNavigation(url, options.appBase)) return;
    event.preventDefault();
    leaveApp(url);
  };
  contents.on('will-navigate', (event, url) => keepInside(event, url));
  contents.on('will-redirect', (event, url) => keepInside(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    leaveApp(url);
    return { action: 'deny' };
  });
}

type GuardedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/** The app needs no camera, microphone, notifications, geolocation or anything else a page can ask for. */
export function denyAllPermissions(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
