// The web host entry (`node out/main/web-host.js`): the same services as the app, served to a browser on 127.0.0.1.
// It never imports electron, so it runs where the Electron binary is missing.
import os from 'node:os';
import path from 'node:path';
import { createAppServices, type AppServices } from './app/services';
import { logToStderr as log } from './app/log';
import { AppError } from './domain/errors';
import { createHeadlessHost } from './host/headless-host';
import { createMainTranslator } from './i18n/index';
import { startWebHost, type WebHost } from './transports/web-host-server';

const PRODUCT_NAME = 'Netværk';
const EXIT_FOLDER_LOCKED = 3;
const EXIT_START_FAILED = 1;

/** The folder Electron's app.getPath('userData') names on this OS, so both entries find the same data. */
function defaultUserDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), PRODUCT_NAME);
}

async function main(): Promise<void> {
  const env = process.env;
  const host = createHeadlessHost(env);
  const t = createMainTranslator(host.systemLanguage());
  const workspacesFolderOverride = env.NETVAERK_WORKSPACES_DIR || undefined;
  const userDataDir = env.NETVAERK_USER_DATA_DIR || defaultUserDataDir(env, process.platform);
  if (env.NETVAERK_E2E === '1' && (!env.NETVAERK_WORKSPACES_DIR || !env.NETVAERK_USER_DATA_DIR)) {
    console.error(t('testModeNeedsFolders'));
    process.exit(EXIT_START_FAILED);
  }

  // Installed before anything is opened: a SIGTERM at any moment from here on (also right after the ready line) runs
  // the shutdown that flushes writes and releases the lock, instead of Node's default of dying on the spot.
  let stopRequested = false;
  let stop: () => void = () => {
    stopRequested = true;
  };
  process.on('SIGTERM', () => stop());
  process.on('SIGINT', () => stop());

  let services: AppServices;
  try {
    services = await createAppServices({
      userDataDir,
      host,
      log,
      exportWorkerFile: path.join(import.meta.dirname, 'export-worker.js'),
      ...(workspacesFolderOverride ? { workspacesFolderOverride } : {}),
      ...(env.NETVAERK_DEVICE_NAME ? { deviceName: env.NETVAERK_DEVICE_NAME } : {}),
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'workspaceLocked') {
      console.error(`${t('workspaceLocked.title')}\n${t('workspaceLocked.body', error.params)}`);
      process.exit(EXIT_FOLDER_LOCKED);
    }
    log('Start-up failed', error);
    console.error(`${t('startFailed.title')}\n${t('startFailed.body')}`);
    process.exit(EXIT_START_FAILED);
  }

  let server: WebHost | null = null;
  let stopping = false;
  stop = () => {
    if (stopping) return;
    stopping = true;
    console.log(t('webHost.stopping'));
    void (async () => {
      try {
        await server?.close();
        // Flushes every pending write before the process ends.
        await services.shutdown();
        console.log(t('webHost.stopped'));
        process.exit(0);
      } catch (error) {
        log('Shutdown failed', error);
        process.exit(EXIT_START_FAILED);
      }
    })();
  };
  if (stopRequested) {
    stop();
    return;
  }

  try {
    server = await startWebHost({
      dispatch: services.dispatch,
      onEvent: services.onEvent,
      rendererDir: path.join(import.meta.dirname, '../renderer'),
    });
  } catch (error) {
    log('The web server could not start', error);
    await services.shutdown();
    console.error(`${t('startFailed.title')}\n${t('startFailed.body')}`);
    process.exit(EXIT_START_FAILED);
  }

  // The groups are read while the browser loads the page; a folder that cannot be read ends the start as before.
  services.opened.catch((error: unknown) => {
    log('Start-up failed', error);
    console.error(`${t('startFailed.title')}\n${t('startFailed.body')}`);
    void server?.close().finally(() => process.exit(EXIT_START_FAILED));
  });
  // A signal that arrived while the server started: stop now, without announcing a host that is going away.
  if (stopping) return;
  // One machine-readable line for scripts and the e2e fixture, then one for people.
  console.log(`NETVAERK_WEB_HOST_READY ${JSON.stringify({ url: server.openUrl })}`);
  console.log(t('webHost.ready', { url: server.openUrl }));
  console.log(t('webHost.folder', { folder: services.folder() }));
}

void main();
