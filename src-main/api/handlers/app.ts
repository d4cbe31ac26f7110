// App-wide state: language, the workspaces folder, problems and the save state.
import type { AppStatus } from '../../domain/views';
import type { HandlersFor } from '../handlers-type';
import type { appOperations } from '../operations/app';
import type { HandlerContext } from './context';

export function appStatus(context: HandlerContext): AppStatus {
  const store = context.store();
  return {
    language: context.settings.get().language,
    systemLanguage: context.host.systemLanguage(),
    colorScheme: context.settings.get().colorScheme,
    workspacesFolder: store.folder,
    canPickFolder: context.host.canPickFolder,
    problems: store.problems(),
    saveState: store.saveState(),
  };
}

export function appHandlers(context: HandlerContext): HandlersFor<typeof appOperations> {
  return {
    'app.status': async () => appStatus(context),
    'settings.setLanguage': async ({ language }) => {
      await context.settings.update({ language });
      return appStatus(context);
    },
    'settings.setColorScheme': async ({ colorScheme }) => {
      await context.settings.update({ colorScheme });
      return appStatus(context);
    },
    'workspace.pickFolder': async () => {
      const folder = await context.host.pickFolder();
      if (folder !== null && folder !== context.store().folder) {
        await context.changeFolder(folder);
        await context.settings.update({ workspacesFolder: folder });
      }
      return appStatus(context);
    },
  };
}
