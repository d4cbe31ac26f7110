// Autosave for an editor: edits are saved ~800 ms after typing stops (at most ~1 s late), and flushed at once when the
// window is hidden or closed, or when the editor goes away, so nothing typed is lost beyond the last second.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useReportPendingEdits } from './pending-edits';
import { createAutosaver, type Autosaver, type AutosaveState, type AutosaverOptions } from './autosaver';

export type { AutosaveState };

export interface AutosaveHandle<T> {
  state: AutosaveState;
  schedule: (value: T) => void;
  flush: () => Promise<void>;
}

type Timing = Pick<AutosaverOptions<unknown>, 'delayMs' | 'maxWaitMs' | 'retryMs'>;

export function useAutosave<T>(save: (value: T) => Promise<void>, timing: Timing = {}): AutosaveHandle<T> {
  const [state, setState] = useState<AutosaveState>('saved');
  const latestSave = useRef(save);
  useEffect(() => {
    latestSave.current = save;
  });
  const saver = useRef<Autosaver<T> | null>(null);
  saver.current ??= createAutosaver<T>({ ...timing, save: (value) => latestSave.current(value), onState: setState });

  useEffect(() => {
    const current = saver.current!;
    const flushNow = () => void current.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flushNow);
    window.addEventListener('beforeunload', flushNow);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flushNow);
      window.removeEventListener('beforeunload', flushNow);
      // Leaving the editor (another meeting, another tab) sends what is still pending.
      void current.dispose();
    };
  }, []);

  // The header's save indicator counts edits that are still waiting here.
  useReportPendingEdits(state !== 'saved');

  const schedule = useCallback((value: T) => saver.current!.schedule(value), []);
  const flush = useCallback(() => saver.current!.flush(), []);
  return { state, schedule, flush };
}
