// The main process's status (language, folder, save state), with save-state events applied as they arrive.
import { useState } from 'react';
import type { SaveState } from '../../../../src-main/domain/views';
import { useAppEvent } from '../../api-context';
import { useApiQuery } from '../../use-api-query';

interface LiveSaveState {
  state: SaveState;
  /** The status answer this event arrived after; a fresher status answer wins. */
  basedOn: unknown;
}

export function useAppStatus() {
  const status = useApiQuery('app.status', {}, (event) => event.type === 'problemsChanged');
  const [live, setLive] = useState<LiveSaveState | null>(null);
  useAppEvent((event) => {
    if (event.type === 'saveState') setLive({ state: event.state, basedOn: status.data });
  });
  const saveState = live && live.basedOn === status.data ? live.state : status.data?.saveState;
  return { ...status, saveState };
}
