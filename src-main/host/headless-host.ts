// The host for the web host and tests: no native dialogs; the language comes from the environment.
import { languageFromLocale, type Host } from './host';

export function createHeadlessHost(env: NodeJS.ProcessEnv = process.env): Host {
  return {
    canPickFolder: false,
    pickFolder: async () => null,
    saveFile: async () => ({ kind: 'download' }),
    openExternal: async () => false,
    systemLanguage: () =>
      languageFromLocale(env.NETVAERK_SYSTEM_LANGUAGE ?? env.LC_ALL ?? env.LANG ?? Intl.DateTimeFormat().resolvedOptions().locale),
  };
}
