// The main process's status (language, folder, save state), and the save state with its events applied as they arrive.
import { useState } from 'react';
import type { SaveState } from '../../../../src-main/domain/views';
import { useAppEvent } from '../../api-context';
import { useApiQuery } from '../../use-api-query';

interface LiveSaveState {
  state: SaveState;
  /** The status answer's save state this event arrived after; a fresher answer wins. */
  basedOn: SaveState | undefined;
}

/** What the app asks for its status; the boot's early read asks the same (layout/boot-reads.ts). */
export const APP_STATUS_INPUT = {} as const;

export function useAppStatus() {
  return useApiQuery('app.status', APP_STATUS_INPUT, (event) => event.type === 'problemsChanged');
}

/**
 * The save state as events report it, starting from the status answer's. Used by the indicator itself, so a save
 * redraws the indicator and not the whole app around it.
 */
export function useLiveSaveState(answered: SaveState | undefined): SaveState | undefined {
  const [live, setLive] = useState<LiveSaveState | null>(null);
  useAppEvent((event) => {
    if (event.type === 'saveState') setLive({ state: event.state, basedOn: answered });
  });
  return live && live.basedOn === answered ? live.state : answered;
}
