// The Electron host: native folder and save dialogs, opening mail drafts, and the operating system's language.
import { app, dialog, type BrowserWindow } from 'electron';
import { openOutside, openWithSystem, saveWithDialog } from './electron-file-dialogs';
import { languageFromLocale, type Host } from './host';

export function createElectronHost(
  window: () => BrowserWindow | null,
  env: NodeJS.ProcessEnv = process.env,
  openWindow?: (hash: string) => Promise<boolean>,
): Host {
  return {
    ...(openWindow ? { openWindow } : {}),
    canPickFolder: true,
    pickFolder: async () => {
      const options = { properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
      const parent = window();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    saveFile: (request) => saveWithDialog(window(), request),
    openExternal: openOutside,
    openFile: openWithSystem,
    systemLanguage: () =>
      // The e2e fixture pins the language so journeys read the same texts on every machine.
      languageFromLocale(env.NETVAERK_SYSTEM_LANGUAGE ?? app.getPreferredSystemLanguages()[0] ?? app.getLocale()),
  };
}
