// The Electron host: the native folder picker and the operating system's language.
import { app, dialog, type BrowserWindow } from 'electron';
import { languageFromLocale, type Host } from './host';

export function createElectronHost(window: () => BrowserWindow | null, env: NodeJS.ProcessEnv = process.env): Host {
  return {
    canPickFolder: true,
    pickFolder: async () => {
      const options = { properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
      const parent = window();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    systemLanguage: () =>
      // The e2e fixture pins the language so journeys read the same texts on every machine.
      languageFromLocale(env.NETVAERK_SYSTEM_LANGUAGE ?? app.getPreferredSystemLanguages()[0] ?? app.getLocale()),
  };
}
