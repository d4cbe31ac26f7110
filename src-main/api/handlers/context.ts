// What every handler may use. Handlers hold no state of their own: the store and settings do.
import type { Workspace } from '../../domain/model';
import type { WorkspaceStore } from '../../store/types';
import type { Host } from '../../host/host';
import type { AppSettingsStore } from '../../store/app-settings';
import type { ExportRunner } from '../../export/export-runner';
import type { WorkspaceSearch } from '../../search/workspace-search';

export interface HandlerContext {
  store(): WorkspaceStore;
  settings: AppSettingsStore;
  host: Host;
  /** Builds heavy documents off the main event loop (a worker thread in the app and the web host). */
  exports: ExportRunner;
  /** The search across groups and years, kept current from the store's events. */
  search: WorkspaceSearch;
  newId(): string;
  now(): Date;
  /** Closes the current workspaces folder and opens another; the old one stays open if the new one is refused. */
  changeFolder(folder: string): Promise<void>;
}

/** Every open group's workspace, for the questions that look across groups (a speaker's talks elsewhere). */
export function allWorkspaces(context: HandlerContext): Readonly<Workspace>[] {
  return context
    .store()
    .listGroups()
    .map((summary) => context.store().get(summary.id));
}
