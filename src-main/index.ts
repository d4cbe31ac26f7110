// The Electron entry: security policy, single-instance lock, boot (settings → services → window) and a flushing quit.
import path from 'node:path';
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { createAppServices, type AppServices } from './app/services';
import { logToStderr as log } from './app/log';
import { AppError } from './domain/errors';
import { createElectronHost } from './host/electron-host';
import { createHeadlessHost } from './host/headless-host';
import { createMainTranslator, type Translate } from './i18n/index';
import { APP_ENTRY_URL } from './security/app-origin';
import { registerAppScheme, serveRendererOverAppScheme } from './security/app-protocol';
import { CONTENT_SECURITY_POLICY } from './security/content-security-policy';
import { createWindowOptions } from './security/window-options';
import { denyAllPermissions, guardWebContents } from './security/window-guards';
import { connectElectronIpc } from './transports/electron-ipc';

const env = process.env;
const isTestRun = env.NETVAERK_E2E === '1';
// electron-vite sets this while `npm run dev` serves the renderer with hot reload.
const devServerUrl = !app.isPackaged ? env.ELECTRON_RENDERER_URL : undefined;
const appBase = devServerUrl ?? APP_ENTRY_URL;
const mainDir = import.meta.dirname;

let mainWindow: BrowserWindow | null = null;
/** The projector's windows (live meeting mode), one per meeting shown. */
const presenterWindows = new Map<string, BrowserWindow>();

/** Before `ready` Electron cannot name the OS language; the environment's locale (as the web host reads it) must do. */
function earlyTranslator(): Translate {
  return createMainTranslator(createHeadlessHost(env).systemLanguage());
}

/** Tells the user why the app cannot start; test runs print instead, since nobody is there to close a dialog. */
function failStart(title: string, body: string, exitCode: number): void {
  if (isTestRun) console.error(`${title}\n${body}`);
  else dialog.showErrorBox(title, body);
  app.exit(exitCode);
}

/** A window of the app at `url`, with the one set of security options; shown once its first paint is ready. */
function newAppWindow(t: Translate, url: string, onClosed: () => void): BrowserWindow {
  const window = new BrowserWindow(
    createWindowOptions({
      title: t('appTitle'),
      preloadPath: path.join(mainDir, '../preload/preload.cjs'),
      iconPath: path.join(mainDir, '../../resources/icon.png'),
    }),
  );
  window.once('ready-to-show', () => window.show());
  window.on('closed', onClosed);
  void window.loadURL(url);
  return window;
}

function createMainWindow(t: Translate): BrowserWindow {
  return newAppWindow(t, appBase, () => {
    mainWindow = null;
    // The projector's windows belong to the main one; they do not keep the app open on their own.
    for (const presenter of presenterWindows.values()) presenter.close();
  });
}

/** Opens (or brings forward) the projector's window for `hash` (live meeting mode, #/present/<group>/<meeting>). */
async function openPresenterWindow(t: Translate, hash: string): Promise<boolean> {
  const open = presenterWindows.get(hash);
  if (open && !open.isDestroyed()) open.focus();
  else presenterWindows.set(hash, newAppWindow(t, `${appBase}${hash}`, () => presenterWindows.delete(hash)));
  return true;
}

function applySessionPolicy(): void {
  denyAllPermissions(session.defaultSession);
  // The dev server needs inline scripts for hot reload; packaged pages get the strict policy on every response.
  if (!devServerUrl) {
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
  }
}

/** Closes the window and waits until it is gone, so the page's unload handlers can send their last autosave. */
function closeMainWindow(): Promise<void> {
  const window = mainWindow;
  if (!window || window.isDestroyed()) return Promise.resolve();
  return new Promise((resolve) => {
    window.once('closed', () => resolve());
    window.close();
  });
}

/** Messages the page sent while unloading are still queued when 'closed' fires; give them a moment to arrive. */
const UNLOAD_MESSAGES_GRACE_MS = 150;

function quitAfterFlush(services: AppServices): void {
  let flushed = false;
  let quitting = false;
  app.on('before-quit', (event) => {
    if (flushed) return;
    // Hold the quit until the page has flushed its edits and every acknowledged change is on disk.
    event.preventDefault();
    if (quitting) return;
    quitting = true;
    void closeMainWindow()
      .then(() => new Promise((resolve) => setTimeout(resolve, UNLOAD_MESSAGES_GRACE_MS)))
      .then(() => services.shutdown())
      .catch((error: unknown) => log('Shutdown failed', error))
      .finally(() => {
        flushed = true;
        app.quit();
      });
  });
}

/**
 * SIGTERM and SIGINT (a logout, `kill`, Ctrl+C in a terminal) quit through before-quit, which flushes every edit and
 * releases the lock, instead of ending the process on the spot. Installed before anything is opened; a signal that
 * comes while the services are still opening is held until they can be shut down properly.
 */
function quitOnSignals(): { servicesReady(): void } {
  let ready = false;
  let requested = false;
  const onSignal = () => {
    requested = true;
    if (ready) app.quit();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return {
    servicesReady: () => {
      ready = true;
      if (requested) app.quit();
    },
  };
}

async function boot(): Promise<void> {
  const signals = quitOnSignals();
  const early = earlyTranslator();
  const workspacesDir = env.NETVAERK_WORKSPACES_DIR;
  const userDataDir = env.NETVAERK_USER_DATA_DIR;
  if (isTestRun) {
    if (!workspacesDir || !userDataDir) {
      console.error(early('testModeNeedsFolders'));
      app.exit(2);
      return;
    }
    // Before the single-instance lock: the lock lives in the user-data folder, so parallel tests do not collide.
    app.setPath('userData', userDataDir);
  }
  registerAppScheme();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { appBase, openExternal: (url) => shell.openExternal(url) });
  });
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  const host = createElectronHost(() => mainWindow, env, (hash) => openPresenterWindow(t, hash));
  const t = createMainTranslator(host.systemLanguage());

  let services: AppServices;
  try {
    services = await createAppServices({
      exportWorkerFile: path.join(mainDir, 'export-worker.js'),
      userDataDir: app.getPath('userData'),
      host,
      log,
      ...(isTestRun && workspacesDir ? { workspacesFolderOverride: workspacesDir } : {}),
      // Tests that simulate two people on one folder name each device.
      ...(isTestRun && env.NETVAERK_DEVICE_NAME ? { deviceName: env.NETVAERK_DEVICE_NAME } : {}),
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'workspaceLocked') {
      failStart(t('workspaceLocked.title'), t('workspaceLocked.body', error.params), 3);
      return;
    }
    log('Start-up failed', error);
    failStart(t('startFailed.title'), t('startFailed.body'), 1);
    return;
  }

  quitAfterFlush(services);
  signals.servicesReady();
  applySessionPolicy();
  if (!devServerUrl) serveRendererOverAppScheme(path.join(mainDir, '../renderer'));
  connectElectronIpc({ dispatch: services.dispatch, onEvent: services.onEvent, window: () => mainWindow, otherWindows: () => [...presenterWindows.values()], appBase, log });
  mainWindow = createMainWindow(t);
  // The window loads its page while the groups are read; a folder that cannot be read ends the start as before.
  services.opened.catch((error: unknown) => {
    log('Start-up failed', error);
    failStart(t('startFailed.title'), t('startFailed.body'), 1);
  });
}

void boot().catch((error: unknown) => {
  log('Start-up failed', error);
  const t = earlyTranslator();
  failStart(t('startFailed.title'), t('startFailed.body'), 1);
});
