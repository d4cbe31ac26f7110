// What every handler may use. Handlers hold no state of their own: the store and settings do.
import type { WorkspaceStore } from '../../store/types';
import type { Host } from '../../host/host';
import type { AppSettingsStore } from '../../store/app-settings';

export interface HandlerContext {
  store(): WorkspaceStore;
  settings: AppSettingsStore;
  host: Host;
  newId(): string;
  now(): Date;
  /** Closes the current workspaces folder and opens another; the old one stays open if the new one is refused. */
  changeFolder(folder: string): Promise<void>;
}
